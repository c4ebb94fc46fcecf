from django.conf import settings
from django.utils import translation

from tadamon.common.translation_fallback import TAMAZIGHT, FallbackFlag


def locale_context(request):
    language = translation.get_language() or settings.LANGUAGE_CODE
    return {
        "rtl": translation.get_language_bidi(),
        "html_lang": language,
        "other_languages": [(code, name) for code, name in settings.LANGUAGES if code != language],
        # On a Tamazight page, whether some of its text came out in Arabic (read at the end of base.html).
        "tamazight_fallback": FallbackFlag() if language == TAMAZIGHT else False,
    }
