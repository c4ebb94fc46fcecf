from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from tadamon.common.views import healthz
from tadamon.public.event_views import ticket_short
from tadamon.public.message_views import message_inbound
from tadamon.public.offline_views import manifest, offline, service_worker
from tadamon.public.product_views import product_short
from tadamon.public.views import certificate_short

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # The installable app (docs/offline.md): the service worker at the root controls every language.
    path("sw.js", service_worker, name="service_worker"),
    path("api/v1/", include("tadamon.api.urls")),
    # Printed on certificates and in their QR codes: short, and the same in every language.
    path("c/<str:code>", certificate_short, name="certificate_short"),
    # In the QR code of an event ticket: scanned at the door, it opens the staff check-in page.
    path("t/<str:token>", ticket_short, name="ticket_short"),
    # On a product's QR label: its public traceability page.
    path("p/<int:pk>", product_short, name="product_short"),
    # Replies to SMS and WhatsApp, forwarded by the provider (docs/deploy.md, "Messages").
    path("messages/inbound/<str:token>/", message_inbound, name="message_inbound"),
]
urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("manifest.webmanifest", manifest, name="manifest"),
    path("offline/", offline, name="offline"),
    path("accounts/", include("tadamon.accounts.urls")),
    path("manage/", include("tadamon.backoffice.urls")),
    path("", include("tadamon.public.urls")),
)

handler400 = "tadamon.common.views.bad_request"
handler500 = "tadamon.common.views.server_error"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
