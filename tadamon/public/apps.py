from django.apps import AppConfig


class PublicConfig(AppConfig):
    """Pages for anyone, signed in or not. Never reads a personal field."""

    name = "tadamon.public"
