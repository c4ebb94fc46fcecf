"""Programmes at national scale: a programme of 20,000 organisations with 80,000 sessions and
2,000,000 attendance rows, next to a small one. Prints the latency and query count of the
programme page, a cooperative's journey page, a session's register, the certificate list and the
API (query counts must be the same for the big programme as for the small one), then the
certificates per second of a batch of 1,000 (issuing, and the printable PDF).

Run bench_generate.py first (it leaves the national databases), then:
.venv/bin/python benchmarks/bench_programmes.py [sqlite|postgres]"""

import datetime
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine, measure_page, setup_national_django  # noqa: E402

TARGET = setup_national_django()

from django.core.files.storage import storages  # noqa: E402
from django.db import transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from tadamon.accounts.models import User  # noqa: E402
from tadamon.common.db import refresh_planner_statistics  # noqa: E402
from tadamon.programmes.enums import EnrolmentStatus  # noqa: E402
from tadamon.programmes.models import (  # noqa: E402
    CertificateBatch,
    Enrolment,
    Module,
    Phase,
    Programme,
    Registration,
    Session,
    Trainer,
)
from tadamon.registry.enums import OrganizationKind  # noqa: E402
from tadamon.registry.models import Membership  # noqa: E402

BIG_NAME, SMALL_NAME = "Benchmark — national programme", "Benchmark — small programme"
ORGANIZATIONS, ATTENDANCE_ROWS, GROUP = 20_000, 2_000_000, 25
BATCH = 1000


def build_programme(name: str, organizations: int, rows: int, staff) -> Programme:
    """Enrolments, sessions of GROUP members of consecutive organisations, and their attendance,
    written in bulk (generated history, not anyone's attendance taking)."""
    rng = random.Random(name)
    programme = Programme.objects.create(name_fr=name, name_ar=name, target_organizations=organizations)
    programme.staff.add(staff)
    phase = Phase.objects.create(programme=programme, number=1, name_fr="Phase 1", name_ar="المرحلة 1")
    trainer = Trainer.objects.create(name=f"{name} — trainer", kind="ngo_staff")
    org_ids = list(Membership.objects.filter(organization__kind__in=OrganizationKind.social_economy(), end_date__isnull=True)
                   .values_list("organization_id", flat=True).distinct().order_by("organization_id")[:organizations])
    Enrolment.objects.bulk_create([Enrolment(programme=programme, phase=phase, organization_id=pk,
                                             status=EnrolmentStatus.ACTIVE) for pk in org_ids], batch_size=5000)
    members = list(Membership.objects.filter(organization_id__in=org_ids, end_date__isnull=True)
                   .order_by("organization_id", "pk").values_list("person_id", "organization_id",
                                                                  "organization__province_id"))
    modules = list(Module.objects.order_by("pk"))
    start = timezone.make_aware(datetime.datetime(2024, 1, 8, 9))
    made, position, number = 0, 0, 0
    while made < rows:
        sessions = []
        for _ in range(min(2000, -(-(rows - made) // GROUP))):
            group = [members[(position + i) % len(members)] for i in range(GROUP)]
            position += GROUP
            when = start + datetime.timedelta(hours=3 * number)
            sessions.append((Session(programme=programme, phase=phase, module=modules[number % len(modules)],
                                     place="Bench", province_id=group[0][2], starts_at=when,
                                     ends_at=when + datetime.timedelta(hours=3), capacity=GROUP), group))
            number += 1
        with transaction.atomic():
            created = Session.objects.bulk_create([s for s, _g in sessions])
            Session.trainers.through.objects.bulk_create(
                [Session.trainers.through(session_id=s.pk, trainer_id=trainer.pk) for s in created])
            registrations = []
            for session, (_s, group) in zip(created, sessions, strict=True):
                seen = set()
                for person_id, organization_id, _province in group:
                    if person_id in seen or made >= rows:
                        continue
                    seen.add(person_id)
                    registrations.append(Registration(session=session, person_id=person_id,
                                                      organization_id=organization_id,
                                                      attended=rng.random() < 0.9, marked_at=session.ends_at))
                    made += 1
            Registration.objects.bulk_create(registrations, batch_size=5000)
    return programme


def programmes(staff):
    big = Programme.objects.filter(name_fr=BIG_NAME).first()
    if big is None:
        started = time.perf_counter()
        big = build_programme(BIG_NAME, ORGANIZATIONS, ATTENDANCE_ROWS, staff)
        build_programme(SMALL_NAME, 10, 500, staff)
        refresh_planner_statistics("programmes_registration", "programmes_session", "programmes_enrolment",
                                   "programmes_session_trainers")
        print(f"built in {time.perf_counter() - started:.0f} s")
    small = Programme.objects.get(name_fr=SMALL_NAME)
    return big, small


def measure(client, label, url, runs=10):
    measure_page(client, label, url, runs, width=42)


def pages(client, programme):
    enrolment = programme.enrolments.order_by("pk")[len(programme.enrolments.all()[:100]) - 1]
    session = programme.sessions.order_by("pk").first()
    base = f"/fr/manage/programmes/{programme.pk}"
    rows = Registration.objects.filter(session__programme=programme).count()
    name = "big" if rows > 10_000 else "small"
    print(f"## {programme.name_fr}: {programme.enrolments.count():,} organisations, "
          f"{programme.sessions.count():,} sessions, {rows:,} attendance rows")
    measure(client, f"programme page ({name})", f"{base}/")
    measure(client, f"journey page ({name})", f"{base}/enrolments/{enrolment.pk}/")
    measure(client, f"session register ({name})", f"{base}/sessions/{session.pk}/")
    measure(client, f"certificates list ({name})", f"{base}/certificates/")
    measure(client, f"API programme detail ({name})", f"/api/v1/programmes/{programme.pk}")


def certificate_batch(programme, staff):
    """BATCH people present at one session, then one batch that certifies them all."""
    from tadamon.programmes.domain.certificates import run_batch

    phase = programme.phases.get()
    when = timezone.make_aware(datetime.datetime(2023, 6, 1, 9))
    session = Session.objects.create(programme=programme, phase=phase, module=Module.objects.order_by("pk").first(),
                                     place="Bench batch", province_id=programme.enrolments.first().organization
                                     .province_id, starts_at=when, ends_at=when + datetime.timedelta(hours=6),
                                     capacity=BATCH)
    people = (Membership.objects.filter(organization__enrolments__programme=programme, end_date__isnull=True)
              .values_list("person_id", "organization_id").order_by("person_id").distinct()[:BATCH])
    Registration.objects.bulk_create([Registration(session=session, person_id=p, organization_id=o, attended=True)
                                      for p, o in people])
    batch = CertificateBatch.objects.create(programme=programme, session=session, created_by=staff)
    started = time.perf_counter()
    with transaction.atomic():
        run_batch(batch)
    seconds = time.perf_counter() - started
    print(f"certificate batch of {batch.issued:,}: {seconds:.1f} s, {batch.issued / seconds:.1f} certificates/s "
          f"(issued and printed in one PDF of {batch.file.size / 2**20:.1f} MiB)")
    storages["private"].delete(batch.file.name)
    # Leave the database as it was, so the benchmark can run again.
    programme.certificates.filter(module=session.module, person_id__in=[p for p, _o in people]).delete()
    batch.delete()
    session.delete()


def main():
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)
    staff, _created = User.objects.get_or_create(username="bench-programme-staff", defaults={"role": "staff"})
    big, small = programmes(staff)
    print(f"# {TARGET}: programmes at national scale, on {machine()}")
    client = Client()
    client.force_login(staff)
    pages(client, small)
    pages(client, big)
    certificate_batch(big, staff)


if __name__ == "__main__":
    main()
