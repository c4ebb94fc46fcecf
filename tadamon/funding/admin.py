from django.contrib import admin

from tadamon.funding.models import (
    AnnualDeclaration,
    Application,
    Award,
    AwardCategory,
    AwardEdition,
    AwardPlacement,
    Call,
    Criterion,
    Finding,
    Inspection,
    NameRequest,
    RoutingRule,
    SupportRequest,
    SupportRequestEvent,
)


@admin.register(NameRequest)
class NameRequestAdmin(admin.ModelAdmin):
    list_display = ["reference", "name_ar", "name_latin", "province", "authority", "status", "verdict", "grade",
                    "submitted_at"]
    list_filter = ["status", "verdict", "grade", "authority"]
    search_fields = ["reference", "name_ar", "name_latin"]
    readonly_fields = ["reference", "submitted_at", "submitted_by", "evidence", "decided_at", "decided_by"]
    autocomplete_fields = ["province", "authority"]


@admin.register(RoutingRule)
class RoutingRuleAdmin(admin.ModelAdmin):
    """The table that routes support requests: admins edit it here."""

    list_display = ["category", "province", "institution", "answer_within_days", "resolve_within_days"]
    list_editable = ["institution", "answer_within_days", "resolve_within_days"]
    list_filter = ["category", "institution"]
    autocomplete_fields = ["province", "institution"]


class EventInline(admin.TabularInline):
    model = SupportRequestEvent
    extra = 0
    readonly_fields = ["at", "by", "by_organization", "kind", "message", "institution", "status"]
    can_delete = False


@admin.register(SupportRequest)
class SupportRequestAdmin(admin.ModelAdmin):
    list_display = ["pk", "title", "organization", "category", "institution", "status", "opened_at"]
    list_filter = ["status", "category", "institution"]
    search_fields = ["title", "organization__name_latin", "organization__name_ar"]
    readonly_fields = ["organization", "institution", "opened_by", "opened_at", "first_answer_at", "resolved_at",
                       "answer_due_at", "resolve_due_at", "status", "version"]
    inlines = [EventInline]


class CriterionInline(admin.TabularInline):
    model = Criterion
    extra = 3


@admin.register(Call)
class CallAdmin(admin.ModelAdmin):
    """Calls are opened here by admins (criteria inline); programme staff of the organisation
    running a call then work it in the back office."""

    list_display = ["title_fr", "title_ar", "kind", "sponsor", "opens_at", "closes_at", "budget_mad"]
    list_filter = ["kind", "sponsor"]
    search_fields = ["title_fr", "title_ar"]
    autocomplete_fields = ["sponsor", "provinces", "evaluators"]
    inlines = [CriterionInline]


@admin.register(Application)
class ApplicationAdmin(admin.ModelAdmin):
    list_display = ["title", "call", "organization", "status", "submitted_at"]
    list_filter = ["status", "call"]
    search_fields = ["title", "organization__name_latin", "organization__name_ar"]
    readonly_fields = ["call", "organization", "status", "submitted_at", "decided_at", "decided_by", "version"]


@admin.register(AnnualDeclaration)
class AnnualDeclarationAdmin(admin.ModelAdmin):
    list_display = ["organization", "year", "members_women", "members_men", "turnover_mad", "general_assembly_held",
                    "accounts_filed", "filed_at"]
    list_filter = ["year", "general_assembly_held", "accounts_filed"]
    search_fields = ["organization__name_latin", "organization__name_ar"]
    autocomplete_fields = ["organization"]


class FindingInline(admin.TabularInline):
    model = Finding
    extra = 0


@admin.register(Inspection)
class InspectionAdmin(admin.ModelAdmin):
    list_display = ["organization", "planned_on", "done_on", "result", "follow_up_due"]
    list_filter = ["result", "authority"]
    search_fields = ["organization__name_latin", "organization__name_ar"]
    autocomplete_fields = ["organization", "authority", "inspector"]
    inlines = [FindingInline]


class AwardCategoryInline(admin.TabularInline):
    model = AwardCategory
    extra = 1


@admin.register(Award)
class AwardAdmin(admin.ModelAdmin):
    list_display = ["name_fr", "name_ar", "audience", "slug"]
    prepopulated_fields = {"slug": ["name_fr"]}


@admin.register(AwardEdition)
class AwardEditionAdmin(admin.ModelAdmin):
    """An edition and its categories; its laureates are its call's funded applications."""

    list_display = ["award", "year", "call"]
    list_filter = ["award"]
    raw_id_fields = ["call"]
    inlines = [AwardCategoryInline]


@admin.register(AwardPlacement)
class AwardPlacementAdmin(admin.ModelAdmin):
    list_display = ["application", "category", "rank"]
    list_filter = ["category__edition"]
    raw_id_fields = ["application"]
