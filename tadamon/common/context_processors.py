from django.conf import settings
from django.utils import translation


def locale_context(request):
    language = translation.get_language() or settings.LANGUAGE_CODE
    return {
        "rtl": translation.get_language_bidi(),
        "html_lang": language,
        "other_languages": [(code, name) for code, name in settings.LANGUAGES if code != language],
    }
