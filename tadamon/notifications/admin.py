from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from tadamon.notifications.models import BulkSend, ContactPreference, Message, OptOut


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    """The log of every message. Addresses are masked: the full number or e-mail is not shown."""

    list_display = ("created_at", "kind", "channel", "masked_address", "language", "status", "attempts", "parts")
    list_filter = ("status", "channel", "kind", "language")
    date_hierarchy = "created_at"
    fields = ("kind", "channel", "masked_address", "language", "status", "attempts", "parts", "subject",
              "provider_response", "created_at", "sent_at", "next_attempt_at", "topic")
    readonly_fields = fields

    @admin.display(description=_("address"))
    def masked_address(self, message: Message) -> str:
        return message.masked_address

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(OptOut)
class OptOutAdmin(admin.ModelAdmin):
    list_display = ("masked_address", "kind", "source", "created_at")
    list_filter = ("kind", "source")

    @admin.display(description=_("address"))
    def masked_address(self, optout: OptOut) -> str:
        return str(optout).split(" · ")[0]


@admin.register(ContactPreference)
class ContactPreferenceAdmin(admin.ModelAdmin):
    list_display = ("__str__", "channel", "language")
    raw_id_fields = ("person", "organization")


@admin.register(BulkSend)
class BulkSendAdmin(admin.ModelAdmin):
    list_display = ("__str__", "created_by", "recipients", "created_at")
    readonly_fields = ("created_by", "programme", "event", "text_ar", "text_fr", "recipients")
