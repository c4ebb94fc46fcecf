"""A programme's page keeps its counts in the cache (programmes/domain/page_figures.py): a change to
one of the programme's registrations, sessions or enrolments forgets them."""

from django.db.models.signals import post_delete, post_save

from tadamon.programmes.domain import page_figures
from tadamon.programmes.models import Enrolment, Registration, Session


def _registration_changed(sender, instance, **kwargs) -> None:
    if Registration.session.is_cached(instance):
        programme_id = instance.session.programme_id
    else:
        programme_id = Session.objects.filter(pk=instance.session_id).values_list("programme_id", flat=True).first()
    if programme_id is not None:
        page_figures.forget(programme_id)


def _programme_part_changed(sender, instance, **kwargs) -> None:
    page_figures.forget(instance.programme_id)


post_save.connect(_registration_changed, sender=Registration, dispatch_uid="programmes-registration-saved")
post_delete.connect(_registration_changed, sender=Registration, dispatch_uid="programmes-registration-deleted")
for model in (Session, Enrolment):
    post_save.connect(_programme_part_changed, sender=model, dispatch_uid=f"programmes-{model.__name__}-saved")
    post_delete.connect(_programme_part_changed, sender=model, dispatch_uid=f"programmes-{model.__name__}-deleted")
