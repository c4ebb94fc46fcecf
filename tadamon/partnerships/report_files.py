"""A sponsor's yearly social-responsibility report as files: a PDF (Arabic right to left, or
French) and an XLSX workbook, with the same tables and bar charts (common.report_files)."""

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from tadamon.common.pdf import long_date
from tadamon.common.report_files import Section, money, sections_pdf, sections_xlsx


def _label(item) -> str:
    return item.name if item is not None else ""


def _sections(report: dict) -> list[Section]:
    """The report's tables, in the active language."""
    summary = [
        [_("Agreements in force"), str(len(report["parties"]))],
        [_("Commitments due in the year"), str(report["commitments"])],
        *[[_("of which: %(status)s") % {"status": label}, str(n)] for _status, label, n, _amount in report["statuses"]],
        [_("Committed (MAD)"), money(report["committed"])],
        [_("Delivered (MAD)"), money(report["delivered"])],
        [_("of which money (MAD)"), money(report["money"])],
        [_("of which in kind (MAD)"), money(report["in_kind"])],
        [_("of which services (MAD)"), money(report["services"])],
        [_("Organisations reached"), str(report["organizations"])],
        [_("Members of the organisations reached"), str(report["members"])],
        [_("of which women"), str(report["women"])],
        [_("of which men"), str(report["men"])],
        [_("People named in the support (seats, transport, lodging)"), str(report["people_named"])],
    ]
    agreements = [[f"{party.agreement.reference} · {party.agreement.title.text}", party.get_role_display(),
                   f"{party.agreement.starts_on:%m/%Y} – {party.agreement.ends_on:%m/%Y}",
                   money(party.agreement.budget_mad)] for party in report["parties"]]
    statuses = [[str(label), str(n), money(amount)] for _status, label, n, amount in report["statuses"]]
    everywhere = _("Owed to all the beneficiaries of an agreement")
    provinces = [[_label(row["item"]) or everywhere, money(row["committed"]), money(row["delivered"]),
                  str(row["organizations"])] for row in report["by_province"]]
    sectors = [[_label(row["item"]) or _("No sector"), money(row["committed"]), money(row["delivered"]),
                str(row["organizations"])] for row in report["by_sector"]]
    kinds = [[str(row["label"]), str(row["deliveries"]), money(row["delivered"]), str(row["people"])]
             for row in report["by_kind"]]
    ages = [[str(label), str(n)] for _band, label, n in report["by_age"]]
    late = [[f"{c.agreement.reference} · {c.deliverable}", c.beneficiary.display_name if c.beneficiary else
             everywhere, f"{c.due_on:%d/%m/%Y}", f"{money(c.delivered_mad)} / {money(c.amount_mad)}"]
            for c in report["late_list"]]
    agreements = agreements or [["—", "", "", ""]]
    late = late or [["—", "", "", ""]]
    by_money = [_("Committed (MAD)"), _("Delivered (MAD)"), _("Organisations")]
    return [
        Section(_("Key figures"), [_("Indicator"), _("Value")], summary),
        Section(_("Agreements in force"), [_("Agreement"), _("Role"), _("Period"), _("Budget (MAD)")], agreements),
        Section(_("Commitments by status"), [_("Status"), _("Commitments"), _("Amount (MAD)")], statuses,
                [n for _status, _label, n, _amount in report["statuses"]]),
        Section(_("Support by province"), [_("Province"), *by_money], provinces,
                [row["delivered"] for row in report["by_province"]]),
        Section(_("Support by type"), [_("Type"), _("Deliveries"), _("Value (MAD)"), _("People")], kinds,
                [row["delivered"] for row in report["by_kind"]]),
        Section(_("Support by sector"), [_("Sector"), *by_money], sectors,
                [row["delivered"] for row in report["by_sector"]]),
        Section(_("Members reached by age"), [_("Age band"), _("People")], ages,
                [n for _band, _label, n in report["by_age"]]),
        Section(_("Late commitments"), [_("Commitment"), _("To whom"), _("Due by"), _("Delivered / owed (MAD)")],
                late),
    ]


def report_pdf(report: dict, language: str) -> bytes:
    with translation.override(language):
        title = _("Social-responsibility report %(year)s: %(organization)s") % {
            "year": report["year"], "organization": report["organization"].display_name}
        subtitle = _("Partnership agreements, commitments due and support delivered from 1 January to "
                     "31 December %(year)s. Figures as of %(date)s.") % {
            "year": report["year"], "date": long_date(timezone.localdate(), language)}
        return sections_pdf(title, subtitle, _sections(report), language)


def report_xlsx(report: dict, language: str) -> bytes:
    with translation.override(language):
        return sections_xlsx(_sections(report), language)
