"""Importing an organisation's members from a file: upload, check (a dry run in the background
worker), read the report, confirm, and the same file is imported for real. For whoever may edit
the organisation (`registry.import_members`); each import's page for whoever sent it only, since
its report echoes the file's personal data."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language, get_language_bidi
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tadamon.accounts.access import organization_for_user
from tadamon.backoffice.forms import ImportForm
from tadamon.common.files import xlsx_bytes, xlsx_response
from tadamon.common.htmx import is_htmx
from tadamon.registry.domain.imports import mark_if_abandoned
from tadamon.registry.domain.member_imports import COLUMNS, EXAMPLE_ROW
from tadamon.registry.models import ImportStatus, MemberImport
from tadamon.registry.tasks import run_member_import

PERMISSION = "registry.import_members"


class MemberImportForm(ImportForm):
    dry_run = None  # always checked first, then confirmed


def _job(request, pk: int, import_pk: int):
    organization = organization_for_user(request, pk, PERMISSION)
    job = get_object_or_404(MemberImport.objects.select_related("organization"), pk=import_pk,
                            organization=organization, created_by=request.user)
    return organization, job


def _enqueue(job_pk: int) -> None:
    transaction.on_commit(lambda: run_member_import.enqueue(job_pk))


@login_required
def member_import_start(request, pk: int):
    organization = organization_for_user(request, pk, PERMISSION)
    form = MemberImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        job = MemberImport.objects.create(file=upload, original_name=upload.name, dry_run=True,
                                          organization=organization, created_by=request.user,
                                          language=get_language() or "ar")
        _enqueue(job.pk)
        return redirect("backoffice:member_import_status", organization.pk, job.pk)
    return render(request, "backoffice/member_import_form.html",
                  {"form": form, "organization": organization, "columns": COLUMNS})


@login_required
def member_import_template(request, pk: int):
    """An XLSX file with the columns' header and one example row, to fill in."""
    organization_for_user(request, pk, PERMISSION)
    content = xlsx_bytes([COLUMNS, EXAMPLE_ROW], title=_("Members"), right_to_left=get_language_bidi())
    return xlsx_response(content, "members.xlsx")


@login_required
def member_import_status(request, pk: int, import_pk: int):
    organization, job = _job(request, pk, import_pk)
    job = mark_if_abandoned(job)
    template = ("backoffice/member_import_status.html#progress" if is_htmx(request)
                else "backoffice/member_import_status.html")
    return render(request, template, {"job": job, "organization": organization})


@login_required
@require_POST
def member_import_confirm(request, pk: int, import_pk: int):
    """Import for real the file whose check found no error: the same job runs again, writing.
    Only once: a second click finds it no longer a finished check."""
    organization, job = _job(request, pk, import_pk)
    confirmed = MemberImport.objects.filter(pk=job.pk, dry_run=True, status=ImportStatus.DONE, report__ok=True).update(
        dry_run=False, status=ImportStatus.PENDING, progress_done=0, progress_total=0, report={}, finished_at=None,
        created_at=timezone.now(), language=get_language() or job.language)
    if confirmed:
        _enqueue(job.pk)
    else:
        messages.error(request, _("This file can no longer be imported: upload it again to check it."))
    return redirect("backoffice:member_import_status", organization.pk, job.pk)
