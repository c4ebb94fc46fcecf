"""The post-event report as files: a PDF (Arabic right to left, or French) with tables and bar
charts, and an XLSX workbook with the same tables and a chart, for those who rework the figures."""

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from tadamon.common.i18n import in_language_label, localized, other_script, place_name, written_in
from tadamon.common.pdf import long_date
from tadamon.common.report_files import Section, sections_pdf, sections_xlsx
from tadamon.common.report_files import money as _money
from tadamon.common.text import listed


def _name(row: dict, prefix: str) -> str:
    """A place or sector name in the language the report is written in (active while it is)."""
    return localized(row.get(f"{prefix}__name_ar") or "", row.get(f"{prefix}__name_fr") or "") or "—"


def _sections(report: dict, language: str) -> list[Section]:
    """The report's tables, in `language`."""
    money = report["budget"]
    attendance = report["attendance"]
    summary = [
        [_("Exhibitors"), report["exhibitors"]],
        [_("Members brought"), report["members_brought"]],
        [_("Transport and lodging per member (MAD)"), _money(report["logistics_per_member"])],
        [_("Budget planned (MAD)"), _money(money["planned"])],
        [_("Budget spent (MAD)"), _money(money["actual"])],
        [_("Sales declared (MAD)"), _money(report["sales_total"])],
        [_("Business contacts"), report["contacts"]],
        [_("Registered"), attendance["registered"]],
        [_("Checked in"), _("%(present)d (%(women)d women, %(men)d men)") % {
            "present": attendance["present"], "women": attendance["women"], "men": attendance["men"]}],
    ]
    provinces = [[_name(r, "organization__province"), r["exhibitors"], r["women"],
                  _money(r["sales_total"]), r["contacts_total"] or 0] for r in report["by_province"]]
    sectors = [[_name(r, "organization__sector") if r["organization__sector__code"] else _("No sector"),
                r["exhibitors"]] for r in report["by_sector"]]
    costs = [[str(row["label"]), _money(row["planned"]), _money(row["actual"])] for row in money["rows"]]
    return [
        Section(_("Key figures"), [_("Indicator"), _("Value")], summary, None),
        Section(_("Exhibitors by province"), [_("Province"), _("Exhibitors"), _("of which women's"),
                                              _("Sales (MAD)"), _("Contacts")],
                provinces, [r["exhibitors"] for r in report["by_province"]]),
        Section(_("Exhibitors by sector"), [_("Sector"), _("Exhibitors")], sectors,
                [r["exhibitors"] for r in report["by_sector"]]),
        Section(_("Budget"), [_("Category"), _("Planned (MAD)"), _("Actual (MAD)")], costs, None),
    ]


def report_pdf(report: dict, language: str) -> bytes:
    event = report["event"]
    with translation.override(language):
        title = _("Report: %(event)s") % {"event": event.name.text}
        # The venue is typed in one language: said so, as pages say it; the city in the report's language.
        venue = event.venue
        if venue and other_script(written_in(venue)):
            venue = f"{venue} ({in_language_label(written_in(venue))})"
        subtitle = (f"{long_date(timezone.localdate(event.starts_at), language)} — "
                    f"{long_date(timezone.localdate(event.ends_at), language)} · "
                    f"{listed(part for part in (venue, place_name(event.city)) if part)}")
        return sections_pdf(title, subtitle, _sections(report, language), language)


def report_xlsx(report: dict, language: str) -> bytes:
    with translation.override(language):
        return sections_xlsx(_sections(report, language), language)
