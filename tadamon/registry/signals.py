"""Signals the registry sends, so that parts built on it (indicators) can follow its changes
without the registry knowing them."""

from django.dispatch import Signal

# Sent after an import wrote its organisations (committed); `count` says how many, `since` the
# year the oldest of them was created (None when one has no creation date).
organizations_imported = Signal()
