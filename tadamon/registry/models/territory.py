from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from tadamon.registry.enums import CommuneKind, TerritoryKind


class LocalizedNameMixin(models.Model):
    """Arabic, French and English names; `name` picks the active language's, falling back to French."""

    name_ar = models.CharField(_("Arabic name"), max_length=200)
    name_fr = models.CharField(_("French name"), max_length=200)
    name_en = models.CharField(_("English name"), max_length=200, blank=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        language = (get_language() or "ar").split("-")[0]
        if language == "zgh":  # Tifinagh where known (sectors), else Arabic, the Tamazight pages' fallback
            tifinagh = "name_zgh" not in self.get_deferred_fields() and getattr(self, "name_zgh", "")
            return tifinagh or self.name_ar or self.name_fr
        return getattr(self, f"name_{language}", "") or self.name_fr or self.name_ar


class Region(LocalizedNameMixin):
    code = models.CharField(_("ISO 3166-2 code"), max_length=10, unique=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class Province(LocalizedNameMixin):
    """A province or prefecture (the 75 of the 2015 division)."""

    code = models.CharField(_("ISO 3166-2 code"), max_length=10, unique=True)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="provinces", verbose_name=_("region"))
    kind = models.CharField(_("kind"), max_length=12, choices=TerritoryKind.choices)

    class Meta:
        ordering = ["code"]
        verbose_name = _("province or prefecture")
        verbose_name_plural = _("provinces and prefectures")


class Commune(LocalizedNameMixin):
    province = models.ForeignKey(Province, on_delete=models.PROTECT, related_name="communes", verbose_name=_("province"))
    code = models.CharField(_("official code"), max_length=20, blank=True)
    kind = models.CharField(_("kind"), max_length=8, choices=CommuneKind.choices, blank=True)

    class Meta:
        ordering = ["province", "name_fr"]
        verbose_name = _("commune")
        verbose_name_plural = _("communes")
        constraints = [
            models.UniqueConstraint(
                fields=["code"], condition=~models.Q(code=""), name="commune_code_unique"
            ),
            models.UniqueConstraint(fields=["province", "name_fr"], name="commune_name_unique_in_province"),
        ]


class Sector(LocalizedNameMixin):
    """Activity sectors, a two-level taxonomy (group > sector) shared with product categories."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children", verbose_name=_("group")
    )
    position = models.PositiveSmallIntegerField(default=0)
    name_zgh = models.CharField(_("name in Tifinagh"), max_length=200, blank=True)

    class Meta:
        ordering = ["position", "code"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
