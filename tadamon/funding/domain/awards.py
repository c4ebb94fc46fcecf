"""Awards: which edition an award call runs, and a laureate's category and rank."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from tadamon.funding.enums import ApplicationStatus, CallKind
from tadamon.funding.models import Application, Award, AwardCategory, AwardEdition, AwardPlacement, Call


@transaction.atomic
def set_edition(call: Call, *, award: Award | None, year: int | None) -> AwardEdition | None:
    """The call runs `award`'s edition of `year`; no award: it runs none (its categories and
    laureates' places go with it)."""
    current = AwardEdition.objects.filter(call=call).first()
    if award is None:
        if current is not None:
            AwardPlacement.objects.filter(application__call=call).delete()
            current.delete()
        return None
    if call.kind != CallKind.AWARD:
        raise ValidationError(_("Only an award call runs an award's edition."))
    if not year:
        raise ValidationError({"year": _("Give the edition's year.")})
    taken = AwardEdition.objects.filter(award=award, year=year).exclude(call=call)
    if taken.exists():
        raise ValidationError({"year": _("This award already has an edition that year.")})
    edition = current or AwardEdition(call=call)
    edition.award, edition.year = award, year
    edition.full_clean()
    edition.save()
    return edition


def place_laureate(application: Application, *, category: AwardCategory | None, rank: int | None) -> AwardPlacement:
    """A laureate's category and rank: only for an application decided funded in an edition's call,
    in one of that edition's categories."""
    edition = AwardEdition.objects.filter(call_id=application.call_id).first()
    if edition is None:
        raise ValidationError(_("This call runs no award edition."))
    if application.status != ApplicationStatus.FUNDED:
        raise ValidationError(_("Only a laureate (an application decided funded) has a place."))
    if category is not None and category.edition_id != edition.pk:
        raise ValidationError({"category": _("This category belongs to another edition.")})
    placement, _created = AwardPlacement.objects.update_or_create(
        application=application, defaults={"category": category, "rank": rank})
    return placement
