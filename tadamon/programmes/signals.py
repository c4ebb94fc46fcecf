"""The programme page's training figures are kept in the cache (programmes/domain/training.py):
a change to a programme's attendance or sessions forgets them."""

from django.db.models.signals import post_delete, post_save

from tadamon.programmes.domain.training import forget_training_figures
from tadamon.programmes.models import Registration, Session


def _registration_changed(sender, instance, **kwargs) -> None:
    if Registration.session.is_cached(instance):
        programme_id = instance.session.programme_id
    else:
        programme_id = Session.objects.filter(pk=instance.session_id).values_list("programme_id", flat=True).first()
    if programme_id is not None:
        forget_training_figures(programme_id)


def _session_changed(sender, instance, **kwargs) -> None:
    forget_training_figures(instance.programme_id)


post_save.connect(_registration_changed, sender=Registration, dispatch_uid="programmes-registration-saved")
post_delete.connect(_registration_changed, sender=Registration, dispatch_uid="programmes-registration-deleted")
post_save.connect(_session_changed, sender=Session, dispatch_uid="programmes-session-saved")
post_delete.connect(_session_changed, sender=Session, dispatch_uid="programmes-session-deleted")
