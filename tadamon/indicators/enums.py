"""The choices of the indicators: the dimensions a figure breaks down by, and the ones the open
data is published by."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Dimension(models.TextChoices):
    """What an indicator breaks down by (catalogue.py), the rows and columns of a crossed table
    (domain/pivot.py). In this order on the forms."""

    REGION = "region", _("Region")
    PROVINCE = "province", _("Province")
    SECTOR = "sector", _("Sector")
    KIND = "kind", _("Kind of organisation")
    GENDER = "gender", _("Gender")
    AGE_BAND = "age_band", _("Age band")
    PROGRAMME = "programme", _("Programme")
    YEAR = "year", _("Year")

    @classmethod
    def territories(cls) -> set[str]:
        return {cls.REGION, cls.PROVINCE}

    @classmethod
    def detail(cls) -> tuple[str, ...]:
        """Kept in the detailed cells only (IndicatorCell.detailed)."""
        return (cls.KIND, cls.GENDER, cls.AGE_BAND, cls.PROGRAMME)


class OpenDataBy(models.TextChoices):
    """What the open data (page, CSV, API) lists one row per."""

    REGION = "region", _("Region")
    PROVINCE = "province", _("Province")
    SECTOR = "sector", _("Sector")
