import threading
import time

import pytest
from django.db import OperationalError, connection, transaction
from django.db.transaction import TransactionManagementError

from tadamon.common.concurrency import ConcurrentEditError, next_version
from tadamon.registry.domain.organizations import update_organization
from tadamon.registry.models import Organization
from tadamon.registry.tests.factories import OrganizationFactory


@pytest.mark.django_db
def test_next_version_refuses_a_stale_version_and_bumps_a_current_one():
    organization = OrganizationFactory()
    with transaction.atomic():
        assert next_version(organization, 1) == 2
        Organization.objects.filter(pk=organization.pk).update(version=2)
    with transaction.atomic(), pytest.raises(ConcurrentEditError):
        next_version(organization, 1)
    with transaction.atomic():
        assert next_version(organization, None) == 3  # no check asked: still locked and bumped


@pytest.mark.transactional
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_next_version_outside_a_transaction_is_a_programming_error():
    # SQLite ignores select_for_update, so without this check a caller forgetting its transaction
    # would pass every test here and lose edits on PostgreSQL.
    with pytest.raises(TransactionManagementError):
        next_version(OrganizationFactory(), 1)


def _race(action, times: int = 2) -> list[str]:
    results, barrier = [], threading.Barrier(times)

    def run():
        barrier.wait()
        try:
            for _attempt in range(50):
                try:
                    action()
                    results.append("saved")
                    return
                except ConcurrentEditError:
                    results.append("refused")
                    return
                except OperationalError:  # SQLite's shared in-memory test database: table locked, retry
                    time.sleep(0.01)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(results)


@pytest.mark.transactional
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_people_saving_the_same_organisation_version_at_once_save_once():
    organization = OrganizationFactory(name_latin="Before")

    def edit():
        update_organization(Organization.objects.get(pk=organization.pk), fields={"name_latin": "Edited"},
                            expected_version=1)

    assert _race(edit) == ["refused", "saved"]
    assert Organization.objects.get(pk=organization.pk).version == 2
