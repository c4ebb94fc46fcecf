from django import template
from django.urls import translate_url

register = template.Library()


@register.simple_tag(takes_context=True)
def translated_url(context, language: str) -> str:
    """The current page in another language (path and query string kept)."""
    request = context.get("request")
    if request is None:
        return "/" + language + "/"
    return translate_url(request.get_full_path(), language)


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None
