"""Background tasks of programmes (run by `manage.py db_worker`)."""

from django.db import close_old_connections
from django.utils import timezone, translation
from django_tasks import task

from tadamon.programmes.domain.certificates import run_batch
from tadamon.programmes.enums import BatchStatus
from tadamon.programmes.models import CertificateBatch


@task()
def run_certificate_batch(batch_id: int) -> dict:
    batch = CertificateBatch.objects.select_related("programme", "session__module", "phase__programme",
                                                    "created_by").get(pk=batch_id)
    CertificateBatch.objects.filter(pk=batch.pk).update(status=BatchStatus.RUNNING)

    def progress(done: int, total: int) -> None:
        CertificateBatch.objects.filter(pk=batch.pk).update(progress_done=done, progress_total=total)

    try:
        with translation.override(batch.language):
            run_batch(batch, progress=progress)
    except Exception as exc:  # noqa: BLE001 - the page must say it failed rather than spin forever
        close_old_connections()
        CertificateBatch.objects.filter(pk=batch.pk).update(status=BatchStatus.FAILED, error=str(exc),
                                                            finished_at=timezone.now())
        return {"status": BatchStatus.FAILED}
    return {"status": BatchStatus.DONE}
