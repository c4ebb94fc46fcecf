"""The dashboards read their figures from the read replica when there is one; writes and every
other read stay on the primary. "replica" is a second alias on the test database (settings_test)."""

import pytest
from django.db import connections
from django.test.utils import CaptureQueriesContext

from tadamon.indicators.domain.figures import refresh
from tadamon.registry.models import Province
from tadamon.registry.tests.factories import OrganizationFactory


def cells_read(queries) -> int:
    return sum(1 for q in queries if "indicators_indicatorcell" in q["sql"] and q["sql"].startswith("SELECT"))


# Transactional: the replica is another connection, which sees only committed rows, as a real
# replica does.
@pytest.mark.transactional
@pytest.mark.django_db(transaction=True, serialized_rollback=True, databases=["default", "replica"])
def test_the_dashboard_reads_the_figures_from_the_replica(client, settings):
    OrganizationFactory.create_batch(3, province=Province.objects.get(code="MA-TIN"))
    settings.DASHBOARD_DATABASE = "replica"
    with CaptureQueriesContext(connections["default"]) as primary:
        refresh(["cooperatives"], years=[2023])
    assert any("INSERT INTO" in q["sql"] and "indicators_indicatorcell" in q["sql"] for q in primary.captured_queries)
    with (CaptureQueriesContext(connections["replica"]) as replica,
          CaptureQueriesContext(connections["default"]) as primary):
        page = client.get("/fr/dashboard/?year=2023&region=MA-08")
    assert page.status_code == 200 and "Tinghir" in page.content.decode()
    assert cells_read(replica.captured_queries) >= 2
    assert cells_read(primary.captured_queries) == 0  # the primary only served the territories and the session


@pytest.mark.django_db
def test_without_a_replica_everything_reads_the_primary(client):
    with CaptureQueriesContext(connections["default"]) as primary:
        assert client.get("/fr/dashboard/?year=2023").status_code == 200
    assert cells_read(primary.captured_queries) >= 2
