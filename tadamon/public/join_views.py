"""Register my cooperative: prove the phone with a code, find the cooperative in the registry (or
propose it), claim it; and open an invitation to a cooperative's team. Nothing is granted here:
a claim waits for the staff in charge, an invitation was granted by whoever sent it."""

import time

from django.conf import settings
from django.contrib.auth import login
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from tadamon.accounts.domain import claims, invitations, phone_codes
from tadamon.accounts.forms import CodeForm, PhoneForm
from tadamon.accounts.views import WRONG_CODE, phone_in_session, posted_phone
from tadamon.common.phones import mask_phone
from tadamon.common.ratelimits import limited
from tadamon.common.text import is_arabic
from tadamon.public.join_forms import ClaimantForm, FindForm, InvitationAcceptForm, ProposedOrganizationForm
from tadamon.registry.enums import OrganizationKind
from tadamon.registry.models import Organization

PENDING, PROVEN, PROVEN_AT, NEXT = "join_phone_pending", "join_phone", "join_phone_at", "join_next"
PROOF_LASTS = 3600  # seconds a proven phone may be used to claim, before a new code is asked


def proven_phone(request) -> str | None:
    if time.time() - request.session.get(PROVEN_AT, 0) < PROOF_LASTS:
        return request.session.get(PROVEN)
    return None


def _needs_proven_phone(view):
    def wrapped(request, *args, **kwargs):
        if not proven_phone(request):
            request.session[NEXT] = request.get_full_path()
            return redirect("public:join")
        return view(request, *args, **kwargs)
    wrapped.__name__ = view.__name__
    return wrapped


@require_http_methods(["GET", "POST"])
@limited("code_request_ip", "POST")
@limited("code_request_phone", "POST", key=posted_phone)
def join(request):
    form = PhoneForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        phone = form.cleaned_data["phone"]
        phone_codes.send_code(phone, to_anyone=True)
        request.session[PENDING] = phone
        return redirect("public:join_code")
    return render(request, "public/join.html", {"form": form})


@require_http_methods(["GET", "POST"])
@limited("sign_in", "POST")
@limited("code_verify", "POST", key=phone_in_session(PENDING))
def join_code(request):
    phone = request.session.get(PENDING)
    if not phone:
        return redirect("public:join")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if phone_codes.check_code(phone, form.cleaned_data["code"]):
            request.session[PROVEN], request.session[PROVEN_AT] = phone, time.time()
            del request.session[PENDING]
            return redirect(request.session.pop(NEXT, "") or "public:join_find")
        form.add_error("code", WRONG_CODE)
    return render(request, "registration/phone_code.html", {
        "form": form, "masked_phone": mask_phone(phone), "joining": True,
        "resend_url": "public:join_resend", "change_url": "public:join",
    })


@require_http_methods(["POST"])
@limited("code_request_ip", "POST")
@limited("code_request_phone", "POST", key=phone_in_session(PENDING))
def join_resend(request):
    if phone := request.session.get(PENDING):
        phone_codes.send_code(phone, to_anyone=True)
    return redirect("public:join_code")


@_needs_proven_phone
def join_find(request):
    form = FindForm(request.GET or None)
    results = None
    if form.is_valid():
        results = claims.claimable_organizations(q=form.cleaned_data["q"], province=form.cleaned_data["province"],
                                                 registry_number=form.cleaned_data["registry_number"])
    pending = claims.pending_claims_of(proven_phone(request))
    return render(request, "public/join_find.html", {"form": form, "results": results, "pending": pending})


@require_http_methods(["GET", "POST"])
@limited("claim", "POST")
@_needs_proven_phone
def join_claim(request, pk: int):
    organization = get_object_or_404(Organization.objects.select_related("province"), pk=pk,
                                     kind__in=OrganizationKind.social_economy())
    form = ClaimantForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        claims.submit_claim(phone=proven_phone(request), claimant=form.cleaned_data, organization=organization,
                            language=get_language() or settings.LANGUAGE_CODE)
        return redirect("public:join_sent")
    return render(request, "public/join_claim.html", {"form": form, "organization": organization})


@require_http_methods(["GET", "POST"])
@limited("claim", "POST")
@_needs_proven_phone
def join_new(request):
    """A cooperative not in the registry. The registry's close names are shown before it is sent:
    most "new" cooperatives are already there under another spelling."""
    searched = request.GET.get("name", "")[:255]
    form = ProposedOrganizationForm(request.POST or None, initial={"name_ar" if is_arabic(searched) else "name_latin": searched})
    matches = []
    if request.method == "POST" and form.is_valid():
        matches = claims.close_registered_names(form.cleaned_data["name_ar"], form.cleaned_data["name_latin"])
        if not matches or request.POST.get("none_of_these"):
            claims.submit_claim(phone=proven_phone(request), claimant=form.claimant(), proposed=form.proposed(),
                                language=get_language() or settings.LANGUAGE_CODE)
            return redirect("public:join_sent")
    return render(request, "public/join_new.html", {"form": form, "matches": matches})


def join_sent(request):
    return render(request, "public/join_sent.html", {"masked_phone": mask_phone(proven_phone(request))})


@require_http_methods(["GET", "POST"])
@limited("code_request_ip", "POST")
def invitation(request, token: str):
    """Open an invitation: prove the phone (the invited number, when the link was sent to one),
    then accept it and be signed in."""
    try:
        invitation = invitations.usable_invitation(token)
    except invitations.InvitationError as error:
        return render(request, "public/invitation.html", {"error": error.messages[0]}, status=410)
    phone = proven_phone(request)
    form = InvitationAcceptForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and "prove" in request.POST:
        return _prove_for_invitation(request, invitation)
    if request.method == "POST" and phone and form.is_valid():
        try:
            user = invitations.accept(token, phone=phone, **form.cleaned_data)
        except invitations.InvitationError as error:
            form.add_error(None, error.messages[0])
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            return redirect(settings.LOGIN_REDIRECT_URL)
    return render(request, "public/invitation.html", {
        "invitation": invitation, "form": form, "phone": phone and mask_phone(phone),
        "wrong_phone": bool(phone and invitation.phone and invitation.phone != phone),
        "invited_phone": mask_phone(invitation.phone),
    })


def _prove_for_invitation(request, invitation):
    """A link sent to a number: the code goes to that number. A printed one: any number."""
    request.session[NEXT] = request.get_full_path()
    if not invitation.phone:
        return redirect("public:join")
    phone_codes.send_code(invitation.phone, to_anyone=True)
    request.session[PENDING] = invitation.phone
    return redirect("public:join_code")
