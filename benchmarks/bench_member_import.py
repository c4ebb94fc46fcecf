"""Import of members in bulk (issue 18, item 4): a generated file of ROWS members, 30 a
cooperative, written as people write them (Arabic and Latin names, genders as F/أنثى/femme/H,
roles in three languages, phones 06…/+212…/00212… with spaces, dots or Arabic-Indic digits, CINs
such as AB123456 and J123456 in any case with spaces), over cooperatives it imports first (with
registry numbers, which the file's `organization` column names). Into a freshly migrated
database, each step a `manage.py` child process (Django start-up included): a dry run, the
import, then a dry run of the same file again, where every CIN is now a known person already a
member. Usage: .venv/bin/python benchmarks/bench_member_import.py [ROWS] [--postgres] [--xlsx]"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, machine, manage, postgres_url, sqlite_url  # noqa: E402

from tadamon.common.files import csv_lines, xlsx_bytes  # noqa: E402

PER_COOPERATIVE = 30
FEMALE = [("فاطمة", "Fatima"), ("خديجة", "Khadija"), ("عائشة", "Aicha"), ("إطو", "Itto"), ("حادة", "Hadda"),
          ("زهرة", "Zahra"), ("مينة", "Mina"), ("رقية", "Rkia"), ("يامنة", "Yamna"), ("تودة", "Touda")]
MALE = [("محمد", "Mohamed"), ("الحسن", "Lahcen"), ("إبراهيم", "Brahim"), ("عمر", "Omar"), ("يوسف", "Youssef"),
        ("الحسين", "Lhoussaine"), ("عبد الله", "Abdellah"), ("سعيد", "Said")]
LAST = [("أيت علي", "Ait Ali"), ("أوبلا", "Oubella"), ("البحري", "Bahri"), ("أمزيان", "Amezziane"),
        ("الإدريسي", "Idrissi"), ("أوحمو", "Ouhammou"), ("بوزيد", "Bouzid"), ("أخياط", "Akhiat")]
FEMALE_WORDS = ["F", "f", "أنثى", "femme", "Femme", "F"]
MALE_WORDS = ["M", "H", "ذكر", "homme", "M"]
ROLES = ["member", "Membre", "عضو", "عضوة", "membre", "adhérente", "", "salariée", "أجير"]
OFFICERS = ["رئيسة", "Vice-présidente", "أمينة المال", "Secrétaire"]
MOBILE_PREFIXES = ["60", "61", "62", "63", "64", "65", "66", "67", "69", "70", "71", "76", "77", "78"]
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PROVINCES = ["MA-TIN", "MA-OUA", "MA-ZAG", "MA-HAO", "MA-ERR", "MA-TAR", "MA-AGD", "MA-CHI", "MA-ESI", "MA-FIG"]


def phone(rng: random.Random) -> str:
    digits = rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**7):07d}"  # 9 digits after 0 or +212
    national = "0" + digits
    pairs = [national[i:i + 2] for i in range(0, 10, 2)]
    return [
        national, " ".join(pairs), "+212" + digits, "+212 " + digits[0] + " " + " ".join(pairs[1:]),
        "00212" + digits, ".".join(pairs), national.translate(ARABIC_DIGITS), "",
    ][rng.randrange(8)]


def cin(rng: random.Random, i: int) -> str:
    letters = rng.choice(LETTERS) + (rng.choice(LETTERS) if rng.random() < 0.7 else "")
    number = f"{i:06d}"
    form = rng.randrange(6)
    return [letters + number, letters.lower() + number, f"{letters} {number}", f"{letters}-{number}",
            letters + number, ""][form]


def member_row(rng: random.Random, i: int, organization: str) -> list[str]:
    female = rng.random() < 0.7
    first_ar, first_latin = rng.choice(FEMALE if female else MALE)
    last_ar, last_latin = rng.choice(LAST)
    script = rng.random()  # both scripts, Arabic only, or Latin only
    names = ([first_ar, last_ar, first_latin, last_latin] if script < 0.6 else
             [first_ar, last_ar, "", ""] if script < 0.8 else ["", "", first_latin, last_latin])
    year = str(rng.randint(1950, 2004))
    start = f"{rng.randint(2005, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if rng.random() < 0.3:
        start = "/".join(reversed(start.split("-")))
    role = OFFICERS[i % PER_COOPERATIVE] if i % PER_COOPERATIVE < len(OFFICERS) else rng.choice(ROLES)
    return [*names, rng.choice(FEMALE_WORDS if female else MALE_WORDS),
            year.translate(ARABIC_DIGITS) if rng.random() < 0.1 else year,
            cin(rng, i), phone(rng), role, start, organization]


def write_files(rows: int, xlsx: bool) -> tuple[Path, Path]:
    OUT.mkdir(exist_ok=True)
    rng = random.Random(18)
    cooperatives = -(-rows // PER_COOPERATIVE)
    organizations = OUT / f"member-import-cooperatives-{cooperatives}.csv"
    cooperative_rows = [["kind", "name_ar", "name_latin", "registry_number", "province", "women"]] + [
        ["cooperative", f"تعاونية النساء رقم {c}", f"Coopérative des femmes {c}", f"RC-B{c}", rng.choice(PROVINCES),
         "yes"] for c in range(cooperatives)]
    organizations.write_text("".join(csv_lines(cooperative_rows)), encoding="utf-8")
    header = ["first_name_ar", "last_name_ar", "first_name_latin", "last_name_latin", "gender", "birth_year", "cin",
              "phone", "role", "start_date", "organization"]
    lines = [member_row(rng, i, f"RC-B{i // PER_COOPERATIVE}") for i in range(rows)]
    members = OUT / f"members-{rows}.{'xlsx' if xlsx else 'csv'}"
    if xlsx:
        members.write_bytes(xlsx_bytes([header, *lines], title="members", right_to_left=True))
    else:
        members.write_text("".join(csv_lines([header, *lines])), encoding="utf-8")
    return organizations, members


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    rows = int(args[0]) if args else 100_000
    postgres, xlsx = "--postgres" in sys.argv, "--xlsx" in sys.argv
    if xlsx:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    organizations, members = write_files(rows, xlsx)
    database = "PostgreSQL" if postgres else "SQLite"
    print(f"# import of {rows:,} members ({members.stat().st_size / 2**20:.1f} MiB {members.suffix[1:].upper()}, "
          f"{PER_COOPERATIVE} a cooperative) on {machine()}, {database}")
    url = postgres_url("bench_member_import") if postgres else sqlite_url("member_import")
    manage(url, "migrate", "--no-input")
    seconds, _peak, _out = manage(url, "import_organizations", str(organizations))
    print(f"(cooperatives first: {organizations.name}, {seconds:.1f} s)")
    steps = [("dry run (every check, CIN lookups, nothing written)", ["--dry-run"]),
             ("import (people, memberships, a history row each)", []),
             ("dry run again: every CIN a known person, already a member", ["--dry-run"])]
    for label, extra in steps:
        seconds, peak, out = manage(url, "import_members", str(members), *extra)
        print(f"{label:58}: {seconds:6.1f} s, {rows / seconds:7,.0f} rows/s, peak {peak} MiB")
        print("   ", out.strip().splitlines()[-1][:160])


if __name__ == "__main__":
    main()
