import factory

from tadamon.funding.models import NameRequest
from tadamon.registry.enums import OrganizationKind
from tadamon.registry.tests.factories import OrganizationFactory, ProvinceRef


class NameRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NameRequest

    reference = factory.Sequence(lambda n: f"NC-2026-{n + 1:05d}")
    name_ar = "تعاونية أزهار تازناخت"
    name_latin = "Coopérative Azhar Taznakht"
    province = factory.SubFactory(ProvinceRef)
    authority = factory.SubFactory(OrganizationFactory, kind=OrganizationKind.PUBLIC_BODY, name_ar="مكتب تنمية التعاون",
                                   name_latin="Office du Développement de la Coopération")
    applicant_name = "Hadda Ait Ali"
    applicant_phone = "0612345678"
    applicant_email = "hadda@example.ma"


def make_call(sponsor, **fields):
    """An open funding call with two criteria (project quality ×2, impact ×1, out of 10)."""
    import datetime
    from decimal import Decimal

    from django.utils import timezone

    from tadamon.funding.models import Call, Criterion

    now = timezone.now()
    call = Call.objects.create(**{
        "kind": "funding", "title_fr": "Programme Moazara", "title_ar": "برنامج مؤازرة", "sponsor": sponsor,
        "opens_at": now - datetime.timedelta(days=10), "closes_at": now + datetime.timedelta(days=10),
        "budget_mad": Decimal("1000000"), "max_amount_mad": Decimal("300000"), "kinds": ["association", "cooperative"],
        **fields})
    Criterion.objects.create(call=call, name_fr="Qualité du projet", name_ar="جودة المشروع", weight=2, max_score=10)
    Criterion.objects.create(call=call, name_fr="Impact", name_ar="الأثر", weight=1, max_score=10)
    return call


def make_award_edition(sponsor, *, slug="lalla-al-moutaaouina", year=2019, categories=("Produits du terroir",)):
    """An award (for women's cooperatives) whose edition of `year` runs through a new award call,
    with its categories (French names)."""
    from tadamon.funding.domain import awards
    from tadamon.funding.models import Award, AwardCategory

    award = Award.objects.filter(slug=slug).first() or Award.objects.create(
        slug=slug, audience="women", name_fr="Prix Lalla Al Moutaaouina", name_ar="جائزة للا المتعاونة",
        name_en="Lalla Al Moutaaouina Award")
    call = make_call(sponsor, kind="award", title_fr=f"Prix {year}")
    edition = awards.set_edition(call, award=award, year=year)
    for position, name in enumerate(categories):
        AwardCategory.objects.create(edition=edition, name_fr=name, name_ar=name, position=position)
    return edition


def apply_and_decide(call, organization, outcome="funded", amount=None, by=None):
    """An application sent and decided: funded (50,000 MAD by default), waiting, rejected, or
    None to leave it submitted."""
    from decimal import Decimal

    from tadamon.funding.domain import calls

    application = calls.save_draft(call=call, organization=organization, title="Atelier de tissage", summary="",
                                   lines=[("Métiers à tisser", Decimal("80000"))], by=None)
    application = calls.submit(application, by=None)
    if outcome is None:
        return application
    reason = "Hors priorités." if outcome == "rejected" else ""
    amount = amount or (Decimal("50000") if outcome == "funded" else None)
    return calls.decide(application, by=by, outcome=outcome, amount=amount, reason=reason)
