from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from tadamon.common.personal_data import mask
from tadamon.registry.models import (
    Commune,
    Membership,
    Organization,
    OrganizationImport,
    Person,
    Province,
    Region,
    Sector,
)


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["code", "name_ar", "name_fr"]
    search_fields = ["code", "name_ar", "name_fr"]


@admin.register(Province)
class ProvinceAdmin(admin.ModelAdmin):
    list_display = ["code", "name_ar", "name_fr", "kind", "region"]
    list_filter = ["region", "kind"]
    search_fields = ["code", "name_ar", "name_fr"]
    list_select_related = ["region"]


@admin.register(Commune)
class CommuneAdmin(admin.ModelAdmin):
    list_display = ["name_fr", "name_ar", "code", "kind", "province"]
    list_filter = ["province__region", "kind"]
    search_fields = ["code", "name_ar", "name_fr"]
    list_select_related = ["province"]
    autocomplete_fields = ["province"]


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin):
    list_display = ["code", "name_ar", "name_fr", "parent", "position"]
    list_filter = ["parent"]
    search_fields = ["code", "name_ar", "name_fr"]


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["person"]
    fields = ["person", "role", "start_date", "end_date"]


@admin.register(Organization)
class OrganizationAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "kind", "province", "sector", "status", "is_women", "is_youth"]
    list_filter = ["kind", "status", "is_women", "is_youth", "province__region", "sector__parent"]
    search_fields = ["name_ar", "name_latin", "name_zgh", "acronym", "registry_number"]
    list_select_related = ["province", "sector"]
    autocomplete_fields = ["province", "commune", "sector"]
    inlines = [MembershipInline]
    readonly_fields = ["version", "created_at", "updated_at"]
    show_full_result_count = False  # COUNT(*) over 60,000 rows on every page is wasted work

    def get_search_results(self, request, queryset, search_term):
        # The registry's own search: both scripts, normalised.
        if not search_term:
            return queryset, False
        return queryset.search(search_term), False


@admin.register(Person)
class PersonAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "gender", "birth_year", "masked_cin", "masked_phone"]
    list_filter = ["gender"]
    search_fields = ["last_name_ar", "last_name_latin", "last_name_zgh", "first_name_ar", "first_name_latin",
                     "first_name_zgh"]
    readonly_fields = ["cin_hash", "version", "created_at", "updated_at"]
    show_full_result_count = False

    @admin.display(description=_("CIN"))
    def masked_cin(self, person):
        return mask(person.cin)

    @admin.display(description=_("phone"))
    def masked_phone(self, person):
        return mask(person.phone)


@admin.register(OrganizationImport)
class OrganizationImportAdmin(admin.ModelAdmin):
    list_display = ["original_name", "created_by", "created_at", "status", "dry_run"]
    list_filter = ["status"]
    readonly_fields = [f.name for f in OrganizationImport._meta.fields]
