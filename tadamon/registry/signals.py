"""Signals the registry sends, so that parts built on it (indicators) can follow its changes
without the registry knowing them."""

import uuid

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal

# Sent after an import wrote its organisations (committed); `count` says how many, `since` the
# year the oldest of them was created (None when one has no creation date).
organizations_imported = Signal()

# A token in the cache that changes whenever an organisation is saved, deleted or imported: the name
# check rebuilds its index of registered names when it changes (one cache read instead of an aggregate
# over every organisation). A fresh token, not a counter: a counter evicted and restarted could come
# back to a value a process has already seen.
NAMES_VERSION_KEY = "registry:names-version"


def names_version() -> str | None:
    return cache.get(NAMES_VERSION_KEY)


def names_changed(**kwargs) -> None:
    # At once, for this transaction's own checks, and again once committed: a check in another process
    # that rebuilt in between, from what was committed then, rebuilds once more.
    cache.set(NAMES_VERSION_KEY, uuid.uuid4().hex, None)
    transaction.on_commit(lambda: cache.set(NAMES_VERSION_KEY, uuid.uuid4().hex, None))


post_save.connect(names_changed, sender="registry.Organization", dispatch_uid="registry-names-saved")
post_delete.connect(names_changed, sender="registry.Organization", dispatch_uid="registry-names-deleted")
organizations_imported.connect(names_changed, dispatch_uid="registry-names-imported")
