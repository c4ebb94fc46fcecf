from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from tadamon.common.i18n import TranslatedText
from tadamon.events.enums import (
    AgendaItemKind,
    ApplicationStatus,
    CostCategory,
    EventKind,
    ParticipantRole,
    RecommendationStatus,
)
from tadamon.registry.enums import Gender


class Event(models.Model):
    """A fair, meeting, workshop, awareness session or training day (articles 000–004)."""

    kind = models.CharField(_("kind"), max_length=15, choices=EventKind.choices)
    edition = models.PositiveSmallIntegerField(_("edition"), null=True, blank=True,
                                               help_text=_("e.g. 4 for the 4th national fair"))
    name_ar = models.CharField(_("name in Arabic"), max_length=200, blank=True)
    name_fr = models.CharField(_("name in French"), max_length=200, blank=True)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)
    description_ar = models.TextField(_("description in Arabic"), blank=True)
    description_fr = models.TextField(_("description in French"), blank=True)
    description_en = models.TextField(_("description in English"), blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    venue = models.CharField(_("venue"), max_length=200)
    city = models.CharField(_("city"), max_length=100)
    province = models.ForeignKey("registry.Province", on_delete=models.PROTECT, related_name="events",
                                 verbose_name=_("province"))
    organisers = models.ManyToManyField("registry.Organization", related_name="organised_events", blank=True,
                                        verbose_name=_("organisers"))
    partners = models.ManyToManyField("registry.Organization", related_name="partnered_events", blank=True,
                                      verbose_name=_("partners"))
    programme = models.ForeignKey("programmes.Programme", on_delete=models.SET_NULL, null=True, blank=True,
                                  related_name="events", verbose_name=_("programme"),
                                  help_text=_("The programme this event belongs to, if any (e.g. a closing meeting)."))
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True)
    registration_open = models.BooleanField(_("open to registration on the public page"), default=True)
    applications_close_on = models.DateField(
        _("call for exhibitors closes on"), null=True, blank=True,
        help_text=_("Leave empty when the event takes no exhibitors. Organisations apply until this day."))
    staff = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="events", blank=True,
                                   verbose_name=_("event staff"),
                                   help_text=_("The staff who may manage this event and check people in."))
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords(m2m_fields=[organisers, partners, staff], excluded_fields=["version"])

    name = TranslatedText("name")
    description = TranslatedText("description")

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-starts_at", "pk"]
        indexes = [models.Index(fields=["starts_at"], name="event_starts_idx")]
        constraints = [
            models.CheckConstraint(condition=~models.Q(name_ar="", name_fr="", name_en=""), name="event_has_a_name",
                                   violation_error_message=_("Give the event a name in at least one language.")),
            models.CheckConstraint(condition=models.Q(ends_at__gte=models.F("starts_at")), name="event_ends_after_start",
                                   violation_error_message=_("The event ends before it starts.")),
        ]

    def __str__(self) -> str:
        return self.name.text

    def get_absolute_url(self) -> str:
        return reverse("public:event", args=[self.pk])

    @property
    def is_past(self) -> bool:
        return self.ends_at < timezone.now()


class Participant(models.Model):
    """Someone registered for an event: a member of the registry or a visitor who gave a name.
    `token` is what their QR code carries; checking in sets `checked_in_at` once."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participants", verbose_name=_("event"))
    role = models.CharField(_("role"), max_length=12, choices=ParticipantRole.choices,
                            default=ParticipantRole.PARTICIPANT)
    person = models.ForeignKey("registry.Person", on_delete=models.PROTECT, null=True, blank=True,
                               related_name="event_registrations", verbose_name=_("person in the registry"))
    organization = models.ForeignKey("registry.Organization", on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="event_participants", verbose_name=_("organisation"))
    full_name = models.CharField(_("full name"), max_length=200)
    organization_name = models.CharField(_("organisation (as given)"), max_length=200, blank=True)
    gender = models.CharField(_("gender"), max_length=1, choices=Gender.choices)
    email = models.EmailField(_("e-mail"), blank=True)
    token = models.CharField(max_length=32, unique=True, editable=False)
    registered_at = models.DateTimeField(_("registered"), auto_now_add=True)
    registered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                      related_name="+", verbose_name=_("registered by"))
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    checked_in_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                      related_name="+", verbose_name=_("checked in by"))
    search_text = models.TextField(editable=False, default="")

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["event", "full_name", "pk"]
        indexes = [models.Index(fields=["event", "checked_in_at"], name="participant_event_checkin_idx")]
        constraints = [
            models.UniqueConstraint(fields=["event", "person"], condition=models.Q(person__isnull=False),
                                    name="participant_once_per_event",
                                    violation_error_message=_("This person is already registered for the event.")),
        ]

    def __str__(self) -> str:
        return f"{self.full_name} — {self.event}"

    @property
    def display_organization(self) -> str:
        return self.organization.display_name if self.organization_id else self.organization_name


class ExhibitorApplication(models.Model):
    """An organisation's application to exhibit at a fair: what it will show, what its stand needs,
    who travels with it; the organisers' decision comes with a reason."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="applications", verbose_name=_("event"))
    organization = models.ForeignKey("registry.Organization", on_delete=models.PROTECT,
                                     related_name="exhibitor_applications", verbose_name=_("organisation"))
    products = models.TextField(_("products to show"))
    stand_needs = models.TextField(_("stand needs"), blank=True,
                                   help_text=_("Size, electricity, water, a table for tasting…"))
    status = models.CharField(_("status"), max_length=10, choices=ApplicationStatus.choices,
                              default=ApplicationStatus.SUBMITTED)
    decision_reason = models.TextField(_("reason for the decision"), blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("decided by"))
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="+", verbose_name=_("submitted by"))
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords(excluded_fields=["version"])

    class Meta:
        verbose_name = _("exhibitor application")
        verbose_name_plural = _("exhibitor applications")
        ordering = ["event", "submitted_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event", "organization"], name="application_once_per_event",
                                    violation_error_message=_("This organisation has already applied.")),
            models.CheckConstraint(
                condition=models.Q(status=ApplicationStatus.SUBMITTED) | ~models.Q(decision_reason=""),
                name="application_decision_has_a_reason",
                violation_error_message=_("Give the reason for the decision.")),
        ]

    def __str__(self) -> str:
        return f"{self.organization} — {self.event}"


class TravellingMember(models.Model):
    """A member an exhibitor brings to the fair, and what their journey needs."""

    application = models.ForeignKey(ExhibitorApplication, on_delete=models.CASCADE, related_name="travellers",
                                    verbose_name=_("application"))
    person = models.ForeignKey("registry.Person", on_delete=models.PROTECT, related_name="+",
                               verbose_name=_("person"))
    needs_transport = models.BooleanField(_("needs transport"), default=True)
    needs_lodging = models.BooleanField(_("needs lodging"), default=True)

    class Meta:
        verbose_name = _("travelling member")
        verbose_name_plural = _("travelling members")
        constraints = [models.UniqueConstraint(fields=["application", "person"], name="traveller_once")]

    def __str__(self) -> str:
        return str(self.person)


class Stand(models.Model):
    """A stand of the floor plan. The one-to-one link to an application means a stand is given to
    one exhibitor at most, and an exhibitor gets one stand."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="stands", verbose_name=_("event"))
    number = models.CharField(_("number"), max_length=10)
    zone = models.CharField(_("zone"), max_length=50, blank=True)
    size_m2 = models.DecimalField(_("size (m²)"), max_digits=5, decimal_places=1)
    application = models.OneToOneField(ExhibitorApplication, on_delete=models.SET_NULL, null=True, blank=True,
                                       related_name="stand", verbose_name=_("exhibitor"))

    class Meta:
        verbose_name = _("stand")
        verbose_name_plural = _("stands")
        ordering = ["event", "zone", "number"]
        constraints = [models.UniqueConstraint(fields=["event", "number"], name="stand_number_unique",
                                               violation_error_message=_("This stand number is already used."))]

    def __str__(self) -> str:
        return f"{self.zone} {self.number}".strip()


class Trip(models.Model):
    """A bus (or minibus, car) bringing participants from a province to the event."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="trips", verbose_name=_("event"))
    label = models.CharField(_("vehicle"), max_length=100, help_text=_("e.g. Bus 1 — Tinghir"))
    origin = models.ForeignKey("registry.Province", on_delete=models.PROTECT, related_name="+",
                               verbose_name=_("from the province of"))
    departs_at = models.DateTimeField(_("departure"), null=True, blank=True)
    seats = models.PositiveSmallIntegerField(_("seats"))
    cost = models.DecimalField(_("cost (MAD)"), max_digits=10, decimal_places=2)
    paid_by = models.ForeignKey("registry.Organization", on_delete=models.PROTECT, null=True, blank=True,
                                related_name="+", verbose_name=_("paid by"))
    passengers = models.ManyToManyField(Participant, related_name="trips", blank=True, verbose_name=_("passengers"))

    class Meta:
        verbose_name = _("trip")
        verbose_name_plural = _("trips")
        ordering = ["event", "label"]
        constraints = [models.CheckConstraint(condition=models.Q(seats__gt=0), name="trip_has_seats")]

    def __str__(self) -> str:
        return self.label


class Lodging(models.Model):
    """A hotel block for the event's participants: nights, rooms, places, cost."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="lodgings", verbose_name=_("event"))
    hotel = models.CharField(_("hotel"), max_length=150)
    nights = models.PositiveSmallIntegerField(_("nights"))
    rooms = models.PositiveSmallIntegerField(_("rooms"))
    places = models.PositiveSmallIntegerField(_("places"), help_text=_("How many people the rooms take."))
    cost = models.DecimalField(_("cost (MAD)"), max_digits=10, decimal_places=2)
    paid_by = models.ForeignKey("registry.Organization", on_delete=models.PROTECT, null=True, blank=True,
                                related_name="+", verbose_name=_("paid by"))
    guests = models.ManyToManyField(Participant, related_name="lodgings", blank=True, verbose_name=_("guests"))

    class Meta:
        verbose_name = _("lodging")
        verbose_name_plural = _("lodgings")
        ordering = ["event", "hotel"]
        constraints = [models.CheckConstraint(condition=models.Q(places__gt=0), name="lodging_has_places")]

    def __str__(self) -> str:
        return self.hotel


class BudgetLine(models.Model):
    """A line of the event's budget: what was planned and, except for transport and lodging (whose
    actual cost is what the trips and hotels booked cost), what was actually spent; who pays it."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="budget_lines", verbose_name=_("event"))
    category = models.CharField(_("category"), max_length=15, choices=CostCategory.choices)
    label = models.CharField(_("line"), max_length=150)
    planned = models.DecimalField(_("planned (MAD)"), max_digits=12, decimal_places=2)
    actual = models.DecimalField(_("actual (MAD)"), max_digits=12, decimal_places=2, null=True, blank=True)
    paid_by = models.ForeignKey("registry.Organization", on_delete=models.PROTECT, null=True, blank=True,
                                related_name="+", verbose_name=_("paid by"))

    class Meta:
        verbose_name = _("budget line")
        verbose_name_plural = _("budget lines")
        ordering = ["event", "category", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(category__in=CostCategory.booked()) | models.Q(actual__isnull=True),
                name="budget_booked_actual_from_bookings",
                violation_error_message=_("The actual cost of transport and lodging is what the trips and hotels "
                                          "booked cost: leave it empty here.")),
        ]

    def __str__(self) -> str:
        return self.label


class SalesDeclaration(models.Model):
    """What an exhibitor sold and the contacts it made during the fair, as it declares them."""

    application = models.OneToOneField(ExhibitorApplication, on_delete=models.CASCADE, related_name="sales",
                                       verbose_name=_("exhibitor"))
    sales_mad = models.DecimalField(_("sales (MAD)"), max_digits=12, decimal_places=2)
    contacts = models.PositiveIntegerField(_("business contacts made"), default=0)
    orders = models.PositiveIntegerField(_("orders taken for later delivery"), default=0)
    notes = models.TextField(_("notes"), blank=True)
    declared_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", verbose_name=_("declared by"))
    declared_at = models.DateTimeField(_("declared"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("sales declaration")
        verbose_name_plural = _("sales declarations")

    def __str__(self) -> str:
        return str(self.application)


class AgendaItem(models.Model):
    """A moment of a meeting's programme: a plenary, a session or a workshop, with its speakers."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="agenda_items", verbose_name=_("event"))
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    title_ar = models.CharField(_("title in Arabic"), max_length=200, blank=True)
    title_fr = models.CharField(_("title in French"), max_length=200, blank=True)
    title_en = models.CharField(_("title in English"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=10, choices=AgendaItemKind.choices, default=AgendaItemKind.SESSION)
    speakers = models.TextField(_("speakers"), blank=True, help_text=_("Names and titles, as the programme gives them."))
    place = models.CharField(_("room"), max_length=150, blank=True)

    title = TranslatedText("title")

    class Meta:
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        ordering = ["event", "starts_at", "pk"]
        # The event's programme in time order (back office and public page).
        indexes = [models.Index(fields=["event", "starts_at"], name="agenda_event_starts_idx")]
        constraints = [
            models.CheckConstraint(condition=~models.Q(title_ar="", title_fr="", title_en=""),
                                   name="agenda_item_has_a_title",
                                   violation_error_message=_("Give the item a title in at least one language.")),
            models.CheckConstraint(condition=models.Q(ends_at__isnull=True) | models.Q(ends_at__gte=models.F("starts_at")),
                                   name="agenda_item_ends_after_start",
                                   violation_error_message=_("The item ends before it starts.")),
        ]

    def __str__(self) -> str:
        return self.title.text


class Minutes(models.Model):
    """What was said and decided at a meeting, in each language it was written in (never one
    language shown in the place of another without saying so: see TranslatedText)."""

    event = models.OneToOneField(Event, on_delete=models.CASCADE, related_name="minutes", verbose_name=_("event"))
    text_ar = models.TextField(_("minutes in Arabic"), blank=True)
    text_fr = models.TextField(_("minutes in French"), blank=True)
    text_en = models.TextField(_("minutes in English"), blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("updated by"))
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords(excluded_fields=["version"])

    text = TranslatedText("text")

    class Meta:
        verbose_name = _("minutes")
        verbose_name_plural = _("minutes")

    def __str__(self) -> str:
        return str(self.event)


class Recommendation(models.Model):
    """A recommendation of a meeting, who follows it up and by when, and where it stands."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="recommendations",
                              verbose_name=_("event"))
    text_ar = models.TextField(_("recommendation in Arabic"), blank=True)
    text_fr = models.TextField(_("recommendation in French"), blank=True)
    text_en = models.TextField(_("recommendation in English"), blank=True)
    follower = models.ForeignKey("registry.Organization", on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="followed_recommendations", verbose_name=_("followed up by"))
    follower_text = models.CharField(_("followed up by (as written)"), max_length=200, blank=True,
                                     help_text=_("Who follows it up, when not an organisation of the registry, "
                                                 "or to say more (a department, a person's title)."))
    due_on = models.DateField(_("due by"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=RecommendationStatus.choices,
                              default=RecommendationStatus.OPEN)
    drop_reason = models.TextField(_("why it was dropped"), blank=True)
    status_changed_at = models.DateTimeField(_("status changed"), null=True, blank=True)
    status_changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                          related_name="+", verbose_name=_("status changed by"))
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords(excluded_fields=["version"])

    text = TranslatedText("text")

    class Meta:
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")
        ordering = ["event", "pk"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(text_ar="", text_fr="", text_en=""),
                                   name="recommendation_has_a_text",
                                   violation_error_message=_("Write the recommendation in at least one language.")),
            models.CheckConstraint(
                condition=~models.Q(status=RecommendationStatus.DROPPED) | ~models.Q(drop_reason=""),
                name="recommendation_dropped_has_a_reason",
                violation_error_message=_("Say why the recommendation is dropped.")),
        ]

    def __str__(self) -> str:
        return self.text.text[:80]

    @property
    def display_follower(self) -> str:
        names = [self.follower.display_name if self.follower_id else "", self.follower_text]
        return " — ".join(name for name in names if name)
