"""The name check: generic words weigh little, names compare across scripts, the closest come
first with their reason, pending requests count, and a proposed name gets a distinctiveness grade."""

import csv
import datetime
from pathlib import Path

import pytest
from django.utils import timezone

from tadamon.funding.domain.name_check import CLOSE, check_name, compare_names, name_forms
from tadamon.funding.enums import NameRequestStatus
from tadamon.funding.tests.factories import NameRequestFactory
from tadamon.registry.tests.factories import OrganizationFactory

LABELLED_PAIRS = Path(__file__).resolve().parents[3] / "benchmarks" / "data" / "name_pairs.csv"


def score(a: str, b: str) -> int:
    return compare_names(name_forms(a), name_forms(b)).score


def test_generic_words_weigh_little_against_the_distinctive_part():
    # Same generic words, different distinctive part: far apart.
    assert score("تعاونية تيليلا النسوية", "تعاونية تيفاوين النسوية") < CLOSE
    assert score("Coopérative agricole Tinghir", "Coopérative agricole Zagora") < CLOSE
    # Same distinctive part, different generic words (and kinds): still close.
    assert score("Coopérative féminine Tilila", "جمعية تيليلا للتنمية") >= CLOSE


@pytest.mark.parametrize(("arabic", "latin"), [
    ("تعاونية تيفاوين", "Coopérative Tifawin"), ("تعاونية تيفاوين", "Coopérative Tifaouine"),
    ("تعاونية الزيتونة", "Coopérative Zitouna"), ("تعاونية التضامن", "Coopérative Attadamoun"),
    ("جمعية النور للتنمية", "Association Annour pour le développement"),
])
def test_a_name_and_its_transliteration_clash(arabic, latin):
    found = compare_names(name_forms(arabic), name_forms(latin))
    assert found.score >= 90
    assert found.reason == "same_across_scripts"


def test_in_one_script_the_letters_count_as_much_as_the_sound():
    # Same consonant skeleton (s-f), different words: worth a look, not a clash.
    assert name_forms("Coopérative Assif")[0].key == name_forms("Coopérative Assafae")[0].key
    assert CLOSE <= score("Coopérative Assif", "Coopérative Assafae") < 90


def test_precision_and_recall_on_the_labelled_pairs():
    """The labelled set of the benchmark (true and false pairs across spellings and scripts):
    every true pair is found at the 'close' threshold, and few false ones come with them."""
    rows = list(csv.DictReader(LABELLED_PAIRS.open(encoding="utf-8")))
    predicted = [score(r["name_a"], r["name_b"]) >= CLOSE for r in rows]
    same = [r["same"] == "1" for r in rows]
    true_positives = sum(p and s for p, s in zip(predicted, same, strict=True))
    assert sum(same) >= 70 and len(rows) - sum(same) >= 50
    assert true_positives / sum(same) >= 0.97  # recall
    assert true_positives / sum(predicted) >= 0.85  # precision


@pytest.mark.django_db
def test_the_closest_registered_names_come_first_whatever_the_script():
    tifaouine = OrganizationFactory(name_ar="", name_latin="Coopérative Tifaouine")
    with_place = OrganizationFactory(name_ar="تعاونية تيفاوين دادس", name_latin="")
    tilila = OrganizationFactory(name_ar="تعاونية تيليلا", name_latin="Coopérative Tilila")
    OrganizationFactory(name_ar="تعاونية الأمل", name_latin="Coopérative Al Amal")

    check = check_name("تعاونية تيفاوين")

    ranked = [m.pk for m in check.matches]
    assert ranked[:2] == [tifaouine.pk, with_place.pk]
    assert check.matches[0].reason_code == "same_across_scripts"
    assert "tifaouine" in check.matches[0].reason
    assert check.matches[1].reason_code == "contains" and check.matches[1].verdict == "close"
    assert check.verdict == "clash"
    assert tilila.pk not in ranked[:2]


@pytest.mark.django_db
def test_pending_and_recently_approved_requests_count_refused_ones_do_not():
    pending = NameRequestFactory(name_ar="تعاونية أزهار تازناخت", name_latin="")
    refused = NameRequestFactory(name_ar="", name_latin="Coopérative Tagmat", status=NameRequestStatus.REFUSED)
    old = NameRequestFactory(name_ar="", name_latin="Coopérative Tamdakht", status=NameRequestStatus.APPROVED,
                             decided_at=timezone.now() - datetime.timedelta(days=400))

    assert [m.pk for m in check_name("", "Coopérative Azhar Taznakht").matches
            if m.source == "request"] == [pending.pk]
    assert not [m for m in check_name("", "Coopérative Tagmat").matches if m.pk == refused.pk]
    assert not [m for m in check_name("", "Coopérative Tamdakht").matches if m.pk == old.pk]
    # A request is not checked against itself, and the public check leaves requests out.
    assert not check_name(pending.name_ar, excluding_request=pending.pk).matches
    assert not check_name(pending.name_ar, include_requests=False).matches


@pytest.mark.django_db
def test_a_name_registered_after_the_first_check_is_found_by_the_next():
    assert not check_name("Coopérative Tawada").matches
    OrganizationFactory(name_ar="تعاونية تاوادا", name_latin="")
    assert check_name("Coopérative Tawada").verdict == "clash"


@pytest.mark.django_db
def test_distinctiveness_grades():
    OrganizationFactory.create_batch(10, name_ar="", name_latin=factory_name("Coopérative Annour"))
    assert check_name("تعاونية نسوية فلاحية للتنمية").grade == "weak"
    place_only = check_name("Coopérative Tinghir")  # a province's name and nothing else
    assert place_only.grade == "weak" and "tinghir" in place_only.grade_reason
    common = check_name("تعاونية النور")  # in 10 registered names
    assert common.grade == "medium" and "10" in common.grade_reason
    assert check_name("Coopérative Tiwizi Nassij").grade == "strong"


def factory_name(base: str):
    import factory

    return factory.Sequence(lambda n: f"{base} {chr(ord('A') + n % 26)}{n}")
