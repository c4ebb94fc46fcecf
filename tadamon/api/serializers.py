from rest_framework import serializers

from tadamon.accounts.access import may
from tadamon.common.personal_data import shown_personal_data
from tadamon.events.enums import ParticipantRole
from tadamon.indicators.enums import OpenDataBy
from tadamon.partnerships.enums import CommitmentStatus
from tadamon.registry.domain.queries.directory import members_band
from tadamon.registry.enums import Gender
from tadamon.registry.models import Membership, Organization


class TerritorySerializer(serializers.Serializer):
    code = serializers.CharField()
    name_ar = serializers.CharField()
    name_fr = serializers.CharField()


class SectorSerializer(serializers.Serializer):
    code = serializers.CharField()
    name_ar = serializers.CharField()
    name_fr = serializers.CharField()
    name_en = serializers.CharField()


class PublicOrganizationSerializer(serializers.ModelSerializer):
    """What anyone may read. Nothing here is personal data."""

    region = TerritorySerializer(source="province.region", read_only=True)
    province = TerritorySerializer(read_only=True)
    commune = serializers.CharField(source="commune.name_fr", default=None, read_only=True, allow_null=True)
    sector = SectorSerializer(read_only=True, allow_null=True)
    members_band = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    class Meta:
        model = Organization
        fields = [
            "id", "kind", "name_ar", "name_latin", "acronym", "sector", "status", "region", "province", "commune",
            "is_women", "is_youth", "creation_date", "website", "email", "members_band", "url",
        ]

    def get_members_band(self, obj) -> str:
        counts = self.context.get("member_counts", {})
        return members_band(counts.get(obj.pk, 0))

    def get_url(self, obj) -> str:
        request = self.context.get("request")
        url = obj.get_absolute_url()
        return request.build_absolute_uri(url) if request else url


class MemberSerializer(serializers.ModelSerializer):
    """A current member; CIN, phone and birth year masked unless the caller may see them
    (common.personal_data.shown_personal_data, as on the member list and in exports)."""

    first_name_ar = serializers.CharField(source="person.first_name_ar")
    last_name_ar = serializers.CharField(source="person.last_name_ar")
    first_name_latin = serializers.CharField(source="person.first_name_latin")
    last_name_latin = serializers.CharField(source="person.last_name_latin")
    gender = serializers.CharField(source="person.gender")
    birth_year = serializers.SerializerMethodField()
    cin = serializers.SerializerMethodField()
    phone = serializers.SerializerMethodField()

    class Meta:
        model = Membership
        fields = ["id", "role", "start_date", "first_name_ar", "last_name_ar", "first_name_latin",
                  "last_name_latin", "gender", "birth_year", "cin", "phone"]

    def _shown(self, obj) -> dict:
        return shown_personal_data(obj.person, visible=self.context.get("personal_data_visible", False))

    def get_birth_year(self, obj) -> int | str | None:
        """The year, or "••••" when it is masked for the caller."""
        return self._shown(obj)["birth_year"]

    def get_cin(self, obj) -> str:
        return self._shown(obj)["cin"]

    def get_phone(self, obj) -> str:
        return self._shown(obj)["phone"]


class RegistryOrganizationSerializer(PublicOrganizationSerializer):
    """For signed-in users who may read the registry: legal and contact fields."""

    class Meta(PublicOrganizationSerializer.Meta):
        fields = PublicOrganizationSerializer.Meta.fields + [
            "registry_number", "address", "phone", "description", "members_count",
        ]

    members_count = serializers.SerializerMethodField()

    def get_members_count(self, obj) -> int:
        return self.context.get("member_counts", {}).get(obj.pk, 0)


class RegistryOrganizationDetailSerializer(RegistryOrganizationSerializer):
    members = serializers.SerializerMethodField()

    class Meta(RegistryOrganizationSerializer.Meta):
        fields = RegistryOrganizationSerializer.Meta.fields + ["members"]

    def get_members(self, obj) -> list[dict] | None:
        request = self.context["request"]
        if not may(request, "registry.view_members", obj):
            return None
        memberships = Membership.objects.current().filter(organization=obj).select_related("person").order_by("role", "pk")
        context = {"personal_data_visible": may(request, "registry.view_personal_data", obj)}
        return MemberSerializer(memberships, many=True, context=context).data


class ProgrammeOrganizationSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name_ar = serializers.CharField()
    name_latin = serializers.CharField()


class PhaseSerializer(serializers.Serializer):
    number = serializers.IntegerField()
    name_ar = serializers.CharField()
    name_fr = serializers.CharField()
    name_en = serializers.CharField()
    start_date = serializers.DateField(allow_null=True)
    end_date = serializers.DateField(allow_null=True)


class ProgrammeSerializer(serializers.Serializer):
    """A programme's public summary: who runs it, where, its targets and how many organisations
    take part. No enrolment list, no person."""

    id = serializers.IntegerField()
    name_ar = serializers.CharField()
    name_fr = serializers.CharField()
    name_en = serializers.CharField()
    sponsors = ProgrammeOrganizationSerializer(many=True, source="sponsors.all")
    partners = ProgrammeOrganizationSerializer(many=True, source="partners.all")
    provinces = TerritorySerializer(many=True, source="provinces.all")
    phases = PhaseSerializer(many=True, source="phases.all")
    start_date = serializers.DateField(allow_null=True)
    end_date = serializers.DateField(allow_null=True)
    targets = serializers.SerializerMethodField()
    actuals = serializers.SerializerMethodField()

    def get_targets(self, programme) -> dict:
        return {"organizations": programme.target_organizations, "people_trained": programme.target_people_trained,
                "sessions": programme.target_sessions}

    def get_actuals(self, programme) -> dict:
        return {"organizations_enrolled": programme.enrolled, "organizations_invited": programme.invited,
                "organizations_withdrawn": programme.withdrawn}


class SessionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    programme = serializers.IntegerField(source="programme_id")
    phase = serializers.IntegerField(source="phase.number")
    module = serializers.CharField(source="module.code")
    module_name_ar = serializers.CharField(source="module.name_ar")
    module_name_fr = serializers.CharField(source="module.name_fr")
    place = serializers.CharField()
    province = serializers.CharField(source="province.code")
    starts_at = serializers.DateTimeField()
    ends_at = serializers.DateTimeField()
    capacity = serializers.IntegerField()
    registered = serializers.IntegerField()
    present = serializers.IntegerField()


class RegistrationSerializer(serializers.Serializer):
    """A participant of a session for the staff who take attendance: names, no personal data."""

    id = serializers.IntegerField(read_only=True)
    session = serializers.IntegerField(source="session_id", read_only=True)
    organization = serializers.CharField(source="organization.name_latin", read_only=True)
    first_name_ar = serializers.CharField(source="person.first_name_ar", read_only=True)
    last_name_ar = serializers.CharField(source="person.last_name_ar", read_only=True)
    first_name_latin = serializers.CharField(source="person.first_name_latin", read_only=True)
    last_name_latin = serializers.CharField(source="person.last_name_latin", read_only=True)
    # null until attendance is taken; a caller sets it to true or false, never back to null.
    attended = serializers.BooleanField(allow_null=True)
    late_correction = serializers.BooleanField(read_only=True)
    marked_at = serializers.DateTimeField(read_only=True, allow_null=True)

    def validate(self, attrs):
        # PATCH is partial by definition, but attendance is the one thing it changes: {} says nothing.
        if "attended" not in attrs:
            raise serializers.ValidationError({"attended": [self.fields["attended"].error_messages["required"]]})
        if attrs["attended"] is None:
            raise serializers.ValidationError({"attended": [self.fields["attended"].error_messages["null"]]})
        return attrs


class EventSerializer(serializers.Serializer):
    """An event's public page as data: no participant, only how many registered and came."""

    id = serializers.IntegerField()
    kind = serializers.CharField()
    edition = serializers.IntegerField(allow_null=True)
    name_ar = serializers.CharField()
    name_fr = serializers.CharField()
    name_en = serializers.CharField()
    starts_at = serializers.DateTimeField()
    ends_at = serializers.DateTimeField()
    venue = serializers.CharField()
    city = serializers.CharField()
    province = TerritorySerializer()
    region = TerritorySerializer(source="province.region")
    organisers = ProgrammeOrganizationSerializer(many=True, source="organisers.all")
    partners = ProgrammeOrganizationSerializer(many=True, source="partners.all")
    programme = serializers.IntegerField(source="programme_id", allow_null=True)
    capacity = serializers.IntegerField(allow_null=True)
    registration_open = serializers.BooleanField()
    registered = serializers.IntegerField()
    checked_in = serializers.IntegerField()
    exhibitors = serializers.IntegerField(help_text="How many exhibitors were selected (public organisations).")


class ExhibitorSerializer(serializers.Serializer):
    """A fair's selected exhibitor: its organisation's public fields and its stand, no person."""

    organization = serializers.IntegerField(source="organization_id")
    name_ar = serializers.CharField(source="organization.name_ar")
    name_latin = serializers.CharField(source="organization.name_latin")
    acronym = serializers.CharField(source="organization.acronym")
    province = serializers.CharField(source="organization.province.code")
    sector = serializers.CharField(source="organization.sector.code", default=None, allow_null=True)
    stand = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    def get_stand(self, obj) -> str | None:
        stand = getattr(obj, "stand", None)
        return str(stand) if stand is not None else None

    def get_url(self, obj) -> str:
        request = self.context.get("request")
        url = obj.organization.get_absolute_url()
        return request.build_absolute_uri(url) if request else url


class EventDetailSerializer(EventSerializer):
    """One event, with its public exhibitors (the list `exhibitors` counts)."""

    exhibitor_list = ExhibitorSerializer(many=True, source="public_exhibitor_list")


class ParticipantSerializer(serializers.Serializer):
    """Someone registered for an event, for the staff running it: names, no personal data."""

    id = serializers.IntegerField(read_only=True)
    event = serializers.IntegerField(source="event_id")
    role = serializers.ChoiceField(choices=ParticipantRole.choices, default=ParticipantRole.PARTICIPANT)
    full_name = serializers.CharField(max_length=200)
    gender = serializers.ChoiceField(choices=Gender.choices)
    organization_name = serializers.CharField(max_length=200, required=False, allow_blank=True,
                                              source="display_organization")
    email = serializers.EmailField(required=False, allow_blank=True, write_only=True)
    checked_in_at = serializers.DateTimeField(read_only=True, allow_null=True)


class ProductSerializer(serializers.Serializer):
    """A product as the public catalogue shows it: no stock figure, its maker's public fields."""

    id = serializers.IntegerField()
    name_ar = serializers.CharField()
    name_fr = serializers.CharField()
    name_en = serializers.CharField()
    description_ar = serializers.CharField()
    description_fr = serializers.CharField()
    description_en = serializers.CharField()
    category = serializers.CharField(source="category.code")
    price_mad = serializers.DecimalField(max_digits=10, decimal_places=2)
    unit = serializers.CharField()
    min_order = serializers.DecimalField(max_digits=10, decimal_places=2)
    availability = serializers.CharField()
    season_from = serializers.IntegerField(allow_null=True)
    season_to = serializers.IntegerField(allow_null=True)
    organization = ProgrammeOrganizationSerializer()
    province = TerritorySerializer(source="organization.province")
    region = TerritorySerializer(source="organization.province.region")
    women = serializers.BooleanField(source="organization.is_women")
    youth = serializers.BooleanField(source="organization.is_youth")
    photos = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    def get_photos(self, product) -> list[str]:
        request = self.context.get("request")
        urls = [photo.image.url for photo in getattr(product, "photo_list", product.photos.all())]
        return [request.build_absolute_uri(u) for u in urls] if request else urls

    def get_url(self, product) -> str:
        request = self.context.get("request")
        return request.build_absolute_uri(product.get_absolute_url()) if request else product.get_absolute_url()


class OrderLineSerializer(serializers.Serializer):
    product = serializers.IntegerField(source="product_id", allow_null=True)
    product_name = serializers.CharField()
    quantity = serializers.DecimalField(max_digits=10, decimal_places=2)
    unit = serializers.CharField()
    unit_price = serializers.DecimalField(max_digits=10, decimal_places=2)
    amount = serializers.DecimalField(max_digits=14, decimal_places=2)


class OrderUpdateSerializer(serializers.Serializer):
    at = serializers.DateTimeField()
    status = serializers.CharField()
    by_buyer = serializers.BooleanField()
    message = serializers.CharField()


class OrderSerializer(serializers.Serializer):
    """An order as both parties see it: lines, the buyer's contact (given for this order), history."""

    id = serializers.IntegerField()
    reference = serializers.CharField()
    kind = serializers.CharField()
    status = serializers.CharField()
    organization = ProgrammeOrganizationSerializer()
    created_at = serializers.DateTimeField()
    buyer_name = serializers.CharField()
    buyer_email = serializers.EmailField()
    buyer_phone = serializers.CharField()
    buyer_company = serializers.CharField()
    city = serializers.CharField()
    country = serializers.CharField()
    delivery_address = serializers.CharField()
    message = serializers.CharField()
    lines = OrderLineSerializer(many=True)
    total = serializers.DecimalField(max_digits=14, decimal_places=2)
    updates = OrderUpdateSerializer(many=True)


class OrderMoveSerializer(serializers.Serializer):
    move = serializers.ChoiceField(choices=["answer", "confirm", "ship", "deliver", "decline", "write", "cancel",
                                            "received"])
    message = serializers.CharField(required=False, allow_blank=True, default="")


class PartySerializer(serializers.Serializer):
    organization = ProgrammeOrganizationSerializer()
    role = serializers.CharField()
    contribution_money_mad = serializers.DecimalField(max_digits=14, decimal_places=2)
    contribution_in_kind = serializers.CharField()
    contribution_in_kind_mad = serializers.DecimalField(max_digits=14, decimal_places=2)


class AmendmentSerializer(serializers.Serializer):
    number = serializers.IntegerField()
    signed_on = serializers.DateField()
    summary = serializers.CharField()


class AgreementSerializer(serializers.Serializer):
    """An agreement as its parties see it. The signed documents stay in the back office (private
    storage): the API says whether there is one."""

    id = serializers.IntegerField()
    reference = serializers.CharField()
    title_ar = serializers.CharField()
    title_fr = serializers.CharField()
    title_en = serializers.CharField()
    signed_on = serializers.DateField()
    starts_on = serializers.DateField()
    ends_on = serializers.DateField()
    provinces = serializers.SerializerMethodField(help_text="ISO 3166-2 codes of the territories")
    objectives = serializers.CharField()
    budget_mad = serializers.DecimalField(max_digits=14, decimal_places=2)
    has_document = serializers.SerializerMethodField()
    parties = PartySerializer(many=True)
    amendments = AmendmentSerializer(many=True)

    def get_provinces(self, agreement) -> list[str]:
        return [province.code for province in agreement.provinces.all()]

    def get_has_document(self, agreement) -> bool:
        return bool(agreement.document)


class CommitmentSerializer(serializers.Serializer):
    """A commitment with what was delivered against it and its status (derived, never stored)."""

    id = serializers.IntegerField()
    agreement = serializers.IntegerField(source="agreement_id")
    agreement_reference = serializers.CharField(source="agreement.reference")
    debtor = ProgrammeOrganizationSerializer()
    beneficiary = ProgrammeOrganizationSerializer(allow_null=True, help_text="null: owed to all the beneficiaries")
    deliverable = serializers.CharField()
    amount_mad = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True)
    quantity = serializers.DecimalField(max_digits=12, decimal_places=2, allow_null=True)
    unit = serializers.CharField()
    due_on = serializers.DateField()
    done_on = serializers.DateField(allow_null=True)
    cancelled_on = serializers.DateField(allow_null=True)
    cancel_reason = serializers.CharField()
    status = serializers.ChoiceField(choices=CommitmentStatus.choices)
    delivered_mad = serializers.DecimalField(max_digits=14, decimal_places=2)
    delivered_quantity = serializers.DecimalField(max_digits=14, decimal_places=2)
    deliveries_count = serializers.IntegerField()


class SupportSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    recipient = ProgrammeOrganizationSerializer()
    provider = ProgrammeOrganizationSerializer()
    commitment = serializers.IntegerField(source="commitment_id", allow_null=True)
    programme = serializers.IntegerField(source="programme_id", allow_null=True)
    kind = serializers.CharField()
    nature = serializers.ChoiceField(choices=["money", "in_kind", "service"])
    description = serializers.CharField()
    quantity = serializers.DecimalField(max_digits=12, decimal_places=2, allow_null=True)
    unit = serializers.CharField()
    value_mad = serializers.DecimalField(max_digits=14, decimal_places=2)
    people = serializers.IntegerField(allow_null=True)
    delivered_on = serializers.DateField()
    has_evidence = serializers.SerializerMethodField()

    def get_has_evidence(self, support) -> bool:
        return bool(support.evidence)


class NameCheckQuerySerializer(serializers.Serializer):
    name = serializers.CharField(max_length=200, help_text="The proposed name, in Arabic or Latin script.")
    latin = serializers.CharField(max_length=200, required=False, allow_blank=True, default="",
                                  help_text="Its Latin form, when `name` is the Arabic one.")
    limit = serializers.IntegerField(min_value=1, max_value=50, required=False, default=10)


class NameMatchSerializer(serializers.Serializer):
    source = serializers.ChoiceField(choices=["organization", "request"],
                                     help_text="A registered organisation, or a pending or approved name request.")
    pk = serializers.IntegerField()
    name_ar = serializers.CharField()
    name_latin = serializers.CharField()
    detail = serializers.CharField(help_text="The organisation's or the request's status.")
    score = serializers.IntegerField(min_value=0, max_value=100)
    verdict = serializers.ChoiceField(choices=["clash", "close", "distant"])
    reason_code = serializers.CharField()
    reason = serializers.CharField()


class NameCheckSerializer(serializers.Serializer):
    name_ar = serializers.CharField()
    name_latin = serializers.CharField()
    verdict = serializers.ChoiceField(choices=["clash", "close", "clear"])
    grade = serializers.ChoiceField(choices=["strong", "medium", "weak"],
                                    help_text="How well the name tells its organisation apart.")
    grade_reason = serializers.CharField()
    matches = NameMatchSerializer(many=True)


class IndicatorsQuerySerializer(serializers.Serializer):
    by = serializers.ChoiceField(choices=OpenDataBy.values, default=OpenDataBy.REGION.value)
    year = serializers.IntegerField(min_value=2000, max_value=2100, required=False,
                                    help_text="The year (the last closed one by default).")
    indicator = serializers.CharField(required=False, help_text="Codes, comma-separated (all by default).")


class IndicatorRowSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="Region, province or sector code; empty for 'not known'.")
    name_ar = serializers.CharField()
    name_fr = serializers.CharField()
    value = serializers.IntegerField(allow_null=True, help_text="null: fewer than 5 people, or its complement.")


class IndicatorTableSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()
    definition = serializers.CharField()
    unit = serializers.CharField()
    counts_people = serializers.BooleanField()
    total = serializers.IntegerField(allow_null=True)
    suppressed = serializers.IntegerField()
    rows = IndicatorRowSerializer(many=True)


class IndicatorsSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    by = serializers.CharField()
    refreshed_at = serializers.DateTimeField(allow_null=True)
    indicators = IndicatorTableSerializer(many=True)
