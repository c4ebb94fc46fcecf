"""Bad input to the API answers 400, never 500: a malformed query parameter
(tadamon.common.params) with the parameter's name and what is wrong, like a serializer's
validation error; JSON nested too deep as a parse error."""

from rest_framework import parsers
from rest_framework.exceptions import ParseError, ValidationError
from rest_framework.views import exception_handler

from tadamon.common.params import BadParameter


def handle(exc, context):
    if isinstance(exc, BadParameter):
        exc = ValidationError({exc.name: [exc.message]})
    return exception_handler(exc, context)


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, that also refuses a document nested too deep for Python's parser (a
    RecursionError, which is not a ValueError, would otherwise be a 500)."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError as exc:
            raise ParseError("JSON parse error - the document is nested too deeply.") from exc
