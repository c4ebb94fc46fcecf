import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from tadamon.common.attachments import Attachment
from tadamon.common.i18n import TranslatedText
from tadamon.common.storage import private_storage
from tadamon.market.enums import (
    Availability,
    CertificationStatus,
    CertificationType,
    OrderKind,
    OrderStatus,
    Unit,
    amount_of,
)

# A certification is flagged, and its holder reminded, this many days before it expires.
EXPIRY_WARNING_DAYS = 60


class Product(models.Model):
    """A product an organisation sells, described in Arabic, French and English."""

    organization = models.ForeignKey("registry.Organization", on_delete=models.CASCADE, related_name="products",
                                     verbose_name=_("organisation"))
    name_ar = models.CharField(_("name in Arabic"), max_length=150, blank=True)
    name_fr = models.CharField(_("name in French"), max_length=150, blank=True)
    name_en = models.CharField(_("name in English"), max_length=150, blank=True)
    # Shown on Tamazight pages (TranslatedText picks it, else the Arabic name); searched from any script.
    name_zgh = models.CharField(_("name in Tifinagh"), max_length=150, blank=True)
    description_ar = models.TextField(_("description in Arabic"), blank=True)
    description_fr = models.TextField(_("description in French"), blank=True)
    description_en = models.TextField(_("description in English"), blank=True)
    category = models.ForeignKey("registry.Sector", on_delete=models.PROTECT, related_name="products",
                                 verbose_name=_("category"))
    price_mad = models.DecimalField(_("price (MAD)"), max_digits=10, decimal_places=2,
                                    validators=[MinValueValidator(0)])
    unit = models.CharField(_("unit"), max_length=8, choices=Unit.choices, default=Unit.KG)
    min_order = models.DecimalField(_("minimum order"), max_digits=10, decimal_places=2, default=1,
                                    validators=[MinValueValidator(0)])
    stock = models.DecimalField(_("stock"), max_digits=12, decimal_places=2, null=True, blank=True,
                                validators=[MinValueValidator(0)], help_text=_("Leave empty if not counted."))
    availability = models.CharField(_("availability"), max_length=12, choices=Availability.choices,
                                    default=Availability.IN_STOCK)
    season_from = models.PositiveSmallIntegerField(_("season from (month)"), null=True, blank=True,
                                                   validators=[MinValueValidator(1), MaxValueValidator(12)])
    season_to = models.PositiveSmallIntegerField(_("season to (month)"), null=True, blank=True,
                                                 validators=[MinValueValidator(1), MaxValueValidator(12)])
    published = models.BooleanField(_("shown in the public catalogue"), default=True)
    search_text = models.TextField(editable=False, default="")
    search_terms = models.TextField(editable=False, default="")  # stems and concepts (common/search_terms.py)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["version", "search_text", "search_terms", "updated_at"])

    name = TranslatedText("name")
    description = TranslatedText("description")

    class Meta:
        verbose_name = _("product")
        verbose_name_plural = _("products")
        ordering = ["name_fr", "name_ar", "pk"]
        indexes = [
            # The catalogue's default order, walked without sorting 200,000 rows (docs/performance.md).
            models.Index(fields=["name_fr", "name_ar", "id"], name="product_catalogue_order_idx"),
            # Counting the public catalogue from the index alone.
            models.Index(fields=["published", "organization"], name="product_published_org_idx"),
            models.Index(fields=["published", "category"], name="product_published_cat_idx"),
            models.Index(fields=["published", "price_mad"], name="product_published_price_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=~models.Q(name_ar="", name_fr="", name_en=""), name="product_has_a_name",
                                   violation_error_message=_("Give the product a name in at least one language.")),
            models.CheckConstraint(condition=models.Q(stock__isnull=True) | models.Q(stock__gte=0),
                                   name="product_stock_not_negative",
                                   violation_error_message=_("The stock cannot be negative.")),
        ]

    def __str__(self) -> str:
        return self.name.text

    def save(self, *args, **kwargs):
        # Every writer keeps the search forms in step with the names (the admin, fixtures, domain/).
        self.refresh_search_text()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "search_text", "search_terms"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("public:product", args=[self.pk])

    @property
    def minimum_shown(self) -> str:
        """The minimum order with its unit, in the reader's language."""
        return amount_of(self.min_order, self.unit)

    def refresh_search_text(self) -> None:
        """The names' search forms: normalised (`search_text`) and analysed (`search_terms`)."""
        from tadamon.common.search_terms import document_terms
        from tadamon.common.text import normalize_text

        names = (self.name_ar, self.name_fr, self.name_en, self.name_zgh)
        self.search_text = " | ".join(normalize_text(n) for n in names if n)
        self.search_terms = document_terms(*names)


def photo_path(instance, filename: str) -> str:
    return f"products/{instance.product_id}/{filename}"


class ProductPhoto(models.Model):
    """A photo, resized on upload (at most 1600 px), with a 400 px thumbnail for lists."""

    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="photos", verbose_name=_("product"))
    image = models.ImageField(_("photo"), upload_to=photo_path)
    thumbnail = models.ImageField(upload_to=photo_path, editable=False)
    alt = models.CharField(_("what the photo shows"), max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        ordering = ["product", "position", "pk"]

    def __str__(self) -> str:
        return self.alt or self.image.name


class Certification(models.Model):
    """A certification of an organisation or of one of its products. Its status follows from its dates."""

    organization = models.ForeignKey("registry.Organization", on_delete=models.CASCADE, related_name="certifications",
                                     verbose_name=_("organisation"))
    product = models.ForeignKey(Product, on_delete=models.CASCADE, null=True, blank=True,
                                related_name="certifications", verbose_name=_("product"),
                                help_text=_("Empty when the certification covers the whole organisation."))
    kind = models.CharField(_("type"), max_length=24, choices=CertificationType.choices)
    issuer = models.CharField(_("issuer"), max_length=150)
    number = models.CharField(_("number"), max_length=80)
    issued_on = models.DateField(_("issued on"))
    expires_on = models.DateField(_("expires on"), null=True, blank=True,
                                  help_text=_("Leave empty if it does not expire."))
    document = models.FileField(_("document"), upload_to="certifications/%Y/", storage=private_storage, blank=True)
    reminded_on = models.DateField(null=True, blank=True, editable=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")

    history = HistoricalRecords(excluded_fields=["reminded_on"])

    class Meta:
        verbose_name = _("certification")
        verbose_name_plural = _("certifications")
        ordering = ["organization", "kind", "-issued_on"]
        indexes = [models.Index(fields=["expires_on"], name="certification_expiry_idx")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(expires_on__isnull=True) | models.Q(expires_on__gte=models.F("issued_on")),
                name="certification_expires_after_issue",
                violation_error_message=_("The expiry date is before the issue date.")),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.number}"

    def status_on(self, day: datetime.date) -> str:
        if day < self.issued_on:
            return CertificationStatus.NOT_YET_VALID
        if self.expires_on is None:
            return CertificationStatus.VALID
        if day > self.expires_on:
            return CertificationStatus.EXPIRED
        if (self.expires_on - day).days <= EXPIRY_WARNING_DAYS:
            return CertificationStatus.EXPIRING
        return CertificationStatus.VALID

    @property
    def status(self) -> str:
        return self.status_on(timezone.localdate())

    @property
    def status_label(self) -> str:
        return CertificationStatus(self.status).label

    @property
    def is_valid(self) -> bool:
        return self.status in (CertificationStatus.VALID, CertificationStatus.EXPIRING)


def valid_on(day: datetime.date) -> models.Q:
    """Certifications valid on `day`, as a filter (for badges and the catalogue's filter)."""
    return models.Q(issued_on__lte=day) & (models.Q(expires_on__isnull=True) | models.Q(expires_on__gte=day))


class Order(models.Model):
    """An order (with lines) or a question a buyer sends one organisation. A guest's order waits
    until they open the link sent to their e-mail; the cooperative never sees it before.
    `token` is the secret part of the buyer's link to the order; `reference` is what both sides quote."""

    reference = models.CharField(_("reference"), max_length=12, unique=True, editable=False)
    token = models.CharField(max_length=43, unique=True, editable=False)
    organization = models.ForeignKey("registry.Organization", on_delete=models.PROTECT, related_name="orders",
                                     verbose_name=_("organisation"))
    kind = models.CharField(_("kind"), max_length=8, choices=OrderKind.choices, default=OrderKind.ORDER)
    status = models.CharField(_("status"), max_length=12, choices=OrderStatus.choices,
                              default=OrderStatus.UNVERIFIED)
    buyer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="orders", verbose_name=_("buyer account"))
    buyer_name = models.CharField(_("your name"), max_length=150)
    buyer_email = models.EmailField(_("e-mail"))
    buyer_phone = models.CharField(_("phone"), max_length=30, blank=True)
    buyer_company = models.CharField(_("company or shop"), max_length=150, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = models.CharField(_("country"), max_length=100, blank=True)
    delivery_address = models.TextField(_("delivery address"), blank=True)
    message = models.TextField(_("message"), blank=True)
    language = models.CharField(max_length=5, choices=settings.LANGUAGES, default="ar")
    email_verified_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("order")
        verbose_name_plural = _("orders")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["organization", "status", "-created_at"], name="order_org_status_idx"),
                   models.Index(fields=["buyer_email", "status"], name="order_buyer_email_idx"),
                   # The staff's list across many organisations, newest first: a page is read from
                   # this index instead of sorting every order they may see (docs/performance.md).
                   models.Index(fields=["-created_at", "-id"], name="order_newest_idx")]

    def __str__(self) -> str:
        return self.reference

    def status_for_buyer(self) -> str:
        return OrderStatus.for_buyer(self.status)

    @property
    def total(self):
        return sum((line.amount for line in self.lines.all()), start=0)


class OrderLine(models.Model):
    """A product and a quantity; the name, unit and price are copied in when the order is sent,
    so a later price change does not alter what the buyer was told."""

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines", verbose_name=_("order"))
    product = models.ForeignKey(Product, on_delete=models.SET_NULL, null=True, related_name="order_lines",
                                verbose_name=_("product"))
    product_name = models.CharField(_("product"), max_length=150)
    quantity = models.DecimalField(_("quantity"), max_digits=10, decimal_places=2,
                                   validators=[MinValueValidator(0)])
    unit = models.CharField(_("unit"), max_length=8, choices=Unit.choices)
    unit_price = models.DecimalField(_("unit price (MAD)"), max_digits=10, decimal_places=2)

    class Meta:
        verbose_name = _("order line")
        verbose_name_plural = _("order lines")
        ordering = ["order", "pk"]
        constraints = [models.CheckConstraint(condition=models.Q(quantity__gt=0), name="order_line_quantity_positive")]

    def __str__(self) -> str:
        return f"{self.quantity} {self.unit} {self.product_name}"

    @property
    def amount(self):
        return self.quantity * self.unit_price

    @property
    def quantity_shown(self) -> str:
        """The quantity with its unit, in the reader's language: "6 litres", "6 لترات"."""
        return amount_of(self.quantity, self.unit)


class OrderUpdate(models.Model):
    """One entry of an order's history, seen by both sides: a change of status, a message, or both."""

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="updates", verbose_name=_("order"))
    at = models.DateTimeField(_("when"), default=timezone.now)
    status = models.CharField(_("status"), max_length=12, choices=OrderStatus.choices, blank=True,
                              help_text=_("Empty when the entry is a message only."))
    by_buyer = models.BooleanField(default=False)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="+")
    message = models.TextField(_("message"), blank=True)

    class Meta:
        verbose_name = _("order update")
        verbose_name_plural = _("order updates")
        ordering = ["order", "at", "pk"]

    def __str__(self) -> str:
        return f"{self.order} {self.status or '…'} {self.at:%Y-%m-%d %H:%M}"

    def status_for_buyer(self) -> str:
        return OrderStatus.for_buyer(self.status)


class OrderAttachment(Attachment):
    """A voice note or photo sent with one entry of an order's history, by the buyer or the
    cooperative: read by both sides (the buyer through the order's link)."""

    FOLDER = "orders"

    update = models.ForeignKey(OrderUpdate, on_delete=models.CASCADE, related_name="attachments")

    class Meta(Attachment.Meta):
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
