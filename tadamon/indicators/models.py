"""Precomputed indicator values at their finest grain: one row per indicator, year, province and
the indicator's other dimensions (sector, kind, gender, age band, programme; empty where the
indicator has not that dimension). Regions add their provinces up; national figures add everything up. `refresh` rewrites
them from the base tables; the catalogue says how each is computed."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class IndicatorCell(models.Model):
    indicator = models.CharField(max_length=40)
    year = models.PositiveSmallIntegerField()
    province = models.ForeignKey("registry.Province", on_delete=models.CASCADE, null=True, related_name="+")
    sector = models.ForeignKey("registry.Sector", on_delete=models.CASCADE, null=True, related_name="+")
    kind = models.CharField(max_length=20, blank=True)
    gender = models.CharField(max_length=1, blank=True)
    age_band = models.CharField(max_length=10, blank=True)
    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE, null=True, related_name="+")
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


class ProgrammeFigures(models.Model):
    """A programme's figures over its whole life, precomputed like the cells: a person trained in
    2017 and again in 2018 is one person here, where the yearly cells count them in each year.
    Breakdowns are {code: count} (province codes, genders, age bands)."""

    programme = models.OneToOneField("programmes.Programme", on_delete=models.CASCADE, related_name="figures")
    organizations = models.PositiveIntegerField(default=0)
    people_trained = models.PositiveIntegerField(default=0)
    sessions_held = models.PositiveIntegerField(default=0)
    people_by_province = models.JSONField(default=dict)
    organizations_by_province = models.JSONField(default=dict)
    people_by_gender = models.JSONField(default=dict)
    people_by_age_band = models.JSONField(default=dict)
    refreshed_at = models.DateTimeField(_("last refreshed"))

    def __str__(self) -> str:
        return f"{self.programme_id} @ {self.refreshed_at:%Y-%m-%d %H:%M}"
