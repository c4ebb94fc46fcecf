import pytest
from django.core.management import call_command

from tadamon.accounts.models import User
from tadamon.registry.models import Membership, Organization, Person

pytestmark = pytest.mark.django_db


def counts():
    return (Organization.objects.count(), Person.objects.count(), Membership.objects.count(), User.objects.count())


def test_load_demo_creates_the_articles_organisations_and_is_idempotent(capsys):
    """One test, because loading the demo takes half a minute: everything it promises is
    checked on the same load (the Cooper UP checks are below)."""
    call_command("load_demo")
    first = counts()
    check_cooper_up_with_its_cooperatives_in_the_four_provinces()
    check_cooper_up_training_adds_up_to_about_900_people_trained()
    check_organisation_names_are_unique_in_the_registry()
    check_the_150_trained_in_2023_are_the_regional_fairs_participants()
    check_the_members_brought_to_the_2015_fair_match_the_support_records()
    check_generated_declarations_sessions_and_name_requests_vary()
    check_every_product_has_a_picture_of_its_kind_with_a_thumbnail()
    check_the_fairs_show_their_exhibitors()
    call_command("load_demo")
    assert counts() == first
    out = capsys.readouterr().out
    assert "admin    / tadamon-demo" in out
    imider = Organization.objects.get(name_latin="Association Imider")
    assert (imider.name_ar, imider.province.code, imider.commune.name_fr) == ("جمعية إيمضر", "MA-TIN", "Imider")
    assert Organization.objects.get(name_latin="Coopérative des Dattes d'Agdz").province.code == "MA-ZAG"
    for acronym in ("ODCO", "ONSSA", "INDH", "ADS", "ONCA", "REMESS"):
        assert Organization.objects.filter(acronym=acronym).exists(), acronym
    generated = Organization.objects.filter(registry_number__startswith="DEMO-")
    assert generated.count() == 240
    assert set(generated.values_list("province__code", flat=True)) == {"MA-TIN", "MA-OUA", "MA-ZAG", "MA-HAO", "MA-ERR"}
    manager = User.objects.get(username="manager")
    assert manager.organization.name_latin == "Coopérative des Femmes de Dadès"

    from tadamon.market.domain.queries.orders import orders_of_buyer, orders_seen_by

    seen = orders_seen_by(manager)
    assert sorted(seen.values_list("status", flat=True)) == [
        "answered", "confirmed", "declined", "delivered", "shipped", "submitted"]  # not the unconfirmed one
    assert seen.get(status="declined").updates.last().message.startswith("Nous ne pouvons pas produire")
    assert orders_of_buyer(User.objects.get(username="buyer")).count() == 2

    from django.db.models import Sum

    from tadamon.partnerships.domain.queries.agreements import agreements_visible_to
    from tadamon.partnerships.domain.queries.commitments import with_progress
    from tadamon.partnerships.models import Commitment, Support

    statuses = sorted(with_progress(Commitment.objects.all()).values_list("status", flat=True))
    assert statuses == ["delivered"] * 5 + ["late"] * 5
    fair = Support.objects.filter(kind="transport", commitment__deliverable__contains="Salon national")
    assert fair.aggregate(people=Sum("people"))["people"] > 35  # "more than 35 members" (article 000)
    assert agreements_visible_to(User.objects.get(username="staff")).count() == 1

    from tadamon.funding.domain.calls import ranking
    from tadamon.funding.domain.queries.support_requests import requests_visible_to, with_delays
    from tadamon.funding.models import Application, Call, NameRequest

    # Article 004: 23 association projects funded by Moazara in Drâa-Tafilalet, in 2023.
    funded = Application.objects.filter(call__title_fr__startswith="Programme Moazara", status="funded",
                                        decided_at__year=2023, organization__province__region__code="MA-08",
                                        organization__kind="association")
    assert funded.count() == 23
    women_award = Call.objects.filter(kind="award", women_only=True).order_by("pk").first()  # the open one
    ranked = ranking(women_award)
    assert len(ranked) == 5 and ranked[0].score >= ranked[-1].score
    assert sum(r.conflicts for r in ranked) == 1 and not all(r.complete for r in ranked)
    officer = User.objects.get(username="officer")
    assert with_delays(requests_visible_to(officer)).count() == 2
    assert NameRequest.objects.filter(verdict="clash").exists() and NameRequest.objects.filter(verdict="clear").exists()

    from tadamon.funding.domain.compliance import last_closed_year
    from tadamon.funding.domain.queries.compliance import inspection_plan
    from tadamon.funding.models import Inspection

    # Article 004: 59 inspections under Law 112.12 in Drâa-Tafilalet in 2023.
    assert Inspection.objects.filter(done_on__year=2023, organization__province__region__code="MA-08").count() == 59
    assert manager.organization.declarations.filter(year=last_closed_year()).exists()
    riskiest = list(inspection_plan(last_closed_year())[:3])
    assert riskiest[0].compliance <= riskiest[-1].compliance < 100

    # Article 004's figures for Drâa-Tafilalet at the end of 2023, read from the precomputed
    # indicators exactly as the dashboard reads them.
    from tadamon.indicators.catalogue import BY_CODE
    from tadamon.indicators.domain.figures import table
    from tadamon.registry.models import Region

    region = Region.objects.get(code="MA-08")
    figures = {code: table(BY_CODE[code], 2023, region=region)[None] for code in (
        "cooperatives", "cooperative_members", "women_cooperatives", "fair_exhibitors", "projects_funded",
        "awareness_sessions", "name_requests_processed", "inspections", "people_trained")}
    assert figures == {"cooperatives": 5515, "cooperative_members": 76188, "women_cooperatives": 568,
                       "fair_exhibitors": 160, "projects_funded": 23, "awareness_sessions": 76,
                       "name_requests_processed": 5545, "inspections": 59, "people_trained": 150}

    # Article 003: Cooper UP's dashboard, 50+ cooperatives accompanied and about 900 people trained
    # in its four provinces, read as its public page reads them.
    from tadamon.indicators.domain.programme_figures import programme_dashboard
    from tadamon.programmes.models import Programme

    cooper_up = programme_dashboard(Programme.objects.get(name_fr="Cooper UP"))
    organizations, people, _sessions = (t.actual for t in cooper_up["targets"])
    assert organizations == 52 and 850 <= people <= 950
    assert len(cooper_up["by_province"]) == 4 and all(people and organizations
                                                      for _name, people, _p, organizations in cooper_up["by_province"])


def test_generate_data_is_reproducible_and_gives_every_organisation_its_officers(capsys):
    call_command("generate_data", organizations=30, members=120, seed=7)
    assert "Created 30 organisations and 120 members" in capsys.readouterr().out
    assert Membership.objects.filter(role="president").count() == 30
    first_names = list(Organization.objects.order_by("pk").values_list("name_latin", flat=True))
    Membership.objects.all().delete()
    Person.objects.all().delete()
    Organization.objects.all().delete()
    call_command("generate_data", organizations=30, members=120, seed=7)
    assert list(Organization.objects.order_by("pk").values_list("name_latin", flat=True)) == first_names


def test_generated_people_have_encrypted_cin_and_search_fields():
    call_command("generate_data", organizations=5, members=40, seed=3)
    person = Person.objects.exclude(cin_hash="").first()
    assert person.cin_hash and len(person.cin) == 9
    assert Organization.objects.exclude(search_key="").count() == 5


def test_generate_data_refuses_members_without_organisations():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Members need organisations"):
        call_command("generate_data", organizations=0, members=10)


def check_cooper_up_with_its_cooperatives_in_the_four_provinces():
    from tadamon.programmes.models import Programme

    cooper_up = Programme.objects.get(name_fr="Cooper UP")
    enrolments = cooper_up.enrolments.all()
    assert enrolments.count() == 52 and cooper_up.target_organizations == 50
    assert set(enrolments.values_list("organization__province__code", flat=True)) == {
        "MA-HAO", "MA-TIN", "MA-OUA", "MA-ZAG"}
    assert set(enrolments.values_list("status", flat=True)) == {"active"}
    assert [s.name_latin for s in cooper_up.sponsors.all()] == ["Managem"]
    assert set(cooper_up.staff.values_list("username", flat=True)) == {"staff", "ngo"}
    assert cooper_up.phases.count() == 2


def check_cooper_up_training_adds_up_to_about_900_people_trained():
    from tadamon.programmes.domain.diagnosis import cohort_profile
    from tadamon.programmes.domain.training import training_figures
    from tadamon.programmes.models import Programme

    cooper_up = Programme.objects.get(name_fr="Cooper UP")
    figures = training_figures(cooper_up)
    assert 850 <= figures["people_trained"] <= 950  # article 003: "about 900 people"
    assert figures["women_trained"] + figures["men_trained"] == figures["people_trained"]
    assert cohort_profile(cooper_up)["diagnosed"] == 52
    weakest = [d for d, _label, _score in cohort_profile(cooper_up)["dimensions"][:2]]
    assert set(weakest) <= {"certification", "marketing", "finance"}  # the article's obstacles


def check_organisation_names_are_unique_in_the_registry():
    """The name rules: no two organisations with the same name once normalised, in Arabic or in
    Latin script (the generator once gave "تعاونية أزير إميضر" eleven times)."""
    from collections import Counter

    from tadamon.common.text import normalize_text

    names = list(Organization.objects.values_list("name_ar", "name_latin"))
    for script in (0, 1):
        repeated = [(name, n) for name, n in Counter(normalize_text(row[script]) for row in names).items() if n > 1]
        assert repeated == [], repeated[:5]
    assert len(names) > 5000


def check_the_150_trained_in_2023_are_the_regional_fairs_participants():
    """Article 004: training for the participants of the 1st regional fair in Errachidia, 150
    cooperative members; Mourafaka trains nobody in 2023."""
    from tadamon.events.models import Participant
    from tadamon.programmes.models import Programme, Registration

    trained = Registration.objects.filter(attended=True, session__starts_at__year=2023,
                                          organization__province__region__code="MA-08")
    assert trained.values("person").distinct().count() == 150
    assert set(trained.values_list("session__programme__name_fr", flat=True)) == {
        "Formations des participants à la 1re Foire régionale de Drâa-Tafilalet"}
    fair = Participant.objects.filter(event__kind="regional_fair", event__edition=1)
    assert set(trained.values_list("person_id", flat=True)) <= set(fair.values_list("person_id", flat=True))
    assert set(trained.values_list("organization__kind", flat=True)) == {"cooperative"}
    assert set(trained.values_list("session__province__code", flat=True)) == {"MA-ERR"}
    assert all(s.date().isoformat() >= "2023-10-12" and s.date().isoformat() <= "2023-10-15"
               for s in trained.values_list("session__starts_at", flat=True))
    mourafaka = Programme.objects.get(name_fr="Programme Mourafaka")
    assert not Registration.objects.filter(session__programme=mourafaka).exists()


def check_the_members_brought_to_the_2015_fair_match_the_support_records():
    """Article 000: Managem's transport and lodging for 35+ members: the fair's travellers and the
    support records are the same members, each organisation's bus leaving from its own province."""
    from django.db.models import Sum

    from tadamon.events.models import Participant, Trip
    from tadamon.partnerships.models import Support

    brought = Participant.objects.filter(event__kind="national_fair", event__edition=4, trips__isnull=False)
    supports = Support.objects.filter(commitment__deliverable__contains="4e Salon national")
    by_organization = {}
    for participant in brought.select_related("organization__province"):
        by_organization[participant.organization] = by_organization.get(participant.organization, 0) + 1
    for kind in ("transport", "lodging"):
        rows = supports.filter(kind=kind).select_related("recipient__province")
        assert {s.recipient: s.people for s in rows} == by_organization
    assert brought.count() > 35
    for support in supports.filter(kind="transport").select_related("recipient__province"):
        assert support.description == f"Car {support.recipient.province.name_fr}–Casablanca aller-retour"
    for trip in Trip.objects.filter(event__kind="national_fair", event__edition=4):
        assert {p.organization.province_id for p in trip.passengers.select_related("organization")} == {
            trip.origin_id}
    spent = sum(t.cost for t in Trip.objects.filter(event__edition=4, event__kind="national_fair"))
    assert abs(supports.filter(kind="transport").aggregate(v=Sum("value_mad"))["v"] - spent) < 1


def check_generated_declarations_sessions_and_name_requests_vary():
    from tadamon.events.models import Event
    from tadamon.funding.models import AnnualDeclaration, NameRequest

    declarations = AnnualDeclaration.objects.filter(organization__registry_number__startswith="DT2023-")
    assert declarations.count() > 4000
    for field, at_least in (("members_women", 5), ("members_men", 5), ("capital_subscribed_mad", 20),
                            ("turnover_mad", 20), ("general_assembly_on", 20)):
        assert declarations.values(field).distinct().count() > at_least, field
    assert declarations.filter(general_assembly_held=False).exists() and declarations.filter(
        accounts_filed=False).exists()
    sessions = Event.objects.filter(kind="awareness", starts_at__year=2023)
    assert sessions.count() == 76
    assert sessions.values("name_fr").distinct().count() >= 8 and sessions.values("venue").distinct().count() >= 5
    assert sessions.values("city").distinct().count() >= 8
    assert all(s.weekday() < 5 for s in sessions.values_list("starts_at", flat=True))
    requests = NameRequest.objects.filter(reference__startswith="NC-2023-")
    assert requests.count() > 5000
    assert not requests.filter(name_ar__regex=r"[0-9]").exists() and not requests.filter(applicant_name="—").exists()
    assert requests.values("name_ar").distinct().count() > 0.95 * requests.count()
    assert requests.values("applicant_name").distinct().count() > 100
    approved = requests.filter(status="approved").values_list("name_ar", flat=True)
    assert not Organization.objects.filter(name_ar__in=list(approved)).exists()
    refused = requests.filter(status="refused").values_list("name_ar", flat=True)
    assert Organization.objects.filter(name_ar__in=list(refused)).exists()
    assert requests.values("grade").distinct().count() == 3 and requests.values("decision_reason").distinct().count() > 2


def check_every_product_has_a_picture_of_its_kind_with_a_thumbnail():
    from PIL import Image

    from tadamon.market.models import Product, ProductPhoto

    assert not Product.objects.filter(photos__isnull=True).exists()
    photos = list(ProductPhoto.objects.select_related("product__category"))
    assert len(photos) == Product.objects.count() > 100
    for photo in photos[:5]:
        storage = photo.image.storage
        with storage.open(photo.image.name) as image_file, storage.open(photo.thumbnail.name) as thumbnail_file:
            with Image.open(image_file) as image, Image.open(thumbnail_file) as thumbnail:
                assert max(thumbnail.size) <= 400 < max(image.size)
    # Drawn per kind: two products of the same name share a picture, two kinds differ.
    by_name = {}
    for photo in photos:
        with photo.image.storage.open(photo.image.name) as image_file:
            by_name.setdefault(photo.product.name_fr, set()).add(image_file.read())
    assert all(len(pictures) == 1 for pictures in by_name.values())
    assert len({next(iter(p)) for p in by_name.values()}) == len(by_name)


def test_generated_names_are_unique_once_normalised_and_the_same_for_a_seed():
    """One place and one sector: the words run out, then douars tell the names apart; a name
    already in the registry (its alef or hamza written differently) is never given again."""
    import random
    from types import SimpleNamespace

    from tadamon.common.text import normalize_text
    from tadamon.demo.org_names import UniqueNames

    place = SimpleNamespace(name_ar="إميضر", name_fr="Imider")

    def draw(seed):
        taken = [("تعاونية ازير لتثمين التمور إميضر الشرقية", "Coopérative Azir Imider")]
        names = UniqueNames(random.Random(seed), taken)
        return [names.name(kind="cooperative", sector_code="dates", place=place, word=("أزير", "Azir"))
                for _ in range(200)]

    made = draw(1)
    assert made == draw(1)
    assert len({normalize_text(ar) for ar, _latin in made}) == len({normalize_text(la) for _ar, la in made}) == 200
    assert made[0] == ("تعاونية أزير لتثمين التمور إميضر", "Coopérative Azir de valorisation des dattes Imider")
    taken = UniqueNames(random.Random(2), [("تعاونيه ازير لتثمين التمور اميضر", "Cooperative AZIR de valorisation des "
                                                                       "dattes Imider")])
    assert taken.name(kind="cooperative", sector_code="dates", place=place, word=("أزير", "Azir"))[0] != made[0][0]
    assert any("دوار" in ar for ar, _latin in made)


def check_the_fairs_show_their_exhibitors():
    """Article 000: more than 20 exhibitors at the 2015 national fair; article 004: 160 at the
    2023 regional fair, in the API and listed with links on their public pages."""
    from django.test import Client
    from rest_framework.test import APIClient

    from tadamon.events.models import Event

    national = Event.objects.get(kind="national_fair", edition=4)
    regional = Event.objects.get(kind="regional_fair", starts_at__year=2023)
    for fair in (national, regional):
        data = APIClient().get(f"/api/v1/events/{fair.pk}").json()
        assert len(data["exhibitor_list"]) == data["exhibitors"]
        html = Client().get(f"/fr/events/{fair.pk}/").content.decode()
        assert html.count('<li id="exhibitor-') == data["exhibitors"]
        assert f"/fr/products/?event={fair.pk}" in html
    assert APIClient().get(f"/api/v1/events/{national.pk}").json()["exhibitors"] >= 20
    assert APIClient().get(f"/api/v1/events/{regional.pk}").json()["exhibitors"] == 160


def test_demo_products_get_a_picture_of_their_kind_through_the_photo_pipeline():
    """Without loading the whole demo: two argan cooperatives and a date cooperative get their
    products, each with a drawn picture stored like a back-office photo (at most 1,600 px, a
    400 px thumbnail), the same drawing for the same product, a different one per product."""
    from PIL import Image

    from tadamon.demo.products import load_products
    from tadamon.market.models import ProductPhoto
    from tadamon.registry.models import Sector
    from tadamon.registry.tests.factories import OrganizationFactory

    OrganizationFactory.create_batch(2, status="active")
    OrganizationFactory(status="active", sector=Sector.objects.get(code="dates"))
    assert load_products() == 6
    pictures = {}
    for photo in ProductPhoto.objects.select_related("product"):
        storage = photo.image.storage
        with storage.open(photo.image.name) as image_file, storage.open(photo.thumbnail.name) as thumbnail_file:
            with Image.open(image_file) as image, Image.open(thumbnail_file) as thumbnail:
                assert (image.format, image.size, max(thumbnail.size)) == ("JPEG", (800, 600), 400)
            image_file.seek(0)
            pictures.setdefault(photo.product.name_fr, set()).add(image_file.read())
        assert photo.alt == ""  # pages describe it by the product's name in their own language
    assert sorted(pictures) == ["Amlou", "Dattes Boufeggous", "Dattes Mejhoul", "Huile d'argan alimentaire"]
    assert all(len(same) == 1 for same in pictures.values())
    assert len({next(iter(same)) for same in pictures.values()}) == 4
