from django.contrib import admin

from tadamon.funding.models import NameRequest


@admin.register(NameRequest)
class NameRequestAdmin(admin.ModelAdmin):
    list_display = ["reference", "name_ar", "name_latin", "province", "authority", "status", "verdict", "grade",
                    "submitted_at"]
    list_filter = ["status", "verdict", "grade", "authority"]
    search_fields = ["reference", "name_ar", "name_latin"]
    readonly_fields = ["reference", "submitted_at", "submitted_by", "evidence", "decided_at", "decided_by"]
    autocomplete_fields = ["province", "authority"]
