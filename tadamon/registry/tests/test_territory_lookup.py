"""Provinces, regions and communes found as people write them; a near miss refused with a suggestion."""

import csv

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from tadamon.registry.domain.territories import ALIASES_CSV, TerritoryLookup, import_communes, place_key
from tadamon.registry.models import Commune, Province, Region

pytestmark = pytest.mark.django_db


@pytest.fixture
def lookup():
    with translation.override("en"):
        yield TerritoryLookup()


@pytest.mark.parametrize("written, code", [
    # the reference spelling, and the way most people write it
    ("Taroudannt", "MA-TAR"), ("Taroudant", "MA-TAR"), ("TAROUDANT", "MA-TAR"), ("Province de Taroudant", "MA-TAR"),
    ("Taroudante", "MA-TAR"), ("تارودانت", "MA-TAR"), ("إقليم تارودانت", "MA-TAR"), ("اقليم تارودانت", "MA-TAR"),
    # Ida-Ou-, Ida Ou, Idaou; the prefecture's prefixes; the city's name
    ("Agadir-Ida-Ou-Tanane", "MA-AGD"), ("Agadir Ida-Outanane", "MA-AGD"), ("agadir idaoutanane", "MA-AGD"),
    ("Agadir Ida Ou Tanane", "MA-AGD"), ("Préfecture d'Agadir Ida-Outanane", "MA-AGD"), ("Agadir", "MA-AGD"),
    ("عمالة أكادير إدا وتنان", "MA-AGD"), ("اكادير اداوتنان", "MA-AGD"), ("أكادير إداوتنان", "MA-AGD"),
    # the ISO code, in any case, with or without MA-
    ("MA-TAR", "MA-TAR"), ("ma tar", "MA-TAR"), ("TAR", "MA-TAR"), ("ma-agd", "MA-AGD"),
    # articles, assimilated articles, accents, hyphens, apostrophes, ou/w, y/i, q/k, doubled letters
    ("Al Haouz", "MA-HAO"), ("El Haouz", "MA-HAO"), ("Haouz", "MA-HAO"), ("الحوز", "MA-HAO"),
    ("Er-Rachidia", "MA-ERR"), ("Errachidia", "MA-ERR"), ("Rachidia", "MA-ERR"),
    ("Warzazat", "MA-OUA"), ("OUARZAZATE", "MA-OUA"), ("Chichawa", "MA-CHI"), ("شيشاوه", "MA-CHI"),
    ("Laâyoune", "MA-LAA"), ("Laayoune", "MA-LAA"), ("Layoune", "MA-LAA"), ("Es-Semara", "MA-ESM"),
    ("Essemara", "MA-ESM"), ("Oued Eddahab", "MA-OUD"), ("Tan Tan", "MA-TNT"), ("Tantan", "MA-TNT"),
    ("Sidi Qacem", "MA-SIK"), ("Youssoufiya", "MA-YUS"), ("Inezgane-Aït Melloul", "MA-INE"),
    ("Mdiq Fnideq", "MA-MDF"), ("Moulay Yaacoub", "MA-MOU"), ("آسفي", "MA-SAF"), ("اسفي", "MA-SAF"),
    ("Béni-Mellal", "MA-BEM"), ("Kelaa des Sraghna", "MA-KES"), ("الصخيرات-تمارة", "MA-SKH"),
    # known other names, kept as data (data/territory_aliases.csv)
    ("Fez", "MA-FES"), ("Marrakesh", "MA-MAR"), ("Tinerhir", "MA-TIN"), ("Goulimine", "MA-GUE"),
    ("El Aaiun", "MA-LAA"), ("Smara", "MA-ESM"), ("Dakhla", "MA-OUD"), ("Kalaat Sraghna", "MA-KES"),
    ("Mohammedia", "MA-MOH"), ("Fkih Ben Salah", "MA-FQH"), ("Chaouen", "MA-CHE"), ("Tanger", "MA-TNG"),
    ("ابن سليمان", "MA-BES"), ("فكيك", "MA-FIG"), ("Asfi", "MA-SAF"),
])
def test_a_province_is_found_by_any_common_spelling(lookup, written, code):
    assert lookup.province(written).code == code


@pytest.mark.parametrize("written, suggestion", [
    ("Ouarzazte", "did you mean «Ouarzazate» (MA-OUA)?"),
    ("Tarudnt", "did you mean «Taroudannt» (MA-TAR)?"),
    ("Essaouria", "did you mean «Essaouira» (MA-ESI)?"),
    ("Khouribg", "did you mean «Khouribga» (MA-KHO)?"),
    ("تارودنت", "did you mean «تارودانت» (MA-TAR)?"),  # suggested in the script it was written in
])
def test_a_near_miss_is_refused_with_a_suggestion_never_taken(lookup, written, suggestion):
    with pytest.raises(ValidationError) as refused:
        lookup.province(written)
    assert refused.value.messages == [f"Unknown province «{written}»: {suggestion}"]


def test_a_suggestion_in_french_is_quoted_as_the_sentence_is(lookup):
    with translation.override("fr"), pytest.raises(ValidationError) as refused:
        lookup.province("Ouarzazte")
    assert refused.value.messages == ["Province inconnue «\u00a0Ouarzazte\u00a0» : vouliez-vous dire "
                                      "«\u00a0Ouarzazate\u00a0» (MA-OUA) ?"]


def test_an_unknown_province_says_what_to_write(lookup):
    with pytest.raises(ValidationError) as refused:
        lookup.province("Tombouctou")
    assert refused.value.messages == ["Unknown province «Tombouctou». Write its name in Arabic or French "
                                      "(e.g. Taroudannt, تارودانت) or its ISO code (e.g. MA-TAR)."]


def test_a_region_written_for_a_province_lists_its_provinces(lookup):
    with pytest.raises(ValidationError) as refused:
        lookup.province("Région Souss-Massa")
    assert refused.value.messages[0].startswith("«Région Souss-Massa» is a region, not a province: write one of")
    assert "Taroudannt" in refused.value.messages[0] and "Tiznit" in refused.value.messages[0]


@pytest.mark.parametrize("written, code", [
    ("Souss-Massa", "MA-09"), ("Sous Massa", "MA-09"), ("جهة سوس ماسة", "MA-09"), ("MA-09", "MA-09"),
    ("L'Oriental", "MA-02"), ("Région de l'Oriental", "MA-02"), ("Draa-Tafilalt", "MA-08"),
    ("Tanger Tetouan Al Hoceima", "MA-01"), ("Laayoune-Saguia El Hamra", "MA-11"),
])
def test_a_region_is_found_by_any_common_spelling(lookup, written, code):
    assert lookup.region(written).code == code


def test_no_two_places_share_a_spelling_and_every_alias_names_a_real_place(lookup):
    assert lookup.provinces.ambiguous == {} and lookup.regions.ambiguous == {}
    codes = {"province": set(Province.objects.values_list("code", flat=True)),
             "region": set(Region.objects.values_list("code", flat=True))}
    with open(ALIASES_CSV, encoding="utf-8") as handle:
        for alias in csv.DictReader(handle):
            if alias["level"] != "word":
                assert alias["code"] in codes[alias["level"]], alias
                assert lookup.provinces.find(alias["alias"]) if alias["level"] == "province" else True


def test_the_key_ignores_what_people_vary_and_keeps_what_differs():
    assert place_key("Agadir Ida-Outanane") == place_key("Agadir-Ida-Ou-Tanane") == place_key("AGADIR IDAOUTANANE")
    assert place_key("Ouled Teima") == place_key("Oulad Teima") == place_key("Awlad Teima")
    assert place_key("Tata") != place_key("Taza")
    assert place_key("أكادير") == place_key("اكادير") and place_key("شيشاوة") == place_key("شيشاوه")


@pytest.fixture
def communes():
    assert not import_communes("province_code,name_fr,name_ar\nMA-TIN,Kelaat M'Gouna,قلعة مكونة\n"
                               "MA-TIN,Imider,إميضر\nMA-ZAG,Agdz,أكدز\nMA-TAR,Oulad Teima,أولاد تايمة\n").errors


@pytest.mark.parametrize("written, name", [
    ("Kelaat M'Gouna", "Kelaat M'Gouna"), ("Kalaat Mgouna", "Kelaat M'Gouna"), ("kelaa mgouna", "Kelaat M'Gouna"),
    ("قلعة مكونة", "Kelaat M'Gouna"), ("Imider", "Imider"), ("إميضر", "Imider"),
])
def test_a_commune_is_found_by_any_common_spelling_in_its_province(communes, written, name):
    with translation.override("en"):
        assert TerritoryLookup().commune(Province.objects.get(code="MA-TIN"), written).name_fr == name


def test_a_commune_near_miss_or_in_another_province_is_refused_with_what_to_write(communes):
    lookup, zagora, tinghir = TerritoryLookup(), Province.objects.get(code="MA-ZAG"), Province.objects.get(code="MA-TIN")
    with translation.override("en"), pytest.raises(ValidationError) as refused:
        lookup.commune(zagora, "Agdez")
    assert refused.value.messages == ["No commune «Agdez» in Zagora: did you mean «Agdz»?"]
    with translation.override("en"), pytest.raises(ValidationError) as refused:
        lookup.commune(tinghir, "Agdz")
    assert refused.value.messages == ["«Agdz» is a commune of Zagora, not of Tinghir: check the province or the "
                                      "commune."]


def test_import_communes_takes_provinces_as_people_write_them():
    text = "province_code,name_fr,name_ar\nTinghir,Imider,إميضر\nإقليم زاكورة,Agdz,أكدز\nProvince de Taroudant,Igherm,إغرم\n"
    result = import_communes(text)
    assert (result.created, result.errors) == (3, [])
    assert dict(Commune.objects.values_list("name_fr", "province__code")) == {
        "Imider": "MA-TIN", "Agdz": "MA-ZAG", "Igherm": "MA-TAR"}


def test_import_communes_refuses_a_repeated_commune_a_ragged_line_and_a_near_miss_and_writes_nothing():
    text = ("province_code,name_fr,name_ar\nMA-TIN,Imider,إميضر\nTinghir,Imider,إميضر\nMA-ZAG,Agdz,أكدز,extra\n"
            "Ouarzazte,Skoura,سكورة\n")
    with translation.override("en"):
        result = import_communes(text)
    assert Commune.objects.count() == 0
    assert result.errors[0] == "Line 3: the commune “Imider” of Tinghir is also on line 2. Keep one of the two lines."
    assert result.errors[1].startswith("Line 4: This row has 4 cells but the header has 3")
    assert result.errors[2] == ("Line 5, column province_code: Unknown province «Ouarzazte»: did you mean "
                                "«Ouarzazate» (MA-OUA)?")
