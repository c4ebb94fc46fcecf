from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo data from the source articles and national-scale synthetic data (commands only)."""

    name = "tadamon.demo"
