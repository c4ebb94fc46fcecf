"""Shared steps of the registry's state changes."""


class ConcurrentEditError(Exception):
    """Raised when a record changed between the moment a user opened it and the moment they saved."""


def next_version(instance, expected_version: int) -> int:
    """Lock the row (inside the caller's transaction) and return the version to write, or raise
    ConcurrentEditError if someone saved it since `expected_version` was read."""
    current = type(instance).objects.select_for_update().only("version").get(pk=instance.pk)
    if current.version != expected_version:
        raise ConcurrentEditError(instance.pk)
    return current.version + 1


def validate_and_save(instance, *, fields: dict | None = None, user=None):
    """Apply `fields`, validate every field and constraint, and save with `user` in the history."""
    for name, value in (fields or {}).items():
        setattr(instance, name, value)
    instance.full_clean()
    instance._history_user = user
    instance.save()
    return instance
