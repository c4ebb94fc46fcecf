"""Actions queued on a field device and replayed when the network returns, received once each.

Each action carries an id made on the device (a UUID). `receive` applies it and records the id in
the same transaction; a replay of the same id (the answer was lost, the queue was sent twice, two
tabs sent it at once) finds the record and gets the first answer again, marked `repeated`, and
nothing is written twice. What applying means (the permission asked, the domain function called,
what counts as a conflict) is the interface's: `apply` returns (outcome, message).
"""

import uuid
from collections.abc import Callable
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from tadamon.accounts.enums import FieldOutcome
from tadamon.accounts.models import FieldAction


def parse_client_id(value) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except (TypeError, ValueError, AttributeError):
        return None


def _answer(action: FieldAction, *, repeated: bool) -> dict:
    return {"id": str(action.client_id), "outcome": action.outcome, "message": action.detail, "repeated": repeated}


def receive(user, *, client_id: uuid.UUID, kind: str, made_at: datetime | None, device=None,
            apply: Callable[[], tuple[str, str]]) -> dict:
    """Apply an action once. Returns {id, outcome, message, repeated}."""
    held = FieldAction.objects.filter(client_id=client_id).first()
    if held is not None:
        return _repeated(held, user)
    try:
        with transaction.atomic():
            # The id is claimed first: a second copy sent at the same moment waits here, then fails.
            action = FieldAction.objects.create(client_id=client_id, user=user, device=device, kind=kind,
                                                outcome=FieldOutcome.DONE, made_at=made_at)
            with transaction.atomic():
                outcome, message = apply()
                if outcome != FieldOutcome.DONE:
                    # Whatever a refused or conflicting action started is undone; its record stays.
                    transaction.set_rollback(True)
            action.outcome, action.detail = outcome, message
            action.save(update_fields=["outcome", "detail"])
    except IntegrityError:
        held = FieldAction.objects.filter(client_id=client_id).first()
        if held is None:
            raise
        return _repeated(held, user)
    return _answer(action, repeated=False)


def _repeated(held: FieldAction, user) -> dict:
    if held.user_id != user.pk:  # an id made on someone else's device: nothing to say about it
        return {"id": str(held.client_id), "outcome": FieldOutcome.REFUSED, "repeated": True,
                "message": _("This action was sent from another account.")}
    return _answer(held, repeated=True)
