"""Who may do what is said once, as a named permission in a data app's rules.py, and asked through
`tadamon.accounts.access` (`require`, `may`, the `<thing>_for_user` helpers). This test fails when
a view, form, serializer or template of an interface app tests a role or calls `has_perm` itself, and
when a data app's domain code does (its querysets of what a user may see use the predicates of
`tadamon.accounts.rules` or of the app's rules.py, never a role attribute)."""

import re
from pathlib import Path

TADAMON = Path(__file__).resolve().parents[2]
INTERFACES = [TADAMON / "backoffice", TADAMON / "public", TADAMON / "api", TADAMON / "templates"]
DOMAINS = sorted(TADAMON.glob("*/domain"))  # events, funding, market, partnerships, programmes, registry...
SCANNED = INTERFACES + DOMAINS
ROLE_CHECK = re.compile(r"\.(is_officer|is_manager|is_superuser|is_platform_admin|is_programme_staff|is_buyer)\b|has_perm\(")

# path (relative to tadamon/) -> why a role check must stay there. Empty: none must.
ALLOWED: dict[str, str] = {}


def _role_checks():
    for root in SCANNED:
        for path in sorted(root.rglob("*")):
            if path.suffix not in (".py", ".html") or "tests" in path.relative_to(TADAMON).parts:
                continue
            relative = str(path.relative_to(TADAMON))
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if ROLE_CHECK.search(line) and relative not in ALLOWED:
                    yield f"tadamon/{relative}:{number}: {line.strip()}"


def test_interface_apps_ask_named_permissions_and_test_no_role():
    found = list(_role_checks())
    assert found == [], (
        "Role checks outside rules.py and tadamon/accounts/access.py: add a named permission to the data "
        "app's rules.py and ask it with require()/may() or an access helper.\n" + "\n".join(found)
    )


def test_the_scan_covers_the_data_apps_domain_code():
    scanned = {str(path.relative_to(TADAMON)) for path in DOMAINS}
    assert {"events/domain", "funding/domain", "market/domain", "partnerships/domain", "programmes/domain",
            "registry/domain"} <= scanned


def test_the_scan_sees_a_role_check():
    assert ROLE_CHECK.search("if request.user.is_officer:")
    assert ROLE_CHECK.search("{% if user.is_manager %}")
    assert ROLE_CHECK.search('user.has_perm("events.apply")')
    assert not ROLE_CHECK.search('may(request, "events.apply")')
