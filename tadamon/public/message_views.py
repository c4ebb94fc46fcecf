"""Stopping messages: the page a message's link opens (it asks to confirm, then records the
opt-out), and the endpoint SMS and WhatsApp providers forward replies to (a STOP reply stops every
message to that number). Neither shows a full address."""

import hmac
import json

from django.conf import settings
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from tadamon.common.phones import phone_or_none
from tadamon.notifications.enums import OptOutSource
from tadamon.notifications.kinds import KINDS
from tadamon.notifications.models import ALL_KINDS, mask_address
from tadamon.notifications.optouts import is_opted_out, is_stop_word, opt_out, read_token


@require_http_methods(["GET", "POST"])
def message_stop(request, token: str):
    read = read_token(token)
    if read is None or (read[1] not in KINDS and read[1] != ALL_KINDS):
        raise Http404
    address, kind = read
    if request.method == "POST":
        opt_out(address, ALL_KINDS if request.POST.get("all") else kind, OptOutSource.LINK)
    kind_label = KINDS[kind].label if kind in KINDS else ""
    return render(request, "public/message_stop.html", {
        "masked": mask_address(address), "kind_label": kind_label, "stopped": is_opted_out(address, kind),
    })


def _inbound_fields(request) -> tuple[str, str]:
    if request.content_type == "application/json":
        try:
            data = json.loads(request.body or b"{}")
        except ValueError:
            data = {}
        data = data if isinstance(data, dict) else {}
    else:
        data = request.POST
    sender = next((str(data[k]) for k in ("from", "From", "msisdn", "sender") if data.get(k)), "")
    text = next((str(data[k]) for k in ("text", "Body", "body", "message") if data.get(k)), "")
    return sender, text


@csrf_exempt
@require_POST
def message_inbound(request, token: str):
    """A reply forwarded by the provider: `from` (or From, msisdn) and `text` (or Body, message)."""
    expected = getattr(settings, "MESSAGES_INBOUND_TOKEN", "")
    if not expected or not hmac.compare_digest(token.encode(), expected.encode()):
        raise Http404
    sender, text = _inbound_fields(request)
    phone = phone_or_none(sender.removeprefix("whatsapp:"))
    if phone is None:
        return JsonResponse({"error": "from: not a phone number"}, status=400)
    stopped = is_stop_word(text)
    if stopped:
        opt_out(phone, ALL_KINDS, OptOutSource.REPLY)
    return JsonResponse({"opted_out": stopped})
