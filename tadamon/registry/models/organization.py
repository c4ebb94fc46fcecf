from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from tadamon.common.fields import HttpsURLField
from tadamon.common.i18n import TranslatedText, localized, tamazight_page
from tadamon.common.search_terms import document_terms, fully_understood, name_rank, terms_condition
from tadamon.common.text import normalize_text, phonetic_key
from tadamon.common.validators import validate_name_has_letters
from tadamon.registry.enums import OrganizationKind, OrganizationStatus

phone_validator = RegexValidator(
    r"^\+?[0-9 .\-]{9,20}$", _("Enter a phone number of 9 to 20 digits, e.g. 0612345678 or +212 612 345 678.")
)

# What forms store after parse_phone (tadamon.common.phones); the admin is held to it too.
e164_validator = RegexValidator(r"^\+[1-9][0-9]{7,14}$", _("Enter the number in E.164, e.g. +212524831234."))


class OrganizationQuerySet(models.QuerySet):
    def social_economy(self):
        return self.filter(kind__in=OrganizationKind.social_economy())

    def search(self, query: str):
        """Names in either script, found from either script (see tadamon.common.text), and by what
        their words mean (تمر finds تعاونية التمور, "safran" finds الزعفران: common/search_terms.py).
        Annotates `search_rank` (0: a name is the query, 1: a name holds it in order, 2: the rest)
        for the caller's ordering, in the same query."""
        text, key = normalize_text(query), phonetic_key(query)
        if not text:
            return self
        every_word = terms_condition(query)
        if fully_understood(query):  # only words of the vocabulary: by meaning, not by letters
            return self.filter(every_word).annotate(search_rank=name_rank(query))
        condition = models.Q(search_text__contains=text)
        # Short skeletons ("mn") match too much to be useful on their own.
        if len(key.replace(" ", "")) >= 3:
            condition |= models.Q(search_key__contains=key)
        if every_word is not None:
            condition |= every_word
        return self.filter(condition).annotate(search_rank=name_rank(query))


class Organization(models.Model):
    kind = models.CharField(_("kind"), max_length=20, choices=OrganizationKind.choices)
    name_ar = models.CharField(_("name in Arabic"), max_length=255, blank=True, validators=[validate_name_has_letters])
    name_latin = models.CharField(_("name in Latin script"), max_length=255, blank=True,
                                  validators=[validate_name_has_letters])
    # Optional, beside the Arabic and Latin names the records need: shown on Tamazight pages, found
    # by search from any script (common/tifinagh.py).
    name_zgh = models.CharField(_("name in Tifinagh"), max_length=255, blank=True)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    sector = models.ForeignKey(
        "registry.Sector", on_delete=models.PROTECT, null=True, blank=True,
        related_name="organizations", verbose_name=_("sector"),
    )
    registry_number = models.CharField(_("registry number"), max_length=50, blank=True)
    creation_date = models.DateField(_("creation date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=OrganizationStatus.choices, default=OrganizationStatus.ACTIVE
    )
    province = models.ForeignKey(
        "registry.Province", on_delete=models.PROTECT, related_name="organizations", verbose_name=_("province")
    )
    commune = models.ForeignKey(
        "registry.Commune", on_delete=models.PROTECT, null=True, blank=True,
        related_name="organizations", verbose_name=_("commune"),
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True, validators=[phone_validator])
    email = models.EmailField(_("e-mail"), blank=True)
    website = HttpsURLField(_("website"), blank=True)
    is_women = models.BooleanField(_("women's organisation"), default=False)
    is_youth = models.BooleanField(_("youth organisation"), default=False)
    description = models.TextField(_("description"), blank=True)
    # The public page's story, in the organisation's own words, one column per language it wrote
    # (migration 0006 moved each `description` into one of them; `description` stays for the
    # import files and the registry API).
    story_ar = models.TextField(_("story in Arabic"), blank=True)
    story_fr = models.TextField(_("story in French"), blank=True)
    story_en = models.TextField(_("story in English"), blank=True)
    # The contact the manager chooses to publish (never a member's own number).
    public_phone = models.CharField(_("public phone"), max_length=16, blank=True, validators=[e164_validator],
                                    help_text=_("Shown on the public page. A business number, in E.164 (+212…)."))
    public_whatsapp = models.BooleanField(_("this number takes WhatsApp messages"), default=False)
    public_email = models.EmailField(_("public e-mail"), blank=True)

    # Search forms of both names, kept in step by save() and by the bulk writers in domain/.
    search_text = models.TextField(editable=False, default="")
    search_key = models.TextField(editable=False, default="")
    search_terms = models.TextField(editable=False, default="")  # stems and concepts (common/search_terms.py)

    # Bumped by every edit through domain/: a form posted with an older version is refused.
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["search_text", "search_key", "search_terms", "updated_at"])
    objects = OrganizationQuerySet.as_manager()

    story = TranslatedText("story")

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name_latin"]
        indexes = [
            # Directory filters: kind and status narrow first, then province (region joins it).
            models.Index(fields=["kind", "status"], name="org_kind_status_idx"),
            models.Index(fields=["province", "kind"], name="org_province_kind_idx"),
            models.Index(fields=["sector"], name="org_sector_idx"),
            # Directory ordering per language (ORDER BY name, pk LIMIT 20 reads 20 index entries
            # instead of sorting every organisation; needs planner statistics, see common/db.py).
            models.Index(fields=["name_latin", "id"], name="org_name_latin_id_idx"),
            models.Index(fields=["name_ar", "id"], name="org_name_ar_id_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(name_ar="") | ~models.Q(name_latin=""), name="org_has_a_name",
                violation_error_message=_("Give the name in Arabic, in Latin script, or both."),
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    def save(self, *args, **kwargs):
        self.refresh_search_fields()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "search_text", "search_key", "search_terms"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("public:organization", args=[self.pk])

    @property
    def display_name(self) -> str:
        # name_zgh is read only on Tamazight pages and when loaded, so a list that loads the two other
        # names alone (.only()) costs no query per row.
        tifinagh = self.name_zgh if tamazight_page() and "name_zgh" not in self.get_deferred_fields() else ""
        return localized(self.name_ar, self.name_latin, tifinagh)

    @property
    def other_name(self) -> str:
        """The name in the script not shown by display_name (the Arabic one under a Tifinagh name)."""
        display = self.display_name
        if display == self.name_ar:
            other = self.name_latin
        elif display == self.name_latin:
            other = self.name_ar
        else:
            other = self.name_ar or self.name_latin
        return "" if other == display else other

    @property
    def tifinagh_name(self) -> str:
        """The Tifinagh name when the page shows another one (for a line of its own, lang="zgh")."""
        if "name_zgh" in self.get_deferred_fields():
            return ""
        return self.name_zgh if self.name_zgh and self.name_zgh != self.display_name else ""

    def refresh_search_fields(self) -> None:
        names = [self.name_ar, self.name_latin, self.name_zgh, self.acronym]
        self.search_text = " | ".join(normalize_text(n) for n in names if n)
        # Names are separated by " | " so that a query never matches across two of them.
        self.search_key = " | ".join(phonetic_key(n) for n in names if n)
        self.search_terms = document_terms(*names)

    @property
    def whatsapp_url(self) -> str:
        """https://wa.me/<digits> when the public number takes WhatsApp, else ""."""
        if not (self.public_phone and self.public_whatsapp):
            return ""
        return "https://wa.me/" + self.public_phone.removeprefix("+")  # stored in E.164
