from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "tadamon.indicators"
    verbose_name = _("Indicators")

    def ready(self):
        from tadamon.indicators import receivers  # noqa: F401  (follows the registry's imports)
