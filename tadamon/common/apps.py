from django.apps import AppConfig
from django.conf import settings


class CommonConfig(AppConfig):
    name = "tadamon.common"

    def ready(self):
        # Every process that may open an image (web, worker, commands) refuses decompression bombs
        # at the documented limit, not Pillow's default (docs/deploy.md, "Limits").
        from PIL import Image

        Image.MAX_IMAGE_PIXELS = settings.MAX_IMAGE_PIXELS
