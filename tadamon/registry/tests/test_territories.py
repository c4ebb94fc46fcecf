import pytest

from tadamon.registry.domain.territories import import_communes
from tadamon.registry.models import Commune, Province, Region

pytestmark = pytest.mark.django_db


def test_migration_loads_the_12_regions_and_75_provinces():
    assert Region.objects.count() == 12
    assert Province.objects.count() == 75
    assert Province.objects.filter(kind="prefecture").count() == 13
    tinghir = Province.objects.select_related("region").get(code="MA-TIN")
    assert (tinghir.name_ar, tinghir.region.code, tinghir.region.name_fr) == ("تنغير", "MA-08", "Drâa-Tafilalet")


def test_the_five_provinces_of_the_articles_are_in_their_regions():
    regions = dict(Province.objects.filter(code__in=["MA-HAO", "MA-TIN", "MA-OUA", "MA-ZAG", "MA-ERR"])
                   .values_list("code", "region__code"))
    assert regions == {"MA-HAO": "MA-07", "MA-TIN": "MA-08", "MA-OUA": "MA-08", "MA-ZAG": "MA-08", "MA-ERR": "MA-08"}


def test_import_communes_creates_and_updates():
    text = "province_code,name_fr,name_ar,code,kind\nMA-TIN,Imider,إميضر,,rural\nMA-ZAG,Agdz,أكدز,,urban\n"
    result = import_communes(text)
    assert (result.created, result.updated, result.errors) == (2, 0, [])
    result = import_communes(text)
    assert (result.created, result.updated) == (0, 2)
    assert Commune.objects.get(name_fr="Imider").province.code == "MA-TIN"


def test_import_communes_writes_nothing_when_a_row_is_wrong():
    text = "province_code,name_fr,name_ar\nMA-TIN,Imider,إميضر\nMA-XXX,Nowhere,مكان\nMA-ZAG,Agdz,\n"
    result = import_communes(text)
    assert Commune.objects.count() == 0
    assert result.errors == [
        "Line 3, column province_code: Unknown province «MA-XXX». Write its name in Arabic or French "
        "(e.g. Taroudannt, تارودانت) or its ISO code (e.g. MA-TAR).",
        "Line 4: name_fr and name_ar are both required.",
    ]
