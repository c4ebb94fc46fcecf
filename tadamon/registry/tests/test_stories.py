"""An organisation's description becomes its public story in the language it is written in."""

import io

import pytest

from tadamon.registry.domain.imports import import_organizations
from tadamon.registry.models import Organization

pytestmark = pytest.mark.django_db


def test_an_imported_description_fills_the_story_of_its_language():
    text = ("kind,name_ar,name_latin,province,description\n"
            "cooperative,تعاونية تافوكت,,MA-TIN,تعاونية نسائية لإنتاج زيت الأركان\n"
            "cooperative,,Coopérative Assif,MA-ZAG,Coopérative de femmes pour les dattes de la vallée\n")
    report = import_organizations(io.BytesIO(text.encode("utf-8")), filename="orgs.csv")
    assert report.ok
    tafoukt = Organization.objects.get(name_ar="تعاونية تافوكت")
    assert (tafoukt.story_ar, tafoukt.story_fr, tafoukt.story_en) == ("تعاونية نسائية لإنتاج زيت الأركان", "", "")
    assif = Organization.objects.get(name_latin="Coopérative Assif")
    assert (assif.story_ar, assif.story_fr) == ("", "Coopérative de femmes pour les dattes de la vallée")


def test_the_data_migration_moves_each_description_into_the_story_of_its_language():
    from importlib import import_module

    from django.apps import apps

    from tadamon.registry.tests.factories import OrganizationFactory

    migration = import_module("tadamon.registry.migrations.0006_public_page")
    arabic = OrganizationFactory(description="تعاونية لتقطير ماء الورد")
    english = OrganizationFactory(description="Women's cooperative; exhibited at the 4th national SSE fair.")
    french = OrganizationFactory(description="Coopérative de femmes de la vallée du Dadès")
    empty = OrganizationFactory(description="")
    migration.description_to_story(apps, None)
    for organization in (arabic, english, french, empty):
        organization.refresh_from_db()
    assert (arabic.story_ar, arabic.story_fr, arabic.story_en) == (arabic.description, "", "")
    assert (english.story_ar, english.story_fr, english.story_en) == ("", "", english.description)
    assert (french.story_ar, french.story_fr, french.story_en) == ("", french.description, "")
    assert (empty.story_ar, empty.story_fr, empty.story_en) == ("", "", "")
    assert arabic.description  # kept for the import files and the registry API
