"""Signals the registry sends, so that parts built on it (indicators) can follow its changes
without the registry knowing them."""

from django.dispatch import Signal

# Sent after an import wrote its organisations (committed); `count` says how many.
organizations_imported = Signal()
