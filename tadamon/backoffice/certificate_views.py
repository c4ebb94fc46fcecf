"""Back-office pages of certificates: a programme's list, one PDF, revoking, and batches that
issue a whole session's or phase's certificates in the background."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tadamon.accounts import audit
from tadamon.accounts.access import certificate_for_user, may, programme_for_user
from tadamon.accounts.enums import AuditAction
from tadamon.backoffice.views import saved
from tadamon.common.files import with_filename
from tadamon.common.htmx import is_htmx
from tadamon.common.params import parse_id
from tadamon.programmes.certificate_pdf import render_certificates
from tadamon.programmes.domain import certificates as certificate_domain
from tadamon.programmes.models import Certificate, CertificateBatch

PAGE_SIZE = 50


class RevokeForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Reason for revoking"), widget=forms.Textarea(attrs={"rows": 3}),
                             help_text=gettext_lazy("Shown on the public verification page."))


def visible_certificates(request, programme):
    """Staff running the programme and officers see all of its certificates; a manager, those of
    their own organisation's people."""
    certificates = Certificate.objects.filter(programme=programme)
    if may(request, "programmes.view_all_enrolled", programme):
        return certificates
    return certificates.filter(organization_id=request.user.organization_id)


@login_required
def certificate_list(request, pk: int):
    programme = programme_for_user(request, pk)
    certificates = visible_certificates(request, programme).select_related("module", "phase")
    query = request.GET.get("q", "").strip()
    if query:
        code = certificate_domain.normalize_code(query)
        certificates = certificates.filter(code=code) if code else certificates.filter(
            holder_name_latin__icontains=query) | certificates.filter(holder_name_ar__icontains=query)
    page = Paginator(certificates.order_by("-issued_at", "-pk"), PAGE_SIZE).get_page(request.GET.get("page"))
    batches = CertificateBatch.objects.filter(programme=programme).select_related("session__module", "phase")[:10]
    can_issue = may(request, "programmes.issue_certificates", programme)
    return render(request, "backoffice/certificate_list.html", {
        "programme": programme, "page_obj": page, "query": query, "can_issue": can_issue,
        "batches": batches if can_issue else [], "phases": programme.phases.all() if can_issue else [],
    })


@login_required
def certificate_pdf(request, pk: int, code: str):
    _programme, certificate = certificate_for_user(request, pk, code)
    response = FileResponse(iter([render_certificates([certificate])]), content_type="application/pdf")
    with_filename(response, f"certificate-{certificate.display_code}.pdf", inline=True)
    return response


@login_required
def certificate_revoke(request, pk: int, code: str):
    programme, certificate = certificate_for_user(request, pk, code, "programmes.issue_certificates")
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and saved(form, lambda: certificate_domain.revoke(
            certificate, reason=form.cleaned_data["reason"], user=request.user)):
        messages.success(request, _("Certificate %(code)s revoked.") % {"code": certificate.display_code})
        return redirect("backoffice:certificates", programme.pk)
    return render(request, "backoffice/certificate_revoke.html",
                  {"programme": programme, "certificate": certificate, "form": form})


@login_required
@require_POST
def certificate_batch_start(request, pk: int):
    """Issue the certificates of a session (its module) or of a phase, in the background."""
    programme = programme_for_user(request, pk, "programmes.issue_certificates")
    session = programme.sessions.filter(pk=parse_id(request.POST.get("session"))).first()
    phase = programme.phases.filter(pk=parse_id(request.POST.get("phase"))).first()
    if (session is None) == (phase is None):
        raise Http404
    batch = certificate_domain.start_batch(programme, session=session, phase=phase, language=get_language(),
                                           user=request.user)
    return redirect("backoffice:certificate_batch", programme.pk, batch.pk)


@login_required
def certificate_batch(request, pk: int, batch_pk: int):
    programme = programme_for_user(request, pk, "programmes.issue_certificates")
    batch = get_object_or_404(CertificateBatch.objects.select_related("session__module", "phase"),
                              pk=batch_pk, programme=programme)
    template = ("backoffice/certificate_batch.html#progress" if is_htmx(request)
                else "backoffice/certificate_batch.html")
    return render(request, template, {"programme": programme, "batch": batch})


@login_required
def certificate_batch_download(request, pk: int, batch_pk: int):
    programme = programme_for_user(request, pk, "programmes.issue_certificates")
    batch = get_object_or_404(CertificateBatch, pk=batch_pk, programme=programme)
    if not batch.file:
        raise Http404
    audit.record(AuditAction.EXPORT_PERSONAL, request=request, target=f"certificate batch {batch.pk}",
                 programme=programme.pk)
    return FileResponse(batch.file.open("rb"), content_type="application/pdf", as_attachment=True,
                        filename=f"certificates-{batch.pk}.pdf")
