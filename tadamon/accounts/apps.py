from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "tadamon.accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from tadamon.accounts import middleware, signals  # noqa: F401 - their receivers

        signals.connect_deletion_audit()
