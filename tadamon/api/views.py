"""The JSON API. Anonymous callers get the public fields of public organisations. Users who may
read the whole registry (admins, programme staff, officers) get legal and contact fields and,
on a detail, the member list (personal data masked unless their role allows it). A manager gets
that detail for their own organisation only, and public fields for the others."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, PolymorphicProxySerializer, extend_schema
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from tadamon.accounts.access import may
from tadamon.api.filters import OrganizationFilter
from tadamon.api.serializers import (
    AgreementSerializer,
    CommitmentSerializer,
    EventDetailSerializer,
    EventSerializer,
    IndicatorsQuerySerializer,
    IndicatorsSerializer,
    NameCheckQuerySerializer,
    NameCheckSerializer,
    OrderMoveSerializer,
    OrderSerializer,
    ParticipantSerializer,
    ProductSerializer,
    ProgrammeSerializer,
    PublicOrganizationSerializer,
    RegistrationSerializer,
    RegistryOrganizationDetailSerializer,
    RegistryOrganizationSerializer,
    SessionSerializer,
    SupportSerializer,
)
from tadamon.common.params import id_param, year_param
from tadamon.events.domain import events as event_domain
from tadamon.events.domain.queries.events import events_run_by, with_attendance
from tadamon.events.domain.queries.exhibitors import exhibitor_lines, with_exhibitor_count
from tadamon.events.enums import EventKind
from tadamon.events.models import Event, Participant
from tadamon.funding.domain.name_check import check_name
from tadamon.indicators.domain.open_data import open_data
from tadamon.market.domain import orders as order_domain
from tadamon.market.domain.queries.catalogue import catalogue, with_cards
from tadamon.market.domain.queries.orders import orders_of_buyer, orders_seen_by
from tadamon.market.enums import CertificationType, OrderStatus
from tadamon.market.forms import CatalogueFilterForm
from tadamon.market.models import Order
from tadamon.partnerships.domain.queries.agreements import agreements_visible_to
from tadamon.partnerships.domain.queries.commitments import commitments_seen_by, with_progress
from tadamon.partnerships.domain.queries.support import support_seen_by
from tadamon.partnerships.enums import CommitmentStatus
from tadamon.partnerships.models import Agreement, Commitment, Support
from tadamon.programmes.domain.queries.programmes import programmes_run_by, with_figures
from tadamon.programmes.domain.queries.sessions import sessions_with_attendance
from tadamon.programmes.domain.training import mark_attendance
from tadamon.programmes.models import Programme, Registration, Session
from tadamon.registry.domain.queries.directory import member_counts, public_organizations
from tadamon.registry.models import Organization

RELATED = ("province__region", "commune", "sector")


class OrganizationViewSet(viewsets.ReadOnlyModelViewSet):
    filterset_class = OrganizationFilter
    serializer_class = PublicOrganizationSerializer

    def _reads_whole_registry(self) -> bool:
        return may(self.request, "registry.export_organizations")

    def get_queryset(self):
        if self._reads_whole_registry():
            return Organization.objects.select_related(*RELATED)
        return public_organizations().select_related(*RELATED)

    def get_serializer_class(self):
        return RegistryOrganizationSerializer if self._reads_whole_registry() else PublicOrganizationSerializer

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        self.member_counts = member_counts(o.pk for o in page) if page is not None else {}
        return page

    def get_serializer_context(self):
        return super().get_serializer_context() | {"member_counts": getattr(self, "member_counts", {})}

    @extend_schema(summary="List organisations",
                   description="Filters: region, province, kind, sector, women, youth, q (either script).")
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(summary="One organisation", responses=PolymorphicProxySerializer(
        component_name="OrganizationDetail", resource_type_field_name=None,
        serializers=[PublicOrganizationSerializer, RegistryOrganizationDetailSerializer]),
        description="The public fields for anyone; with its members (personal data masked as the caller's role "
                    "requires) for those who may read the organisation in the back office.")
    def retrieve(self, request, pk=None):
        organization = get_object_or_404(Organization.objects.select_related(*RELATED), pk=pk)
        self.member_counts = member_counts([organization.pk])
        if may(request, "registry.view_organization", organization):
            serializer = RegistryOrganizationDetailSerializer(organization, context=self.get_serializer_context())
        else:
            organization = get_object_or_404(public_organizations().select_related(*RELATED), pk=pk)
            serializer = PublicOrganizationSerializer(organization, context=self.get_serializer_context())
        return Response(serializer.data)


class ProgrammeViewSet(viewsets.ReadOnlyModelViewSet):
    """Programmes with their targets and enrolment figures, readable by anyone."""

    serializer_class = ProgrammeSerializer

    def get_queryset(self):
        return with_figures(Programme.objects.all())

    @extend_schema(summary="List programmes")
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(summary="One programme, with targets and actuals")
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)


class SessionViewSet(viewsets.ReadOnlyModelViewSet):
    """Training sessions of the programmes the caller runs (admins: all). ?programme= filters."""

    serializer_class = SessionSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        qs = Session.objects.filter(programme__in=programmes_run_by(self.request.user))
        programme = id_param(self.request.query_params, "programme")
        if programme:
            qs = qs.filter(programme_id=programme)
        return sessions_with_attendance(qs.select_related("module", "phase", "province")).order_by("starts_at", "pk")


class RegistrationViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.UpdateModelMixin,
                          viewsets.GenericViewSet):
    """The register of a session (?session=), and attendance: PATCH {"attended": true|false}."""

    serializer_class = RegistrationSerializer
    permission_classes = [IsAuthenticated]
    http_method_names = ["get", "patch", "head", "options"]

    def get_queryset(self):
        qs = Registration.objects.filter(session__programme__in=programmes_run_by(self.request.user))
        session = id_param(self.request.query_params, "session")
        if session:
            qs = qs.filter(session_id=session)
        return qs.select_related("person", "organization", "session").order_by("session_id", "pk")

    def perform_update(self, serializer):
        serializer.instance = mark_attendance(serializer.instance, attended=serializer.validated_data["attended"],
                                              user=self.request.user)


class EventViewSet(viewsets.ReadOnlyModelViewSet):
    """Events, readable by anyone: ?kind=, ?region= (ISO code), ?when=upcoming|past."""

    serializer_class = EventSerializer

    def get_serializer_class(self):
        return EventDetailSerializer if self.action == "retrieve" else EventSerializer

    def get_queryset(self):
        qs = with_exhibitor_count(with_attendance(Event.objects.select_related("province__region")).prefetch_related(
            "organisers", "partners"))
        if self.action == "retrieve":
            qs = qs.prefetch_related(Prefetch("applications", exhibitor_lines(), to_attr="public_exhibitor_list"))
        params = self.request.query_params
        if params.get("kind"):
            qs = qs.filter(kind=params["kind"])
        if params.get("region"):
            qs = qs.filter(province__region__code=params["region"])
        if params.get("when") == "upcoming":
            qs = qs.filter(ends_at__gte=timezone.now())
        elif params.get("when") == "past":
            qs = qs.filter(ends_at__lt=timezone.now())
        return qs.order_by("starts_at", "pk")

    @extend_schema(summary="List events", parameters=[
        OpenApiParameter("kind", str, enum=EventKind.values), OpenApiParameter("region", str),
        OpenApiParameter("when", str, enum=["upcoming", "past"])])
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(summary="One event, with how many registered and checked in, and its exhibitors")
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)


class ParticipantViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                         viewsets.GenericViewSet):
    """People registered for the events the caller runs (?event=, ?q= a name); register someone
    (POST); check them in (POST .../check-in: 409 if they already were)."""

    serializer_class = ParticipantSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        qs = Participant.objects.filter(event__in=events_run_by(self.request.user))
        event = id_param(self.request.query_params, "event")
        if event:
            qs = qs.filter(event_id=event)
            query = self.request.query_params.get("q", "")
            if query:
                qs = qs.filter(pk__in=event_domain.search_participants(Event(pk=event), query).values("pk"))
        return qs.select_related("organization").order_by("event_id", "full_name", "pk")

    def perform_create(self, serializer):
        data = serializer.validated_data
        event = get_object_or_404(events_run_by(self.request.user), pk=data["event_id"])
        try:
            serializer.instance = event_domain.register(
                event, full_name=data["full_name"], gender=data["gender"], role=data["role"],
                organization_name=data.get("display_organization", ""), email=data.get("email", ""),
                user=self.request.user)
        except ValidationError as exc:
            raise serializers.ValidationError({"non_field_errors": exc.messages}) from exc

    @extend_schema(summary="Check a participant in", request=None,
                   responses={200: ParticipantSerializer, 409: OpenApiResponse(description="Already checked in")})
    @action(detail=True, methods=["post"], url_path="check-in")
    def check_in(self, request, pk=None):
        participant = self.get_object()
        try:
            event_domain.check_in(participant, user=request.user)
        except event_domain.AlreadyCheckedIn as exc:
            return Response({"detail": " ".join(exc.messages),
                             "checked_in_at": participant.checked_in_at}, status=409)
        return Response(self.get_serializer(participant).data)


class ProductViewSet(viewsets.ReadOnlyModelViewSet):
    """The public catalogue: published products of public organisations, with the catalogue's
    filters (q, category, region, province, certification, women, youth, price_min, price_max, sort,
    event: the products of that event's selected exhibitors)."""

    serializer_class = ProductSerializer

    def get_queryset(self):
        form = CatalogueFilterForm(self.request.query_params or None)
        return with_cards(catalogue(form.filters()))

    @extend_schema(summary="List products", parameters=[
        OpenApiParameter("q", str, description=(
            "Words of the product's name in Arabic, French or English, in the singular or plural, with or "
            "without the article (تمر, التمور, dattes, dates, argane). Every word must match; unless another "
            "sort is asked for, exact names come first.")), OpenApiParameter("category", str), OpenApiParameter("region", str),
        OpenApiParameter("province", str), OpenApiParameter("certification", str, enum=CertificationType.values),
        OpenApiParameter("women", bool), OpenApiParameter("youth", bool), OpenApiParameter("price_min", float),
        OpenApiParameter("price_max", float), OpenApiParameter("sort", str, enum=["name", "price", "-price", "new"]),
        OpenApiParameter("event", int, description="The products of this event's selected exhibitors")])
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(summary="One product")
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)


class OrderViewSet(viewsets.ReadOnlyModelViewSet):
    """Orders for the parties involved: a buyer account its own; a cooperative's manager, the staff
    who support it and admins the organisation's (?status=). POST .../move makes a move: the buyer
    writes, cancels or says it arrived; the manager answers, confirms, ships, delivers or declines."""

    serializer_class = OrderSerializer
    permission_classes = [IsAuthenticated]
    queryset = Order.objects.none()  # for the schema; get_queryset says what a caller reads

    def get_queryset(self):
        user = self.request.user
        orders = (orders_of_buyer(user) if may(self.request, "market.follow_own_orders")
                  else orders_seen_by(user))
        status = self.request.query_params.get("status", "")
        if status in OrderStatus.values:
            orders = orders.filter(status=status)
        return orders.select_related("organization").prefetch_related("lines", "updates").order_by("-created_at",
                                                                                                   "-pk")

    @extend_schema(summary="List the caller's orders", parameters=[
        OpenApiParameter("status", str, enum=OrderStatus.values)])
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(summary="One order, with its lines and history")
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)

    @extend_schema(summary="Move an order", request=OrderMoveSerializer,
                   responses={200: OrderSerializer, 400: OpenApiResponse(description="Not allowed now, with why"),
                              403: OpenApiResponse(description="Not this caller's move")})
    @action(detail=True, methods=["post"])
    def move(self, request, pk=None):
        order = self.get_object()
        body = OrderMoveSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        by_buyer = may(request, "market.follow_own_orders")
        if not by_buyer and not may(request, "market.handle_order", order):
            raise PermissionDenied
        try:
            order_domain.move(order, body.validated_data["move"], user=request.user, by_buyer=by_buyer,
                              message=body.validated_data["message"])
        except ValidationError as exc:
            raise serializers.ValidationError({"non_field_errors": exc.messages}) from exc
        return Response(self.get_serializer(self.get_queryset().get(pk=order.pk)).data)


class AgreementViewSet(viewsets.ReadOnlyModelViewSet):
    """Partnership agreements for their parties (a sponsor its portfolio, a council or public body
    what it signed, a cooperative its own), and every one for admins."""

    serializer_class = AgreementSerializer
    permission_classes = [IsAuthenticated]
    queryset = Agreement.objects.none()  # for the schema; get_queryset says what a caller reads

    def get_queryset(self):
        return (agreements_visible_to(self.request.user)
                .prefetch_related("provinces", "amendments", "parties__organization").order_by("-signed_on", "pk"))

    @extend_schema(summary="List the agreements the caller's organisation is a party to")
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(summary="One agreement, with its parties and amendments")
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)


class CommitmentViewSet(viewsets.ReadOnlyModelViewSet):
    """Commitments with their status and what was delivered (?status=, ?agreement=). A
    cooperative's manager gets those owed to or by their organisation; the other parties every
    commitment of their agreements."""

    serializer_class = CommitmentSerializer
    permission_classes = [IsAuthenticated]
    queryset = Commitment.objects.none()  # for the schema; get_queryset says what a caller reads

    def get_queryset(self):
        commitments = with_progress(commitments_seen_by(self.request.user))
        status = self.request.query_params.get("status", "")
        agreement = id_param(self.request.query_params, "agreement")
        if status in CommitmentStatus.values:
            commitments = commitments.filter(status=status)
        if agreement:
            commitments = commitments.filter(agreement_id=agreement)
        return commitments.select_related("agreement", "debtor", "beneficiary").order_by("due_on", "pk")

    @extend_schema(summary="List the commitments the caller may read", parameters=[
        OpenApiParameter("status", str, enum=CommitmentStatus.values), OpenApiParameter("agreement", int)])
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(summary="One commitment, with its status")
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)


class SupportViewSet(viewsets.ReadOnlyModelViewSet):
    """Support delivered (?year=, ?recipient=, ?provider=): what the caller's organisation gave or
    received, and for a sponsor, NGO, council or public body what was delivered under its
    agreements; everything for admins."""

    serializer_class = SupportSerializer
    permission_classes = [IsAuthenticated]
    queryset = Support.objects.none()  # for the schema; get_queryset says what a caller reads

    def get_queryset(self):
        support = support_seen_by(self.request.user)
        params = self.request.query_params
        year = year_param(params)
        if year:
            support = support.filter(delivered_on__year=year)
        for name, lookup in (("recipient", "recipient_id"), ("provider", "provider_id")):
            if number := id_param(params, name):
                support = support.filter(**{lookup: number})
        return support.select_related("recipient", "provider").order_by("-delivered_on", "-pk")

    @extend_schema(summary="List the support delivered that the caller may read", parameters=[
        OpenApiParameter("year", int), OpenApiParameter("recipient", int), OpenApiParameter("provider", int)])
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(summary="One piece of support delivered")
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)


class NameCheckView(APIView):
    """The closest names already taken to a proposed one, with a score (0-100), the reason and the
    proposed name's distinctiveness. Anyone may check against the registered organisations; the
    officers of an office and admins also see the name requests pending or recently approved."""

    @extend_schema(summary="Check a proposed organisation name", parameters=[NameCheckQuerySerializer],
                   responses=NameCheckSerializer)
    def get(self, request):
        query = NameCheckQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        sees_requests = may(request, "funding.list_name_requests")
        name = query.validated_data["name"]
        latin = query.validated_data["latin"]
        check = check_name(name, latin, limit=query.validated_data["limit"], include_requests=sees_requests)
        return Response(NameCheckSerializer(check.as_dict()).data)


class IndicatorsView(APIView):
    """Open data: every indicator of the catalogue by region, province or sector for a year,
    aggregates only. Counts of people under 5 are suppressed (null), with their complement, so no
    cell can be recovered from the total."""

    @extend_schema(summary="Indicators by region, province or sector", parameters=[IndicatorsQuerySerializer],
                   responses=IndicatorsSerializer)
    def get(self, request):
        query = IndicatorsQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        data = query.validated_data
        year = data.get("year") or timezone.localdate().year - 1
        codes = [c.strip() for c in data.get("indicator", "").split(",") if c.strip()] or None
        return Response(IndicatorsSerializer(open_data(year, data["by"], codes)).data)
