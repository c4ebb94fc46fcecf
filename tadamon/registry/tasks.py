"""Background tasks of the registry (run by `manage.py db_worker`)."""

from django.db import close_old_connections
from django.utils import timezone, translation
from django_tasks import task

from tadamon.registry.domain.imports import echo, import_organizations
from tadamon.registry.domain.member_imports import import_members
from tadamon.registry.models import ImportStatus, MemberImport, OrganizationImport


def _run_import(model, import_id: int, run) -> dict:
    """Run an import job (`run(job, handle, progress)` returns its report), writing its progress,
    status and report into the job's row."""
    job = model.objects.select_related("created_by").get(pk=import_id)
    model.objects.filter(pk=job.pk).update(status=ImportStatus.RUNNING)

    def progress(done: int, total: int) -> None:
        # Checking the rows runs outside any transaction, so its progress shows live; writing
        # runs in one transaction (all or nothing), so its progress becomes visible at commit.
        model.objects.filter(pk=job.pk).update(progress_done=done, progress_total=total)

    try:
        with job.file.open("rb") as handle:
            report = run(job, handle, progress)
        status, data = ImportStatus.DONE, report.as_dict()
    except Exception as exc:  # noqa: BLE001 - the page must say it failed rather than spin forever
        close_old_connections()
        status, data = ImportStatus.FAILED, {"ok": False, "file_errors": [echo(str(exc))], "errors": [],
                                             "duplicates": [], "known": []}
    model.objects.filter(pk=job.pk).update(status=status, report=data, finished_at=timezone.now())
    return {"status": status}


@task()
def run_organization_import(import_id: int, language: str | None = None) -> dict:
    """The report's messages in `language`, the page's of whoever sent the file (else their
    preferred language): only they see the report."""
    def run(job, handle, progress):
        with translation.override(language or job.created_by.preferred_language):
            return import_organizations(handle, filename=job.original_name, dry_run=job.dry_run,
                                        user=job.created_by, progress=progress)

    return _run_import(OrganizationImport, import_id, run)


def _import_members(job: MemberImport, handle, progress):
    # The report's messages in the language of whoever sent the file.
    with translation.override(job.language):
        return import_members(handle, filename=job.original_name, organization=job.organization,
                              dry_run=job.dry_run, user=job.created_by, progress=progress)


@task()
def run_member_import(import_id: int) -> dict:
    return _run_import(MemberImport, import_id, _import_members)
