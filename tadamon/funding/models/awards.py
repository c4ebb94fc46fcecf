"""National awards (Lalla Al Moutaaouina, Al Jil Al Moutadamine) and their yearly editions. An
edition runs through an award call: its laureates are that call's applications decided funded,
with their category and rank when the jury gave them (AwardPlacement)."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tadamon.common.i18n import TranslatedText
from tadamon.funding.enums import AwardAudience


class Award(models.Model):
    slug = models.SlugField(_("short name in addresses"), max_length=60, unique=True)
    name_ar = models.CharField(_("name in Arabic"), max_length=200, blank=True)
    name_fr = models.CharField(_("name in French"), max_length=200, blank=True)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)
    description_ar = models.TextField(_("description in Arabic"), blank=True)
    description_fr = models.TextField(_("description in French"), blank=True)
    description_en = models.TextField(_("description in English"), blank=True)
    audience = models.CharField(_("for"), max_length=8, choices=AwardAudience.choices)

    name = TranslatedText("name")
    description = TranslatedText("description")

    class Meta:
        verbose_name = _("award")
        verbose_name_plural = _("awards")
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.name.text


class AwardEdition(models.Model):
    award = models.ForeignKey(Award, on_delete=models.PROTECT, related_name="editions", verbose_name=_("award"))
    year = models.PositiveSmallIntegerField(_("year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)])
    call = models.OneToOneField("funding.Call", on_delete=models.PROTECT, related_name="award_edition",
                                verbose_name=_("call"), limit_choices_to={"kind": "award"})

    class Meta:
        verbose_name = _("award edition")
        verbose_name_plural = _("award editions")
        ordering = ["award", "-year"]
        constraints = [
            models.UniqueConstraint(fields=["award", "year"], name="one_award_edition_a_year",
                                    violation_error_message=_("This award already has an edition that year.")),
        ]

    def __str__(self) -> str:
        return f"{self.award} {self.year}"

    def get_absolute_url(self) -> str:
        return reverse("public:award_edition", args=[self.award.slug, self.year])


class AwardCategory(models.Model):
    edition = models.ForeignKey(AwardEdition, on_delete=models.CASCADE, related_name="categories")
    name_ar = models.CharField(_("name in Arabic"), max_length=150, blank=True)
    name_fr = models.CharField(_("name in French"), max_length=150, blank=True)
    name_en = models.CharField(_("name in English"), max_length=150, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    name = TranslatedText("name")

    class Meta:
        verbose_name = _("award category")
        verbose_name_plural = _("award categories")
        ordering = ["edition", "position", "pk"]

    def __str__(self) -> str:
        return self.name.text


class AwardPlacement(models.Model):
    """The category and rank of a laureate (an application decided funded in an edition's call)."""

    application = models.OneToOneField("funding.Application", on_delete=models.CASCADE,
                                       related_name="award_placement", verbose_name=_("application"))
    category = models.ForeignKey(AwardCategory, on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="placements", verbose_name=_("category"))
    rank = models.PositiveSmallIntegerField(_("rank"), null=True, blank=True, validators=[MinValueValidator(1)])

    class Meta:
        verbose_name = _("laureate's place")
        verbose_name_plural = _("laureates' places")
        ordering = ["category", "rank", "pk"]

    def __str__(self) -> str:
        return f"{self.application} · {self.category or '—'} · {self.rank or '—'}"
