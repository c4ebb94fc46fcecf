import sys

from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import never_cache


@never_cache
def healthz(request):
    """For load balancers: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any database failure means "not healthy"
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def bad_request(request, exception):
    """400: a malformed query parameter or posted value says which and what is wrong (the message
    is ours, from tadamon.common.params); any other bad request gets the general page."""
    from tadamon.common.params import BadParameter

    message = exception.message if isinstance(exception, BadParameter) else ""
    name = exception.name if isinstance(exception, BadParameter) else ""
    return render(request, "400.html", {"parameter": name, "message": message}, status=400)


def rate_limited(request, exception):
    """Too many sign-ins, searches or forms sent from one address: 429, with the time to wait (the
    limit's period: a minute for sign-in and search, an hour for orders and sign-ups)."""
    seconds = getattr(request, "rate_limit_period", 60)
    response = render(request, "429.html", {"wait_minutes": max(1, seconds // 60)}, status=429)
    response["Retry-After"] = str(seconds)
    return response


def server_error(request):
    """The 500 page, or 503 with a time to retry when the database is what failed (a restart, a
    failover): the next requests reconnect by themselves. Drawn without the database or the
    request's context, which may be what broke."""
    failed = sys.exc_info()[1]
    status = 503 if isinstance(failed, DatabaseError) else 500
    response = HttpResponse(loader.get_template(f"{status}.html").render(), status=status)
    if status == 503:
        response["Retry-After"] = "30"
    return response
