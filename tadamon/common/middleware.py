"""A NUL byte in a query parameter is never meant (no name, code or search has one) and PostgreSQL
refuses it in any text it is compared with: the request answers 400 naming the parameter, before
any view passes it to a query. Forms and serializers already refuse NUL in what is posted."""

from django.http import JsonResponse

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
