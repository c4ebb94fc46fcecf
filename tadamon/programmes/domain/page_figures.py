"""What a programme's page counts over all the programme's records, kept in the cache: at national
scale counting the people present reads 180,000 attendance rows and their people (~130 ms) and the
enrolments' breakdowns 5,000 enrolments (docs/performance.md). Forgotten when one of the programme's
registrations, sessions or enrolments is saved or deleted (programmes/signals.py); kept at most
KEPT_SECONDS for what no signal sees (a session ending, a person's corrected birth year, an
organisation moving province)."""

from django.core.cache import cache
from django.db import transaction

from tadamon.programmes.domain.queries.programmes import enrolment_breakdown
from tadamon.programmes.domain.training import training_figures

KEPT_SECONDS = 300
COMPUTED_BY = {"training": training_figures, "enrolments": enrolment_breakdown}


def _key(programme_id: int, kind: str) -> str:
    return f"programmes:page-figures:{kind}:{programme_id}"


def kept(programme, kind: str) -> dict:
    return cache.get_or_set(_key(programme.pk, kind), lambda: COMPUTED_BY[kind](programme), KEPT_SECONDS)


def training(programme) -> dict:
    return kept(programme, "training")


def enrolments(programme) -> dict:
    return kept(programme, "enrolments")


def forget(programme_id: int) -> None:
    # At once, and again once committed: a page in another process that counted in between, from what
    # was committed then, would otherwise keep the old figures.
    keys = [_key(programme_id, kind) for kind in COMPUTED_BY]
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))
