from django.apps import AppConfig
from django.conf import settings


class CommonConfig(AppConfig):
    name = "tadamon.common"

    def ready(self):
        # Every process that may open an image (web, worker, commands) refuses decompression bombs
        # at the documented limit, not Pillow's default (docs/deploy.md, "Limits").
        from PIL import Image

        Image.MAX_IMAGE_PIXELS = settings.MAX_IMAGE_PIXELS

        # Tamazight pages say which of their parts fell back to Arabic (common/translation_fallback.py).
        from django.core.signals import request_started

        from tadamon.common.translation_fallback import install, start_record

        request_started.connect(start_record, dispatch_uid="tadamon_translation_fallback")
        install()  # for what is written outside requests too (PDF batches, messages)
