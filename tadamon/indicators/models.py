"""Precomputed indicator values, at two grains. Every indicator has its cells by year, province
and sector (`detailed` false): what the dashboards and the API read, a few per province. An
indicator broken down further (kind, gender, age band, programme) also has its detailed cells,
one per combination of all its dimensions, read only by the crossed tables and the programme
dashboards: five times as many rows, which the common pages never sum. Regions add their
provinces up; national figures add everything up. `refresh` rewrites
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
    detailed = models.BooleanField(default=False)
    value = models.BigIntegerField()

    class Meta:
        indexes = [models.Index(fields=["indicator", "detailed", "year", "province"], name="indicator_cell_grain_idx")]

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
