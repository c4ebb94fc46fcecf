"""Exports of the directory: organisations (no personal data) and their members (personal data
unmasked only where the user may see it). Each export is written to the audit log."""

from django.utils.translation import gettext as _

from tadamon.accounts import audit
from tadamon.accounts.enums import AuditAction
from tadamon.common.personal_data import shown_personal_data
from tadamon.registry.domain.queries.directory import member_counts
from tadamon.registry.enums import Gender, MemberRole, OrganizationKind, OrganizationStatus
from tadamon.registry.models import Membership


def organization_table(queryset):
    header = [
        _("ID"), _("Kind"), _("Name in Arabic"), _("Name in Latin script"), _("Acronym"), _("Sector"),
        _("Registry number"), _("Creation date"), _("Status"), _("Region"), _("Province code"),
        _("Province"), _("Commune"), _("Phone"), _("E-mail"), _("Women's organisation"),
        _("Youth organisation"), _("Current members"),
    ]

    # Labels resolved once: get_FOO_display() translates every choice on every call.
    kinds, statuses = _labels(OrganizationKind), _labels(OrganizationStatus)
    yes, no = _("yes"), _("no")

    def rows():
        for page in _batches(queryset.iterator(chunk_size=2000), 2000):
            counts = member_counts(o.pk for o in page)
            for o in page:
                yield [
                    o.pk, kinds[o.kind], o.name_ar, o.name_latin, o.acronym,
                    o.sector.name if o.sector else "", o.registry_number,
                    o.creation_date.isoformat() if o.creation_date else "", statuses[o.status],
                    o.province.region.name, o.province.code, o.province.name,
                    o.commune.name if o.commune else "", o.phone, o.email,
                    yes if o.is_women else no, yes if o.is_youth else no,
                    counts.get(o.pk, 0),
                ]

    return header, rows()


def _labels(choices) -> dict[str, str]:
    return {value: str(label) for value, label in choices.choices}


def _batches(iterable, size: int):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def member_table(organizations, sees_personal_data):
    """Current members of `organizations`; CIN, phone and birth year in clear only for the
    organisations for which `sees_personal_data(organization)` is true (the caller asks the
    permission registry.view_personal_data, once an organisation)."""
    header = [
        _("Organisation ID"), _("Organisation"), _("Last name in Arabic"), _("First name in Arabic"),
        _("Last name in Latin script"), _("First name in Latin script"), _("Gender"), _("Role"),
        _("Start date"), _("Birth year"), _("CIN"), _("Phone"),
    ]
    memberships = (
        Membership.objects.current()
        .filter(organization__in=organizations)
        .select_related("person", "organization")
        .order_by("organization_id", "role", "person__last_name_latin", "pk")
    )
    clear = {}
    genders, roles = _labels(Gender), _labels(MemberRole)

    def rows():
        for m in memberships.iterator(chunk_size=2000):
            org = m.organization
            if org.pk not in clear:
                clear[org.pk] = sees_personal_data(org)
            p = m.person
            shown = shown_personal_data(p, visible=clear[org.pk])
            yield [
                org.pk, org.display_name, p.last_name_ar, p.first_name_ar, p.last_name_latin, p.first_name_latin,
                genders[p.gender], roles[m.role], m.start_date.isoformat() if m.start_date else "",
                "" if shown["birth_year"] is None else shown["birth_year"], shown["cin"], shown["phone"],
            ]

    return header, rows()


def log_export(request, *, what: str, file_format: str, filters: dict, personal: bool):
    audit.record(
        AuditAction.EXPORT_PERSONAL if personal else AuditAction.EXPORT,
        request=request, target=what, format=file_format, filters=filters,
    )
