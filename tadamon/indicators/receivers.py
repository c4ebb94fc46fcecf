"""The figures follow the records: an import of organisations refreshes, at once, the
indicators it changes (the cooperatives, not their members: an import brings no members), for
the years from the oldest imported organisation's creation on (a cooperative created in 2019
is in every year's count since). The others are refreshed by `refresh_indicators` on a schedule."""

from django.dispatch import receiver
from django.utils import timezone

from tadamon.indicators.catalogue import IMPORT_INDICATORS
from tadamon.indicators.domain.figures import FIRST_YEAR, refresh
from tadamon.registry.signals import organizations_imported


@receiver(organizations_imported)
def refresh_after_import(sender, count: int, since: int | None = None, **kwargs) -> None:
    if count:
        years = range(max(since or FIRST_YEAR, FIRST_YEAR), timezone.localdate().year + 1)
        refresh(IMPORT_INDICATORS, years=years)
