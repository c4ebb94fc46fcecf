"""Sorting by name follows the page's script: by_name orders by the Arabic names on an Arabic page
and by the Latin ones on a French page, a name missing in that script sorting by its other form."""

import pytest
from django.utils import translation

from tadamon.common.i18n import by_name
from tadamon.registry.models import Organization
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_organizations(db):
    OrganizationFactory(name_ar="تعاونية الأمل", name_latin="Coopérative Zahra")  # ت in Arabic, Z in Latin
    OrganizationFactory(name_ar="جمعية بدر", name_latin="Association Badr")  # ج, A
    OrganizationFactory(name_ar="", name_latin="Atlas Bio")  # Latin only: sorts by "Atlas" on both pages
    OrganizationFactory(name_ar="أركان", name_latin="")  # Arabic only: by "أركان", not first for an empty name


def names(language: str) -> list[str]:
    with translation.override(language):
        shown = Organization.objects.filter(name_ar__in=["تعاونية الأمل", "جمعية بدر", "", "أركان"])
        return [o.name_latin or o.name_ar for o in shown.order_by(by_name(), "pk")]


def test_an_arabic_page_sorts_by_the_arabic_names(three_organizations):
    # "Atlas Bio" (Latin letters) sorts before the Arabic letters, not first for an empty Arabic name.
    assert names("ar") == ["Atlas Bio", "أركان", "Coopérative Zahra", "Association Badr"]


def test_a_french_page_sorts_by_the_latin_names(three_organizations):
    assert names("fr") == ["Association Badr", "Atlas Bio", "Coopérative Zahra", "أركان"]


def test_related_fields_can_be_named(three_organizations):
    with translation.override("fr"):
        term = by_name("organization__name_ar", "organization__name_latin")
    assert "organization__name_latin" in str(term.expression.source_expressions[0])
