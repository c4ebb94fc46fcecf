from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from tadamon.accounts.models import AuditEvent, FieldAction, FieldDevice, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ["username", "get_full_name", "role", "organization", "is_active", "last_login"]
    list_filter = ["role", "is_active", "is_superuser"]
    list_select_related = ["organization"]
    autocomplete_fields = ["organization"]
    fieldsets = BaseUserAdmin.fieldsets + ((_("Tadamon"), {"fields": ("role", "organization", "preferred_language")}),)
    add_fieldsets = BaseUserAdmin.add_fieldsets + ((_("Tadamon"), {"fields": ("role", "organization")}),)
    # Changes of role, organisation, groups and permissions are audited by model signals
    # (tadamon.accounts.signals), here as anywhere else.


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Read-only: an audit log nobody can edit."""

    list_display = ["at", "actor_name", "action", "target", "ip_address"]
    list_filter = ["action"]
    search_fields = ["actor_name", "target"]
    date_hierarchy = "at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(FieldDevice)
class FieldDeviceAdmin(admin.ModelAdmin):
    """Devices kept signed in for a day's field work (docs/offline.md): revoked, never edited."""

    list_display = ["user", "label", "created_at", "expires_at", "last_used_at", "revoked_at"]
    list_filter = ["revoked_at"]
    search_fields = ["user__username", "label"]
    list_select_related = ["user"]
    readonly_fields = ["user", "label", "created_at", "expires_at", "last_used_at", "revoked_at", "revoked_by"]
    exclude = ["token_hash"]
    actions = ["revoke"]

    @admin.action(description=_("Sign the selected devices out"))
    def revoke(self, request, queryset):
        from tadamon.accounts.domain.field_devices import revoke

        for device in queryset.filter(revoked_at__isnull=True):
            revoke(device, by=request.user)

    def has_add_permission(self, request):
        return False


@admin.register(FieldAction)
class FieldActionAdmin(admin.ModelAdmin):
    """What field devices sent, each action once: read-only."""

    list_display = ["received_at", "user", "kind", "outcome", "made_at"]
    list_filter = ["kind", "outcome"]
    search_fields = ["user__username", "client_id"]
    list_select_related = ["user"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
