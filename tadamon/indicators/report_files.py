"""The regional annual report (the kind the ministry answers with, article 004) as files: a PDF
in Arabic (right to left) or French and an XLSX workbook, with the year's figures against the
year before and each indicator by province with a bar chart. Small counts of people are hidden
as on the dashboard: the report is public."""

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from tadamon.common.numbers import format_number
from tadamon.common.report_files import Section, sections_pdf, sections_xlsx
from tadamon.indicators.domain import dashboards


def _number(value) -> str:
    """5 549, grouped by a narrow no-break space: a plain space split the number in two and an Arabic
    line printed it "549 5" (see common/numbers.py)."""
    return format_number(value)


def _change(value) -> str:
    if value is None:
        return "—"
    return ("+" if value > 0 else "-" if value < 0 else "") + format_number(abs(value))


def _sections(year: int, region) -> list[Section]:
    where = {"region": region} if region is not None else {}
    figures = dashboards.key_figures(year, where)
    summary = [[str(f.indicator.name), _number(f.value), _number(f.previous),
                _change(f.change)] for f in figures]
    # "Change" alone is the verb of a button in French ("Modifier"): the column is the change
    # between the two years.
    change = pgettext("change between two years", "Change")
    sections = [Section(_("Key figures"), [_("Indicator"), str(year), str(year - 1), change], summary)]
    for figure in figures:
        bars, total = dashboards.breakdown(figure.indicator, year, where)
        rows = [[bar.name, _number(bar.value)] for bar in bars]
        # The total is the table's last row, as on the dashboard; the sheet is named after the
        # indicator alone (a total in the name was cut at Excel's 31 characters mid-number).
        sections.append(Section(
            f"{figure.indicator.name} · {year}",
            [_("Province") if region is not None else _("Region"), str(figure.indicator.unit)],
            rows, [bar.value or 0 for bar in bars], sheet=figure.indicator.sheet_name,
            total=[_("Total"), _number(total)]))
    return sections


def _title(year: int, region) -> tuple[str, str]:
    place = region.name if region is not None else _("Morocco")
    return (_("Social and solidarity economy: annual report %(year)s") % {"year": year},
            _("%(place)s · figures counted from the records of the platform; a count of people under 5 is "
              "hidden (—).") % {"place": place})


def report_pdf(year: int, region, language: str) -> bytes:
    with translation.override(language):
        title, subtitle = _title(year, region)
        return sections_pdf(title, subtitle, _sections(year, region), language)


def report_xlsx(year: int, region, language: str) -> bytes:
    with translation.override(language):
        return sections_xlsx(_sections(year, region), language)
