"""Tadamon's own middleware.

RefuseNulInQueryMiddleware: a NUL byte in a query parameter is never meant (no name, code or search has one) and PostgreSQL
refuses it in any text it is compared with: the request answers 400 naming the parameter, before
any view passes it to a query. Forms and serializers already refuse NUL in what is posted.

AnonymousPageCacheMiddleware: the public pages' cache, first in the chain (page_cache.py)."""

from django.http import JsonResponse

from tadamon.common import page_cache
from tadamon.common.params import BadParameter, nul_byte_message


class RefuseNulInQueryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        for name, values in request.GET.lists():
            if "\x00" in name or any("\x00" in value for value in values):
                shown = name.replace("\x00", "")
                if request.path.startswith("/api/"):
                    return JsonResponse({shown: [nul_byte_message()]}, status=400)
                raise BadParameter(shown, nul_byte_message())
        return self.get_response(request)


class AnonymousPageCacheMiddleware:
    """First of all: answers an anonymous GET of a public page from the cache, before sessions,
    CSRF, messages, history, Axes and rate limiting, and keeps what the whole chain answered for
    the next one (tadamon/common/page_cache.py says which requests and responses, and how long)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = page_cache.request_key(request)
        if key is None:
            return self.get_response(request)
        response = page_cache.cached_response(request, key)
        if response is not None:
            return response
        request.page_cache_key = key
        response = self.get_response(request)
        page_cache.store(request, key, response)
        return response
