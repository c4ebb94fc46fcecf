"""The figures follow the records: an import of organisations refreshes the registry's
indicators at once (every year: an imported cooperative may have been created long ago). The
others are refreshed by `refresh_indicators` on a schedule."""

from django.dispatch import receiver

from tadamon.indicators.catalogue import REGISTRY_INDICATORS
from tadamon.indicators.domain.figures import refresh
from tadamon.registry.signals import organizations_imported


@receiver(organizations_imported)
def refresh_after_import(sender, count: int, **kwargs) -> None:
    if count:
        refresh(REGISTRY_INDICATORS)
