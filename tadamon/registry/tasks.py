"""Background tasks of the registry (run by `manage.py db_worker`)."""

from django.db import close_old_connections
from django.utils import timezone
from django_tasks import task

from tadamon.registry.domain.imports import echo, import_organizations
from tadamon.registry.models import ImportStatus, OrganizationImport


@task()
def run_organization_import(import_id: int) -> dict:
    job = OrganizationImport.objects.select_related("created_by").get(pk=import_id)
    OrganizationImport.objects.filter(pk=job.pk).update(status=ImportStatus.RUNNING)

    def progress(done: int, total: int) -> None:
        # Checking the rows runs outside any transaction, so its progress shows live; writing
        # runs in one transaction (all or nothing), so its progress becomes visible at commit.
        OrganizationImport.objects.filter(pk=job.pk).update(progress_done=done, progress_total=total)

    try:
        with job.file.open("rb") as handle:
            report = import_organizations(handle, filename=job.original_name, dry_run=job.dry_run,
                                          user=job.created_by, progress=progress)
        status = ImportStatus.DONE
        data = report.as_dict()
    except Exception as exc:  # noqa: BLE001 - the page must say it failed rather than spin forever
        close_old_connections()
        status, data = ImportStatus.FAILED, {"ok": False, "file_errors": [echo(str(exc))], "errors": [],
                                             "duplicates": []}
    OrganizationImport.objects.filter(pk=job.pk).update(status=status, report=data, finished_at=timezone.now())
    return {"status": status}
