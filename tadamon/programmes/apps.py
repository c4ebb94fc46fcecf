from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammesConfig(AppConfig):
    name = "tadamon.programmes"
    verbose_name = _("Programmes")

    def ready(self):
        from tadamon.programmes import signals  # noqa: F401 - their receivers
