import pytest
from django.core.exceptions import ValidationError

from tadamon.common.concurrency import ConcurrentEditError
from tadamon.registry.domain.organizations import create_organization, history, update_organization
from tadamon.registry.domain.queries.directory import DirectoryFilters, directory, members_band
from tadamon.registry.models import Organization, Province, Sector
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def names(queryset):
    return sorted(o.name_latin for o in queryset)


def test_search_finds_an_arabic_name_from_a_latin_query_and_back():
    OrganizationFactory(name_ar="جمعية إيمضر", name_latin="")
    OrganizationFactory(name_ar="", name_latin="Association Tazrzit")
    OrganizationFactory(name_ar="تعاونية الأمل", name_latin="Coopérative Al Amal")
    assert [o.name_ar for o in Organization.objects.search("imider")] == ["جمعية إيمضر"]
    assert names(Organization.objects.search("تازرزيت")) == ["Association Tazrzit"]


def test_search_ignores_hamza_ta_marbuta_case_and_accents():
    OrganizationFactory(name_ar="تعاونية الأمل", name_latin="Coopérative Al Amal")
    assert Organization.objects.search("تعاونيه الامل").count() == 1
    assert Organization.objects.search("COOPERATIVE al amal").count() == 1
    assert Organization.objects.search("zagora").count() == 0


def test_directory_filters_by_region_province_sector_group_and_flags():
    tinghir = OrganizationFactory(province=Province.objects.get(code="MA-TIN"), is_women=True,
                                  sector=Sector.objects.get(code="dates"))
    OrganizationFactory(province=Province.objects.get(code="MA-HAO"), is_youth=True,
                        sector=Sector.objects.get(code="embroidery"))
    assert list(directory(DirectoryFilters(region="MA-08"))) == [tinghir]
    assert list(directory(DirectoryFilters(province="MA-TIN"))) == [tinghir]
    assert list(directory(DirectoryFilters(sector="agrifood"))) == [tinghir]  # the group includes dates
    assert list(directory(DirectoryFilters(women=True))) == [tinghir]
    assert directory(DirectoryFilters(youth=True)).get().province.code == "MA-HAO"


def test_create_organization_refuses_a_commune_outside_rules_and_missing_names():
    with pytest.raises(ValidationError) as error:
        create_organization(fields={"kind": "cooperative", "name_ar": "", "name_latin": "",
                                    "province": Province.objects.get(code="MA-TIN")})
    assert "org_has_a_name" in str(error.value) or "name" in str(error.value).lower()
    assert Organization.objects.count() == 0


def test_update_with_a_stale_version_is_refused_and_changes_nothing(admin_user):
    organization = OrganizationFactory(name_latin="Before")
    update_organization(organization, fields={"name_latin": "First edit"}, expected_version=1, user=admin_user)
    stale = Organization.objects.get(pk=organization.pk)
    with pytest.raises(ConcurrentEditError):
        update_organization(stale, fields={"name_latin": "Second edit"}, expected_version=1, user=admin_user)
    assert Organization.objects.get(pk=organization.pk).name_latin == "First edit"


def test_history_says_who_changed_what(admin_user):
    organization = create_organization(
        fields={"kind": "cooperative", "name_ar": "تعاونية", "name_latin": "Old name",
                "province": Province.objects.get(code="MA-TIN")}, user=admin_user)
    update_organization(organization, fields={"name_latin": "New name", "status": "dormant"},
                        expected_version=organization.version, user=admin_user)
    latest = history(organization)[0]
    assert latest["who"] == admin_user
    changed = {str(f["field"]): (f["old"], f["new"]) for f in latest["fields"]}
    assert changed == {"name in Latin script": ("Old name", "New name"), "status": ("Active", "Dormant")}


def test_history_says_yes_and_no_and_dates_in_the_readers_language(admin_user):
    import datetime

    from django.utils import translation

    organization = create_organization(
        fields={"kind": "cooperative", "name_ar": "تعاونية", "province": Province.objects.get(code="MA-TIN"),
                "creation_date": datetime.date(2012, 3, 15)}, user=admin_user)
    update_organization(organization, fields={"is_women": True, "creation_date": datetime.date(2012, 4, 1)},
                        expected_version=organization.version, user=admin_user)
    with translation.override("ar"):
        changed = {str(f["field"]): (f["old"], f["new"]) for f in history(organization)[0]["fields"]}
    assert changed["هيئة نسوية"] == ("لا", "نعم")
    assert changed["تاريخ التأسيس"] == ("15 مارس 2012", "1 أبريل 2012")


def test_history_of_an_organisation_created_in_bulk_is_empty():
    organization = OrganizationFactory()
    organization.history.all().delete()  # as generate_data leaves it
    assert history(organization) == []


@pytest.mark.parametrize(("count", "band"), [(0, "0"), (3, "1–9"), (10, "10–24"), (60, "50–99"), (250, "100+")])
def test_members_band(count, band):
    assert members_band(count) == band
