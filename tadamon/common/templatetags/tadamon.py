from django import template
from django.template.defaultfilters import floatformat
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag(takes_context=True)
def translated_url(context, language: str) -> str:
    """The current page in another language (path and query string kept)."""
    request = context.get("request")
    if request is None:
        return "/" + language + "/"
    return translate_url(request.get_full_path(), language)


@register.filter
def translated(value):
    """Text typed in several languages: marked with its language, and flagged when it is a
    fallback (the active language had none) so readers see it is not a missing translation."""
    if not value or not value.text:
        return ""
    if not value.is_fallback:
        return format_html('<span lang="{}" dir="auto">{}</span>', value.language, value.text)
    return format_html('<span lang="{}" dir="auto">{}</span> <small class="fallback" title="{}">{}</small>',
                       value.language, value.text, _("Not translated yet"), value.language.upper())


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None


@register.filter
def ltr(value) -> str:
    """Wrap text that must read left to right (a range such as 10–24) in Unicode isolates, so an
    Arabic sentence around it does not turn it into 24–10. Works inside translated strings."""
    return f"\u2066{value}\u2069"


@register.filter
def mad(value, decimals: str = "0g") -> str:
    """An amount in dirhams, grouped by thousands, with the currency as readers of the page write
    it (MAD, درهم)."""
    if value is None or value == "":
        return "—"
    return _("%(amount)s MAD") % {"amount": floatformat(value, decimals)}
