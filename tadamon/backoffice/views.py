"""Back-office views: check access, call a domain function or a query, render."""

import hashlib
from itertools import chain

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language, get_language_bidi, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tadamon.accounts.access import may, membership_for_user, organization_for_user, require
from tadamon.accounts.enums import ClaimStatus
from tadamon.accounts.models import OrganizationClaim
from tadamon.backoffice.forms import ImportForm, MemberForm, OrganizationForm
from tadamon.backoffice.todo import officer_todo
from tadamon.common.concurrency import ConcurrentEditError
from tadamon.common.files import csv_response, xlsx_bytes, xlsx_response
from tadamon.common.htmx import is_htmx
from tadamon.common.paginators import CountKeptPaginator
from tadamon.common.params import id_param
from tadamon.indicators.domain.dashboards import line_points
from tadamon.indicators.domain.organization_dashboard import organization_dashboard as figures_of
from tadamon.partnerships.domain.commitments import seen_on_organization_page
from tadamon.public.forms import DirectoryFilterForm
from tadamon.registry.domain import organizations as organization_domain
from tadamon.registry.domain import people as people_domain
from tadamon.registry.domain.exports import log_export, member_table, organization_table
from tadamon.registry.domain.imports import mark_if_abandoned
from tadamon.registry.domain.queries.directory import directory, member_counts
from tadamon.registry.domain.queries.members import members_as_seen
from tadamon.registry.enums import OrganizationKind
from tadamon.registry.models import Commune, Organization, OrganizationImport
from tadamon.registry.tasks import run_organization_import

PAGE_SIZE = 25
CONCURRENT_EDIT_MESSAGE = gettext_lazy(
    "Someone else saved this record after you opened it. Your changes are still in the form below: "
    "check the current values in another tab, then save again."
)


def saved(form, action):
    """Run a domain call for a valid form and return what it returns; on failure put the reason
    on the form and return None, so the page shows it with everything the user typed."""
    try:
        return action()
    except ConcurrentEditError:
        form.add_error(None, CONCURRENT_EDIT_MESSAGE)
    except ValidationError as exc:
        form.add_error(None, exc)
    return None


def _visible_organizations(request):
    """The part of the registry a user may list: all of it, or a manager's own organisation."""
    if may(request, "registry.export_organizations"):
        return Organization.objects.all()
    return Organization.objects.filter(pk=request.user.organization_id)


@login_required
def home(request):
    if may(request, "market.follow_own_orders"):  # where signing in leads; a buyer's place is their orders
        return redirect("public:my_orders")
    if may(request, "accounts.view_member_space"):  # a member with an account: her own space
        return redirect("backoffice:my_space")
    require(request, "registry.view_registry")
    if not may(request, "registry.export_organizations"):  # a manager: their own organisation's home
        if may(request, "registry.act_for_organization", request.user.organization):
            return redirect("backoffice:manager_home", request.user.organization_id)
        return redirect("backoffice:organization", request.user.organization_id)
    by_kind = dict(Organization.objects.values_list("kind").annotate(n=Count("pk")).values_list("kind", "n"))
    figures = [(OrganizationKind.counted(value, by_kind.get(value, 0)), by_kind.get(value, 0))
               for value in OrganizationKind.values]
    imports = OrganizationImport.objects.filter(created_by=request.user)[:5]
    pending_claims = OrganizationClaim.objects.filter(status=ClaimStatus.PENDING).count() if may(
        request, "accounts.list_claims") else 0
    return render(request, "backoffice/home.html", {"figures": figures, "imports": imports,
                                                    "pending_claims": pending_claims, "todo": officer_todo(request),
                                                    "can_see_portfolio": may(request, "partnerships.view_a_portfolio")})


@login_required
def organization_list(request):
    require(request, "registry.export_organizations")
    form = DirectoryFilterForm(request.GET or None)
    filters = form.filters()
    queryset = directory(filters, base=_visible_organizations(request))
    # The total is kept a minute per user and filters: counting a search over 60,000 organisations
    # was a quarter of the page (docs/performance.md); the rows are always read afresh.
    count_key = f"organizations:{request.user.pk}:{hashlib.sha256(repr(filters).encode()).hexdigest()[:32]}"
    page = CountKeptPaginator(queryset, PAGE_SIZE, count_key=count_key).get_page(request.GET.get("page"))
    counts = member_counts(o.pk for o in page)
    context = {"form": form, "page_obj": page, "rows": [(o, counts.get(o.pk, 0)) for o in page]}
    template = "backoffice/organization_list.html#results" if is_htmx(request) else "backoffice/organization_list.html"
    return render(request, template, context)


@login_required
def organization_export(request, what: str, file_format: str):
    """The filtered directory (what=organizations) or its members (what=members), as CSV or XLSX."""
    if file_format not in ("csv", "xlsx") or what not in ("organizations", "members"):
        raise Http404
    form = DirectoryFilterForm(request.GET or None)
    organizations = directory(form.filters(), base=_visible_organizations(request))
    if what == "organizations":
        require(request, "registry.export_organizations")
        header, rows = organization_table(organizations)
    elif may(request, "registry.export_organizations") or may(
        request, "registry.export_members", request.user.organization
    ):
        header, rows = member_table(
            organizations, lambda organization: may(request, "registry.view_personal_data", organization))
    else:
        raise PermissionDenied
    personal = what == "members" and may(request, "registry.export_personal_data")
    log_export(request, what=what, file_format=file_format, filters=request.GET.dict(), personal=personal)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    filename = f"tadamon-{what}-{stamp}.{file_format}"
    if file_format == "csv":
        return csv_response(chain([header], rows), filename, streaming=True)
    return xlsx_response(xlsx_bytes(chain([header], rows), title=what, right_to_left=get_language_bidi()), filename)


@login_required
def organization_detail(request, pk: int):
    organization = organization_for_user(request, pk)
    user = request.user
    members = []
    if may(request, "registry.view_members", organization):
        members = members_as_seen(
            organization, personal_data_visible=may(request, "registry.view_personal_data", organization))
    context = {
        "organization": organization,
        "members": members,
        "can_change": may(request, "registry.change_organization", organization),
        "acts_for_it": may(request, "registry.act_for_organization", organization),
        "can_change_members": may(request, "registry.change_members", organization),
        "can_import_members": may(request, "registry.import_members", organization),
        "can_view_members": may(request, "registry.view_members", organization),
        "partnerships": seen_on_organization_page(organization, user),
        "history": organization_domain.history(organization, limit=20)
        if may(request, "registry.view_history", organization) else None,
    }
    return render(request, "backoffice/organization_detail.html", context)


@login_required
def organization_create(request):
    require(request, "registry.add_organization")
    form = OrganizationForm(request.POST or None)
    organization = request.method == "POST" and form.is_valid() and saved(
        form, lambda: organization_domain.create_organization(
            fields={k: v for k, v in form.cleaned_data.items() if k != "version"}, user=request.user,
        )
    )
    if organization:
        messages.success(request, _("Organisation created."))
        return redirect("backoffice:organization", organization.pk)
    return render(request, "backoffice/organization_form.html", {"form": form, "organization": None})


@login_required
def organization_edit(request, pk: int):
    organization = organization_for_user(request, pk, "registry.change_organization")
    form = OrganizationForm(request.POST or None, instance=organization)
    if request.method == "POST" and form.is_valid() and saved(form, lambda: organization_domain.update_organization(
        organization, fields={k: v for k, v in form.cleaned_data.items() if k != "version"},
        expected_version=form.cleaned_data["version"] or 0, user=request.user,
    )):
        messages.success(request, _("Changes saved."))
        return redirect("backoffice:organization", organization.pk)
    return render(request, "backoffice/organization_form.html", {"form": form, "organization": organization})


@login_required
def member_add(request, pk: int):
    organization = organization_for_user(request, pk, "registry.change_members")
    form = MemberForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and saved(form, lambda: people_domain.add_member(
        organization, person_fields=form.person_fields(), membership_fields=form.membership_fields(),
        user=request.user,
    )):
        messages.success(request, _("Member added."))
        return redirect("backoffice:organization", organization.pk)
    return render(request, "backoffice/member_form.html", {"form": form, "organization": organization})


@login_required
def member_edit(request, pk: int, membership_pk: int):
    membership = membership_for_user(request, pk, membership_pk, "registry.change_members")
    form = MemberForm(request.POST or None, instance=membership.person, membership=membership)
    if request.method == "POST" and form.is_valid() and saved(form, lambda: people_domain.update_member(
        membership, person_fields=form.person_fields(), membership_fields=form.membership_fields(),
        expected_version=form.cleaned_data["version"] or 0, user=request.user,
    )):
        messages.success(request, _("Changes saved."))
        return redirect("backoffice:organization", membership.organization_id)
    return render(request, "backoffice/member_form.html",
                  {"form": form, "organization": membership.organization, "membership": membership})


@login_required
@require_POST
def member_end(request, pk: int, membership_pk: int):
    membership = membership_for_user(request, pk, membership_pk, "registry.change_members")
    people_domain.end_membership(membership, user=request.user)
    messages.success(request, _("%(name)s is no longer a member.") % {"name": membership.person})
    return redirect("backoffice:organization", membership.organization_id)


@login_required
def commune_options(request):
    """The <option>s of the commune select for the province just chosen (htmx)."""
    require(request, "registry.view_registry")
    province = id_param(request.GET, "province")
    communes = Commune.objects.filter(province_id=province) if province else Commune.objects.none()
    return render(request, "backoffice/commune_options.html", {"communes": communes})


@login_required
def import_start(request):
    require(request, "registry.import_organizations")
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        job = OrganizationImport.objects.create(
            file=upload, original_name=upload.name, dry_run=form.cleaned_data["dry_run"], created_by=request.user
        )
        language = get_language()  # the report is written in the language of the page that sent the file
        transaction.on_commit(lambda: run_organization_import.enqueue(job.pk, language))
        return redirect("backoffice:import_status", job.pk)
    return render(request, "backoffice/import_form.html", {"form": form})


@login_required
def import_status(request, pk: int):
    require(request, "registry.import_organizations")
    job = mark_if_abandoned(get_object_or_404(OrganizationImport, pk=pk, created_by=request.user))
    template = "backoffice/import_status.html#progress" if is_htmx(request) else "backoffice/import_status.html"
    return render(request, template, {"job": job})


@login_required
def organization_dashboard(request, pk: int):
    """The organisation's own figures, for those who may read its page (its manager: only theirs)."""
    organization = organization_for_user(request, pk)
    figures = figures_of(organization)
    largest_band = max((n for _band, _label, n in figures["by_age"]), default=0)
    return render(request, "backoffice/organization_dashboard.html", {
        "organization": organization, "figures": figures, "line": line_points(figures["over_years"]),
        "bands": [(label, n, 100 * n / largest_band if largest_band else 0) for _b, label, n in figures["by_age"]],
    })
