"""How the organisations' import takes a file as people make it: ~2,000 rows written the way
cooperatives and provincial offices write them (provinces and communes spelled many ways, in
Arabic or French, with or without "Province de"/"إقليم"; dates in several styles and digit
systems, Excel serial dates; yes/no in three languages), with ~150 planted problems of known
kinds on known rows. The file is checked (dry run) as CSV and as XLSX, in a fresh SQLite
database holding a few organisations and communes, and the script prints: clean rows refused
(false errors), planted problems caught, by kind (an error on the column the problem is in, or
on the whole row for a row's shape), and planted rows wrongly accepted (no error at all).

The spellings below were written from general knowledge of how Moroccan places are written
(road signs, the press, administrative letters, transliteration habits), independently of the
importer's alias list. Usage: .venv/bin/python benchmarks/import_eval.py [SEED]"""

import io
import os
import random
import sys
import time
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, machine, sqlite_url  # noqa: E402

# Province: the ways people write it (the reference spelling is only one of them).
PROVINCE_SPELLINGS = {
    "MA-TAR": ["Taroudannt", "TAROUDANT", "Province de Taroudant", "Taroudante", "تارودانت", "إقليم تارودانت",
               "اقليم تارودانت", "MA-TAR"],
    "MA-AGD": ["Agadir", "Agadir Ida Outanane", "Agadir-Idaoutanane", "Agadir Ida Ou Tanane",
               "Préfecture d'Agadir Ida-Outanane", "agadir idaoutanane", "أكادير إداوتنان", "عمالة أكادير إدا وتنان",
               "اكادير اداوتنان"],
    "MA-INE": ["Inezgane Ait Melloul", "Inezgane-Aït Melloul", "Inezgane", "INEZGANE AIT MELLOUL",
               "Préfecture d'Inezgane-Ait Melloul", "إنزكان أيت ملول", "عمالة انزكان ايت ملول"],
    "MA-CHT": ["Chtouka Ait Baha", "Chtouka-Aït Baha", "Chtouka", "Province de Chtouka Aït Baha",
               "اشتوكة ايت باها", "إقليم اشتوكة آيت باها"],
    "MA-TIZ": ["Tiznit", "TIZNIT", "Province de Tiznit", "تيزنيت", "إقليم تيزنيت"],
    "MA-TAT": ["Tata", "Province de Tata", "طاطا", "إقليم طاطا"],
    "MA-TIN": ["Tinghir", "Tinghir ", "Tinerhir", "Tineghir", "Province de Tinghir", "تنغير", "إقليم تنغير"],
    "MA-OUA": ["Ouarzazate", "OUARZAZATE", "Warzazat", "Province d'Ouarzazate", "ورزازات", "إقليم ورزازات"],
    "MA-ZAG": ["Zagora", "zagora", "Province de Zagora", "زاكورة", "زاكوره", "إقليم زاكورة"],
    "MA-ERR": ["Errachidia", "Er-Rachidia", "Er Rachidia", "Rachidia", "Province d'Errachidia", "الرشيدية",
               "إقليم الرشيدية"],
    "MA-MID": ["Midelt", "Province de Midelt", "ميدلت"],
    "MA-HAO": ["Al Haouz", "El Haouz", "Haouz", "Province d'Al Haouz", "الحوز", "إقليم الحوز"],
    "MA-CHI": ["Chichaoua", "Chichaoua ", "Chichawa", "Province de Chichaoua", "شيشاوة", "شيشاوه"],
    "MA-ESI": ["Essaouira", "Essaouira ", "Province d'Essaouira", "الصويرة", "إقليم الصويرة"],
    "MA-MAR": ["Marrakech", "Marrakesh", "Marrakech ", "Préfecture de Marrakech", "مراكش", "عمالة مراكش"],
    "MA-SAF": ["Safi", "Asfi", "Province de Safi", "آسفي", "اسفي"],
    "MA-AZI": ["Azilal", "Province d'Azilal", "أزيلال", "ازيلال"],
    "MA-KHN": ["Khénifra", "Khenifra", "KHENIFRA", "خنيفرة"],
    "MA-BEM": ["Béni Mellal", "Beni Mellal", "Beni-Mellal", "بني ملال"],
    "MA-FIG": ["Figuig", "Province de Figuig", "فجيج", "فكيك"],
    "MA-GUE": ["Guelmim", "Goulimine", "Guelmime", "كلميم", "إقليم كلميم"],
    "MA-SIF": ["Sidi Ifni", "Sidi-Ifni", "سيدي إفني", "سيدي افني"],
    "MA-KES": ["El Kelâa des Sraghna", "El Kelaa des Sraghna", "Kelaa des Sraghna", "Kalaat Sraghna",
               "قلعة السراغنة"],
    "MA-CHE": ["Chefchaouen", "Chaouen", "Chefchaouene", "شفشاون"],
    "MA-HOC": ["Al Hoceima", "Al-Hoceïma", "El Hoceima", "الحسيمة"],
    "MA-FES": ["Fès", "Fes", "Fez", "فاس"],
    "MA-MEK": ["Meknès", "Meknes", "مكناس"],
    "MA-TNG": ["Tanger-Assilah", "Tanger Assilah", "Tanger", "Tangier", "طنجة أصيلة"],
    "MA-SKH": ["Skhirate-Témara", "Skhirat Temara", "Témara", "الصخيرات تمارة"],
    "MA-FQH": ["Fquih Ben Salah", "Fkih Ben Salah", "Fquih Bensalah", "الفقيه بن صالح"],
    "MA-MOH": ["Mohammedia", "Mohammadia", "المحمدية"],
    "MA-ESM": ["Es-Semara", "Smara", "Es Semara", "السمارة"],
    "MA-LAA": ["Laâyoune", "Laayoune", "Layoune", "El Aaiun", "العيون"],
    "MA-OUD": ["Oued Ed-Dahab", "Oued Eddahab", "Dakhla", "وادي الذهب"],
    "MA-OUZ": ["Ouezzane", "Ouazzane", "Wazzan", "وزان"],
    "MA-TNT": ["Tan-Tan", "Tan Tan", "Tantan", "طانطان"],
    "MA-MOU": ["Moulay Yacoub", "Moulay Yaacoub", "Moulay Yaâcoub", "مولاي يعقوب"],
    "MA-BES": ["Benslimane", "Ben Slimane", "Ben-Slimane", "بنسليمان", "ابن سليمان"],
    "MA-JDI": ["El Jadida", "Jadida", "الجديدة"],
    "MA-LAR": ["Larache", "El Araich", "العرائش"],
}
# Communes seeded in the database (province, French, Arabic), and how people write them.
COMMUNES = [
    ("MA-TAR", "Taliouine", "تالوين", ["Taliouine", "Taliwine", "تالوين"]),
    ("MA-TAR", "Oulad Teima", "أولاد تايمة", ["Oulad Teima", "Ouled Teima", "Ouled Taima", "أولاد تايمة"]),
    ("MA-TAR", "Igherm", "إغرم", ["Igherm", "Irherm", "اغرم"]),
    ("MA-TIN", "Boumalne Dadès", "بومالن دادس", ["Boumalne Dades", "Boumalne-Dadès", "بومالن دادس"]),
    ("MA-TIN", "Kelaat M'Gouna", "قلعة مكونة", ["Kelaat M'Gouna", "Kalaat Mgouna", "Kelaa Mgouna", "قلعة مكونة"]),
    ("MA-TIN", "Imider", "إميضر", ["Imider", "Imiter", "إميضر"]),
    ("MA-OUA", "Skoura", "سكورة", ["Skoura", "سكورة"]),
    ("MA-HAO", "Tahannaout", "تحناوت", ["Tahannaout", "Tahanaout", "تحناوت"]),
    ("MA-HAO", "Amizmiz", "أمزميز", ["Amizmiz", "امزميز"]),
    ("MA-ZAG", "Agdz", "أكدز", ["Agdz", "Agdez", "أكدز"]),
    ("MA-TIZ", "Tafraout", "تافراوت", ["Tafraout", "Tafrawt", "تافراوت"]),
    ("MA-CHT", "Biougra", "بيوكرى", ["Biougra", "بيوكرى", "بيوگرى"]),
]
NAMES = [("تافوكت", "Tafoukt"), ("أركان", "Argane"), ("تيليلا", "Tilila"), ("أسيف", "Assif"), ("النور", "Annour"),
         ("الأمل", "Al Amal"), ("إزوران", "Izouran"), ("أكال", "Akal"), ("تودرت", "Toudert"), ("تيفاوين", "Tifawin"),
         ("أمالو", "Amalou"), ("تاوادا", "Tawada"), ("الوفاء", "Al Wafae"), ("إيمي", "Imi"), ("تامونت", "Tamount")]
KINDS = ["cooperative", "Coopérative", "coopérative", "تعاونية", "association", "Association", "جمعية", "COOPERATIVE"]
SECTORS = ["argan", "dates", "honey", "saffron", "sewing", "carpets-weaving", "Argan", "Safran", "الزعفران",
           "Miel et apiculture"]
YES = ["oui", "Oui", "OUI", "yes", "Yes", "vrai", "Vrai", "true", "TRUE", "1", "نعم", "x"]
NO = ["non", "Non", "NON", "no", "No", "faux", "false", "False", "0", "لا", ""]
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
HEADER = ["kind", "name_ar", "name_latin", "sector", "registry_number", "creation_date", "province", "commune",
          "address", "phone", "email", "women", "youth", "description"]
EXISTING_NUMBERS = [f"{n}" for n in range(90001, 90021)]  # registry numbers already in the database


def _serial(day: date) -> int:
    return (day - date(1899, 12, 30)).days  # Excel's day number


DATE_STYLES = [
    lambda day: day.strftime("%d/%m/%Y"),
    lambda day: day.isoformat(),
    lambda day: f"{day.day}-{day.month}-{day.year}",
    lambda day: day.strftime("%d/%m/%Y"),
    lambda day: day.strftime("%d/%m/%Y").translate(ARABIC_INDIC),
    lambda day: day.isoformat().translate(ARABIC_INDIC),
    lambda day: f"{day.day}/{day.month}/{day.year}",
    lambda day: day.strftime("%d.%m.%Y"),
    lambda day: str(_serial(day)),  # Excel's date as a number, saved as text in a CSV
    lambda day: day.strftime("%d/%m/%Y").translate(PERSIAN),
    lambda day: day.strftime("%Y/%m/%d"),
]


def written_date(rng: random.Random, day: date, xlsx: bool):
    """A date as someone writes it (or, in a workbook, a date cell or a serial number)."""
    style = rng.randrange(len(DATE_STYLES))
    if xlsx and style < 3:
        return day  # a real date cell
    if xlsx and style == 8:
        return _serial(day)  # a number cell
    return DATE_STYLES[style](day)


def written_phone(rng: random.Random) -> str:
    digits = "06" + "".join(rng.choice("0123456789") for _ in range(8))
    style = rng.randrange(5)
    if style == 0:
        return digits
    if style == 1:
        return " ".join(digits[i:i + 2] for i in range(0, 10, 2))
    if style == 2:
        return digits.translate(ARABIC_INDIC)
    if style == 3:
        return ".".join(digits[i:i + 2] for i in range(0, 10, 2))
    return ""


# Planted problems: kind -> (how many, the column it is in, how to plant it).
def _typo(rng, text):
    """Two letters swapped, or one left out (never the same word again)."""
    while True:
        i = rng.randrange(1, len(text) - 2)
        typo = text[:i] + text[i + 1] + text[i] + text[i + 2:] if rng.random() < 0.5 else text[:i] + text[i + 1:]
        if typo.lower() != text.lower():
            return typo


PLANTS = {
    "province_unknown": (15, "province"),
    "province_typo": (15, "province"),
    "date_invalid": (15, "creation_date"),
    "date_future": (10, "creation_date"),
    "bool_invalid": (10, "women"),
    "kind_unknown": (10, "kind"),
    "email_invalid": (10, "email"),
    "phone_invalid": (10, "phone"),
    "registry_repeated_in_file": (10, "registry_number"),
    "registry_already_registered": (10, "registry_number"),
    "row_longer_than_header": (10, ""),
    "row_shorter_than_header": (10, ""),
    "name_missing": (5, "name_ar"),
    "commune_not_in_province": (10, "commune"),
}


def build_rows(rng: random.Random, count: int, xlsx: bool):
    """The rows (lists of cells, header first) and the planted problems: {row number: kind}."""
    provinces = list(PROVINCE_SPELLINGS)
    rows, numbers = [HEADER], []
    for i in range(count):
        code = rng.choice(provinces)
        name_ar, name_latin = rng.choice(NAMES)
        communes = [c for c in COMMUNES if c[0] == code]
        commune = rng.choice(rng.choice(communes)[3]) if communes and rng.random() < 0.6 else ""
        number = str(10000 + i)
        numbers.append(number)
        founded = date(1995, 1, 1) + timedelta(days=rng.randrange(365 * 29))
        rows.append([
            rng.choice(KINDS), f"تعاونية {name_ar} {i}", f"Coopérative {name_latin} {i}", rng.choice(SECTORS),
            number.translate(ARABIC_INDIC) if rng.random() < 0.15 else number,
            written_date(rng, founded, xlsx), rng.choice(PROVINCE_SPELLINGS[code]), commune,
            f"Douar {name_latin}", written_phone(rng), "", rng.choice(YES + NO), rng.choice(YES + NO),
            "Production et vente" if rng.random() < 0.5 else "",
        ])
    planted: dict[int, str] = {}
    candidates = list(range(2, count + 2))  # row numbers as a spreadsheet shows them (header: row 1)
    rng.shuffle(candidates)
    for kind, (how_many, _column) in PLANTS.items():
        if xlsx and kind == "row_shorter_than_header":
            continue  # a spreadsheet row's last cells left empty are just empty cells
        for _ in range(how_many):
            row_number = candidates.pop()
            _plant(rng, kind, rows, row_number, planted)
            planted[row_number] = kind
    return rows, planted


def _set(column: int, choices: list[str]):
    def plant(rng, rows, row, row_number, planted):
        row[column] = rng.choice(choices)
    return plant


def _typo_province(rng, rows, row, row_number, planted):
    row[6] = _typo(rng, rng.choice(["Ouarzazate", "Errachidia", "Essaouira", "Chichaoua", "Khouribga", "Taounate",
                                    "Berrechid", "Sefrou", "Guercif", "Boujdour"]))


def _repeat_number(rng, rows, row, row_number, planted):
    earlier = [n for n in range(2, row_number) if n not in planted]
    if earlier:
        row[4] = rows[rng.choice(earlier) - 1][4]


def _longer(rng, rows, row, row_number, planted):
    row.append(rng.choice(["à vérifier", "miel", "Tiznit", "voir dossier"]))  # an unquoted comma, or a note


def _shorter(rng, rows, row, row_number, planted):
    del row[-rng.randint(1, 3):]  # the last cells lost


def _no_name(rng, rows, row, row_number, planted):
    row[1] = row[2] = ""


def _commune_elsewhere(rng, rows, row, row_number, planted):
    code = next(c for c, spellings in PROVINCE_SPELLINGS.items() if row[6] in spellings)
    row[7] = rng.choice([c[1] for c in COMMUNES if c[0] != code])


PLANTERS = {
    "province_unknown": _set(6, ["Paris", "Tombouctou", "Nouakchott", "Province de Gao", "Tizi Ouzou", "inconnu",
                                 "إقليم قرطبة", "Douar Tafraout", "xxx", "MA-XYZ"]),
    "province_typo": _typo_province,
    "date_invalid": _set(5, ["31/02/2019", "2019-13-05", "32/01/2018", "30/02/2020", "hier", "2019-02-30",
                             "12/25/2007", "00/00/0000", "15/15/2015", "٣١/٠٢/٢٠١٩"]),
    "date_future": _set(5, ["15/06/2031", "2040-01-01", "01/01/2099"]),
    "bool_invalid": _set(11, ["peut-être", "2", "oui/non", "?", "N/A", "femmes", "partiel"]),
    "kind_unknown": _set(0, ["usine", "ferme", "factory", "magasin", "مصنع"]),
    "email_invalid": _set(10, ["contact@", "coop.gmail.com", "coop@@mail.ma", "info at coop.ma"]),
    "phone_invalid": _set(9, ["12", "06123", "tel", "0612-34"]),
    "registry_repeated_in_file": _repeat_number,
    "registry_already_registered": _set(4, EXISTING_NUMBERS),
    "row_longer_than_header": _longer,
    "row_shorter_than_header": _shorter,
    "name_missing": _no_name,
    "commune_not_in_province": _commune_elsewhere,
}


def _plant(rng, kind, rows, row_number, planted):
    PLANTERS[kind](rng, rows, rows[row_number - 1], row_number, planted)


def setup_database():
    os.environ["DATABASE_URL"] = sqlite_url("import_eval")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tadamon.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", "--no-input", verbosity=0)
    from tadamon.registry.domain.territories import import_communes
    from tadamon.registry.models import Organization, Province

    lines = ["province_code,name_fr,name_ar"] + [f"{code},{fr},{ar}" for code, fr, ar, _spellings in COMMUNES]
    assert not import_communes("\n".join(lines) + "\n").errors
    tata = Province.objects.get(code="MA-TAT")
    Organization.objects.bulk_create([Organization(kind="cooperative", name_latin=f"Coopérative existante {n}",
                                                   province=tata, registry_number=n) for n in EXISTING_NUMBERS])


def evaluate(content: bytes, filename: str, planted: dict[int, str], total: int) -> None:
    from django.utils import translation

    from tadamon.registry.domain.imports import import_organizations

    started = time.perf_counter()
    with translation.override("en"):
        report = import_organizations(io.BytesIO(content), filename=filename, dry_run=True)
    seconds = time.perf_counter() - started
    errors_by_row = defaultdict(set)
    for error in report.errors:
        errors_by_row[error.row].add(error.column)
    clean = [n for n in range(2, total + 2) if n not in planted]
    refused = [n for n in clean if n in errors_by_row]
    caught, elsewhere, wrongly_accepted = Counter(), Counter(), []
    for row_number, kind in planted.items():
        if PLANTS[kind][1] in errors_by_row.get(row_number, ()):
            caught[kind] += 1
        elif row_number in errors_by_row:
            elsewhere[kind] += 1  # refused, but for another reason than the planted problem
        else:
            wrongly_accepted.append(row_number)
    print(f"\n## {filename}: {total} rows, {len(planted)} planted problems; checked in {seconds:.1f} s"
          f"{'; file errors: ' + '; '.join(report.file_errors) if report.file_errors else ''}")
    suggested = [n for n in refused if all("?" in e.message for e in report.errors if e.row == n)]
    print(f"clean rows refused (false errors): {len(refused)} of {len(clean)}; "
          f"each with a \"did you mean …?\": {len(suggested)}")
    reasons = Counter(column for n in refused for column in errors_by_row[n])
    if reasons:
        print("  by column: " + ", ".join(f"{column or '(row)'} {n}" for column, n in reasons.most_common()))
        for n in refused[:8]:
            print(f"  e.g. row {n}: " + " | ".join(f"{e.column}={e.value!r}: {e.message}"
                                                   for e in report.errors if e.row == n))
    print(f"planted problems caught: {sum(caught.values())} of {len(planted)} "
          f"(row refused for another reason only: {sum(elsewhere.values())})")
    for kind, how_many in Counter(planted.values()).items():
        print(f"  {kind:30} {caught[kind]:3} of {how_many:3}" + (f"  (elsewhere {elsewhere[kind]})"
                                                                 if elsewhere[kind] else ""))
    print(f"planted rows wrongly accepted: {len(wrongly_accepted)}"
          + (f" ({', '.join(f'{n}:{planted[n]}' for n in sorted(wrongly_accepted)[:12])})" if wrongly_accepted else ""))


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 22
    setup_database()
    from tadamon.common.files import csv_lines, xlsx_bytes

    print(f"# import of files as people make them, seed {seed}, on {machine()}, SQLite")
    for xlsx in (False, True):
        rng = random.Random(seed)
        rows, planted = build_rows(rng, 2000, xlsx)
        if xlsx:
            content, filename = xlsx_bytes(rows, title="Coopératives", right_to_left=False), "eval.xlsx"
        else:
            content, filename = "".join(csv_lines(rows)).encode("utf-8"), "eval.csv"
        evaluate(content, filename, planted, len(rows) - 1)


if __name__ == "__main__":
    main()
