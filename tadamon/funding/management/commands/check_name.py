"""manage.py check_name "NAME" [--latin "NAME"] [--limit 10] [--json]: the closest names already
taken (registered organisations, pending and recently approved requests), and the proposed
name's distinctiveness."""

import json

from django.core.management.base import BaseCommand
from django.utils import translation

from tadamon.funding.domain.name_check import check_name


class Command(BaseCommand):
    help = "Check a proposed name against every name already taken, in Arabic and Latin script."

    def add_arguments(self, parser):
        parser.add_argument("name", help="the proposed name, in either script")
        parser.add_argument("--latin", default="", help="its Latin form, when NAME is the Arabic one")
        parser.add_argument("--limit", type=int, default=10)
        parser.add_argument("--json", dest="as_json", action="store_true", help="print the result as JSON")
        parser.add_argument("--language", default="fr", choices=["ar", "fr", "en"],
                            help="language of the reasons")

    def handle(self, name, latin, limit, as_json, language, **options):
        with translation.override(language):
            check = check_name(name, latin, limit=limit)
            result = check.as_dict()
        if as_json:
            self.stdout.write(_dumps(result))
            return
        self.stdout.write(f"{check.verdict.upper()} · distinctiveness: {check.grade} — {check.grade_reason}")
        for match in check.matches:
            names = " · ".join(n for n in (match.name_ar, match.name_latin) if n)
            self.stdout.write(f"{match.score:3d}  {match.source} #{match.pk}  {names}  ({match.detail})\n"
                              f"     {match.reason}")


def _dumps(result: dict) -> str:
    return json.dumps(result, ensure_ascii=False, indent=2)
