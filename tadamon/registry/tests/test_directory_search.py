"""The directory's search (public, back office, API): organisations found by what their names mean,
in either script, as well as by their letters and sound."""

import pytest

from tadamon.registry.domain.queries.directory import DirectoryFilters, directory
from tadamon.registry.models import Organization
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

NAMES = {
    "dates": ("تعاونية التمور أكدز", ""),
    "saffron": ("تعاونية الزعفران تالوين", ""),
    "argan women": ("تعاونية نساء أركان تمنار", "Coopérative Féminine Argan Tamanar"),
    "carpets": ("جمعية الزرابي تازناخت", ""),
    "tagines": ("", "Coopérative des Tajines de Safi"),
    "honey": ("تعاونية العسل والنحل", ""),
    "imider": ("تعاونية إميضر", ""),
}


@pytest.fixture
def organizations(db):
    return {key: OrganizationFactory(name_ar=ar, name_latin=latin) for key, (ar, latin) in NAMES.items()}


def found(organizations, q) -> set[str]:
    by_pk = {o.pk: key for key, o in organizations.items()}
    return {by_pk[pk] for pk in directory(DirectoryFilters(q=q)).values_list("pk", flat=True) if pk in by_pk}


@pytest.mark.parametrize("q", ["تمر", "تمور", "التمور", "بالتمور", "dattes", "dates"])
def test_dates_singular_plural_article_or_french_find_the_arabic_name(organizations, q):
    assert found(organizations, q) == {"dates"}


@pytest.mark.parametrize("q, expected", [
    ("الزعفران", {"saffron"}), ("safran", {"saffron"}), ("saffron", {"saffron"}),
    ("argane", {"argan women"}), ("الأركان", {"argan women"}), ("أرگان", {"argan women"}),
    ("تعاونية نسوية أركان", {"argan women"}), ("femmes argan", {"argan women"}),
    ("زربية", {"carpets"}), ("tapis", {"carpets"}), ("carpets", {"carpets"}),
    ("طاجين", {"tagines"}), ("طواجين", {"tagines"}), ("miel", {"honey"}), ("abeilles", {"honey"}),
])
def test_a_product_named_in_any_language_finds_the_organisation(organizations, q, expected):
    assert found(organizations, q) == expected


def test_a_latin_name_still_finds_an_arabic_name_by_its_sound(organizations):
    assert found(organizations, "Imider") == {"imider"}


@pytest.mark.parametrize("q", ["تمور الزعفران", "safran argan", "حناء", "dattes Safi"])
def test_what_no_organisation_is_finds_nothing(organizations, q):
    assert found(organizations, q) == set()


def test_the_exact_name_comes_first_then_the_words_in_order():
    for name in ("تعاونية أركان الأطلس", "أركان تعاونية", "تعاونية أركان"):
        OrganizationFactory(name_ar=name, name_latin="")
    assert [o.name_ar for o in directory(DirectoryFilters(q="تعاونية أركان"))] == [
        "تعاونية أركان", "تعاونية أركان الأطلس", "أركان تعاونية"]


def test_renaming_an_organisation_changes_what_finds_it(organizations):
    organization = organizations["imider"]
    organization.name_ar = "تعاونية الحناء"
    organization.save(update_fields=["name_ar"])
    assert "~henna" in Organization.objects.get(pk=organization.pk).search_terms
    assert found(organizations, "henné") == {"imider"}


def test_the_public_directory_finds_arabic_names_from_french(client, organizations):
    page = client.get("/fr/organizations/", {"q": "safran"}).content.decode()
    assert "تعاونية الزعفران تالوين" in page and "تعاونية التمور أكدز" not in page


def test_the_data_migration_fills_the_terms_of_rows_already_there(organizations):
    from tadamon.common.search_terms import fill_search_terms

    Organization.objects.update(search_terms="")
    assert found(organizations, "dattes") == set()
    assert fill_search_terms(Organization.objects.all(), ("name_ar", "name_latin", "acronym"), batch_size=3) == 7
    assert found(organizations, "dattes") == {"dates"}


@pytest.mark.parametrize("q, expected", [
    ("forêt", "forest"), ("الغابة", "forest"), ("forest", "forest"),
    ("déchets", "waste"), ("نفايات", "waste"), ("recyclage", "waste"),
    ("filage", "spinning"), ("غزل", "spinning"), ("laine", "spinning"),
    ("préscolaire", "preschool"), ("التعليم الأولي", "preschool"),
])
def test_what_associations_work_for_is_found_in_either_language(q, expected):
    names = {"forest": ("جمعية تيدارين لحماية الغابة", ""), "waste": ("", "Association Tagant de recyclage des déchets"),
             "spinning": ("تعاونية أفولكي لغزل الصوف", ""), "preschool": ("", "Association Tamount d'enseignement préscolaire")}
    made = {key: OrganizationFactory(name_ar=ar, name_latin=latin) for key, (ar, latin) in names.items()}
    assert found(made, q) == {expected}


@pytest.mark.parametrize("q, expected", [("حليب", {"milk"}), ("lait", {"milk"}), ("لبنى", {"loubna"}), ("Loubna", {"loubna"})])
def test_a_womans_name_is_not_the_product_it_starts_like(q, expected):
    # لبنى (Loubna) is not لبن (milk) with an ending.
    names = {"loubna": ("تعاونية لبنى للكسكس", ""), "milk": ("تعاونية الوفاء لإنتاج الحليب", "")}
    made = {key: OrganizationFactory(name_ar=ar, name_latin=latin) for key, (ar, latin) in names.items()}
    assert found(made, q) == expected
