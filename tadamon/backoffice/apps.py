from django.apps import AppConfig


class BackofficeConfig(AppConfig):
    """Everything behind a login, scoped to what the user may see."""

    name = "tadamon.backoffice"
