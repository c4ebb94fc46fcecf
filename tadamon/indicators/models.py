"""Precomputed indicator values at their finest grain: one row per indicator, year, province and
sector. Regions add their provinces up; national figures add everything up. `refresh` rewrites
them from the base tables; the catalogue says how each is computed."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class IndicatorCell(models.Model):
    indicator = models.CharField(max_length=40)
    year = models.PositiveSmallIntegerField()
    province = models.ForeignKey("registry.Province", on_delete=models.CASCADE, null=True, related_name="+")
    sector = models.ForeignKey("registry.Sector", on_delete=models.CASCADE, null=True, related_name="+")
    value = models.BigIntegerField()

    class Meta:
        indexes = [models.Index(fields=["indicator", "year", "province"], name="indicator_cell_idx")]

    def __str__(self) -> str:
        return f"{self.indicator} {self.year} {self.province_id} {self.sector_id}: {self.value}"


class IndicatorRefresh(models.Model):
    """When an indicator's values were last computed, and how long it took."""

    indicator = models.CharField(max_length=40, unique=True)
    refreshed_at = models.DateTimeField(_("last refreshed"))
    seconds = models.FloatField()
    cells = models.PositiveIntegerField()

    def __str__(self) -> str:
        return f"{self.indicator} @ {self.refreshed_at:%Y-%m-%d %H:%M}"
