"""Sign-in with a mobile number and a one-time code, beside e-mail/user name and password."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from tadamon.accounts import audit
from tadamon.accounts.domain import phone_codes
from tadamon.accounts.enums import AuditAction
from tadamon.accounts.forms import CodeForm, MessagePreferencesForm, PhoneForm
from tadamon.common.phones import mask_phone, phone_or_none
from tadamon.common.ratelimits import limited

SESSION_PHONE = "sign_in_phone"
SESSION_NEXT = "sign_in_next"
WRONG_CODE = _("This code is wrong or has expired. Check the SMS, or ask for a new code.")


def posted_phone(group, request) -> str:
    """Rate-limit key: the number asked for, the same whichever way it was written."""
    written = request.POST.get("phone", "")[:30]
    return phone_or_none(written, mobile=True) or written


def phone_in_session(session_key: str):
    def key(group, request) -> str:
        return request.session.get(session_key) or request.META.get("REMOTE_ADDR", "")
    return key


def _safe_next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return ""


@require_http_methods(["GET", "POST"])
@limited("code_request_ip", "POST")
@limited("code_request_phone", "POST", key=posted_phone)
def phone_sign_in(request):
    if request.user.is_authenticated:
        return redirect(settings.LOGIN_REDIRECT_URL)
    form = PhoneForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        phone = form.cleaned_data["phone"]
        phone_codes.send_code(phone)
        request.session[SESSION_PHONE] = phone
        request.session[SESSION_NEXT] = _safe_next(request)
        return redirect("accounts:phone_code")
    return render(request, "registration/phone_sign_in.html", {"form": form, "next": _safe_next(request)})


@require_http_methods(["GET", "POST"])
@limited("sign_in", "POST")
@limited("code_verify", "POST", key=phone_in_session(SESSION_PHONE))
def phone_code(request):
    phone = request.session.get(SESSION_PHONE)
    if not phone:
        return redirect("accounts:phone_sign_in")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = phone_codes.account_for_phone(phone)
        if phone_codes.check_code(phone, form.cleaned_data["code"]) and user is not None:
            next_url = request.session.pop(SESSION_NEXT, "")
            del request.session[SESSION_PHONE]
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            return redirect(next_url or settings.LOGIN_REDIRECT_URL)
        audit.record(AuditAction.SIGN_IN_FAILED, request=request, username=mask_phone(phone))
        form.add_error("code", WRONG_CODE)
    return render(request, "registration/phone_code.html", {
        "form": form, "masked_phone": mask_phone(phone), "resend_url": "accounts:phone_resend",
        "change_url": "accounts:phone_sign_in",
    })


@require_http_methods(["POST"])
@limited("code_request_ip", "POST")
@limited("code_request_phone", "POST", key=phone_in_session(SESSION_PHONE))
def phone_resend(request):
    phone = request.session.get(SESSION_PHONE)
    if phone:
        phone_codes.send_code(phone)
    return redirect("accounts:phone_code")


@login_required
@require_http_methods(["GET", "POST"])
def message_preferences(request):
    """One's own channel and language for the platform's messages (everyone signed in: it is
    their own account)."""
    form = MessagePreferencesForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Saved: your messages will come this way."))
        return redirect("accounts:message_preferences")
    return render(request, "registration/message_preferences.html", {
        "form": form, "masked_phone": mask_phone(request.user.phone),
    }, status=400 if form.errors else 200)
