from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from tadamon.common.fields import EncryptedTextField
from tadamon.common.i18n import localized, tamazight_page
from tadamon.common.personal_data import cin_hash, normalize_cin
from tadamon.common.text import normalize_text, phonetic_key
from tadamon.registry.enums import Gender, MemberRole
from tadamon.registry.models.organization import phone_validator


class Person(models.Model):
    """A member or employee of one or more organisations. CIN, phone and birth year are personal
    data (Law 09-08): templates and serializers show them only through tadamon.registry.rules."""

    first_name_ar = models.CharField(_("first name in Arabic"), max_length=100, blank=True)
    last_name_ar = models.CharField(_("last name in Arabic"), max_length=100, blank=True)
    first_name_latin = models.CharField(_("first name in Latin script"), max_length=100, blank=True)
    last_name_latin = models.CharField(_("last name in Latin script"), max_length=100, blank=True)
    first_name_zgh = models.CharField(_("first name in Tifinagh"), max_length=100, blank=True)
    last_name_zgh = models.CharField(_("last name in Tifinagh"), max_length=100, blank=True)
    gender = models.CharField(_("gender"), max_length=1, choices=Gender.choices)
    birth_year = models.PositiveSmallIntegerField(
        _("birth year"), null=True, blank=True, validators=[MinValueValidator(1900)]
    )
    cin = EncryptedTextField(_("CIN"), blank=True)
    cin_hash = models.CharField(max_length=64, blank=True, editable=False)
    phone = models.CharField(_("phone"), max_length=20, blank=True, validators=[phone_validator])

    search_text = models.TextField(editable=False, default="")
    search_key = models.TextField(editable=False, default="")
    # Bumped by every edit through domain/: a form posted with an older version is refused.
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["cin", "search_text", "search_key", "updated_at"])

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["last_name_latin", "first_name_latin"]
        constraints = [
            # One person per CIN; the hash is what makes that checkable without decrypting.
            models.UniqueConstraint(fields=["cin_hash"], condition=~models.Q(cin_hash=""), name="person_cin_unique"),
            models.CheckConstraint(
                condition=~models.Q(last_name_ar="", first_name_ar="") | ~models.Q(last_name_latin="", first_name_latin=""),
                name="person_has_a_name",
            ),
        ]

    def __str__(self) -> str:
        return self.full_name

    def save(self, *args, **kwargs):
        self.refresh_derived_fields()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "cin_hash", "search_text", "search_key"}
        super().save(*args, **kwargs)

    @property
    def full_name_ar(self) -> str:
        return " ".join(p for p in (self.first_name_ar, self.last_name_ar) if p)

    @property
    def full_name_latin(self) -> str:
        return " ".join(p for p in (self.first_name_latin, self.last_name_latin) if p)

    @property
    def full_name_zgh(self) -> str:
        return " ".join(p for p in (self.first_name_zgh, self.last_name_zgh) if p)

    @property
    def full_name(self) -> str:
        deferred = self.get_deferred_fields()
        tifinagh = self.full_name_zgh if tamazight_page() and not deferred & {"first_name_zgh", "last_name_zgh"} else ""
        return localized(self.full_name_ar, self.full_name_latin, tifinagh)

    def refresh_derived_fields(self) -> None:
        self.cin = normalize_cin(self.cin)
        self.cin_hash = cin_hash(self.cin)
        names = [self.full_name_ar, self.full_name_latin, self.full_name_zgh]
        self.search_text = " | ".join(normalize_text(n) for n in names if n)
        self.search_key = " | ".join(phonetic_key(n) for n in names if n)

    def clean(self):
        # Before constraint validation, so the CIN uniqueness check sees the hash.
        self.refresh_derived_fields()
        if self.birth_year and self.birth_year > timezone.localdate().year:
            raise ValidationError({"birth_year": _("The birth year cannot be in the future.")})


class MembershipQuerySet(models.QuerySet):
    def current(self):
        today = timezone.localdate()
        return self.filter(models.Q(end_date__isnull=True) | models.Q(end_date__gt=today))


class Membership(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("person"))
    organization = models.ForeignKey(
        "registry.Organization", on_delete=models.CASCADE, related_name="memberships", verbose_name=_("organisation")
    )
    role = models.CharField(_("role"), max_length=20, choices=MemberRole.choices, default=MemberRole.MEMBER)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()
    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["organization", "role", "person"]
        indexes = [
            # Member counts and member lists per organisation, current members first.
            models.Index(fields=["organization", "end_date"], name="membership_org_end_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "organization"], condition=models.Q(end_date__isnull=True),
                name="membership_one_open_per_person_and_org",
            ),
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True) | models.Q(start_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="membership_ends_after_it_starts",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} — {self.organization} ({self.get_role_display()})"

    @property
    def is_current(self) -> bool:
        return self.end_date is None or self.end_date > timezone.localdate()
