"""Optimistic concurrency: a record carries a `version`, a form posts the version it started from,
and a save made from an older version is refused rather than silently overwriting the newer one."""

from django.db import transaction
from django.db.transaction import TransactionManagementError


class ConcurrentEditError(Exception):
    """Raised when a record changed between the moment a user opened it and the moment they saved."""


def next_version(instance, expected_version: int | None) -> int:
    """Lock `instance`'s row and return the version to write with the change, or raise
    ConcurrentEditError if someone saved it since `expected_version` was read (None: no check,
    the row is still locked and the version still bumped).

    Call it inside the domain function's transaction, before writing: PostgreSQL holds the row
    lock until the commit, and SQLite's IMMEDIATE transactions take the write lock at BEGIN, so a
    second writer reads the version only after the first one committed its bump."""
    if not transaction.get_connection().in_atomic_block:
        raise TransactionManagementError("next_version() must run inside the transaction that saves the change.")
    current = type(instance)._base_manager.select_for_update().values_list("version", flat=True).get(pk=instance.pk)
    if expected_version is not None and current != expected_version:
        raise ConcurrentEditError(instance.pk)
    return current + 1
