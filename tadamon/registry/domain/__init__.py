"""Shared steps of the registry's state changes."""


def validate_and_save(instance, *, fields: dict | None = None, user=None):
    """Apply `fields`, validate every field and constraint, and save with `user` in the history."""
    for name, value in (fields or {}).items():
        setattr(instance, name, value)
    instance.full_clean()
    instance._history_user = user
    instance.save()
    return instance
