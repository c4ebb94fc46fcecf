from django.urls import URLPattern, path
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework.routers import SimpleRouter

from tadamon.api.academy_views import CourseViewSet
from tadamon.api.views import (
    AgreementViewSet,
    CommitmentViewSet,
    EventViewSet,
    IndicatorsView,
    NameCheckView,
    OrderViewSet,
    OrganizationViewSet,
    ParticipantViewSet,
    ProductViewSet,
    ProgrammeViewSet,
    RegistrationViewSet,
    SessionViewSet,
    SupportViewSet,
)
from tadamon.common.page_cache import cached_for_anonymous


class NumericIdRouter(SimpleRouter):
    """Record ids are numbers: /organizations/abc is a 404 from the URL, never a 500 from the
    database (Schemathesis found it)."""

    def get_lookup_regex(self, viewset, lookup_prefix=""):
        lookup = getattr(viewset, "lookup_url_kwarg", None) or getattr(viewset, "lookup_field", "pk")
        return f"(?P<{lookup_prefix}{lookup}>[0-9]+)"


router = NumericIdRouter(trailing_slash=False)
router.register("organizations", OrganizationViewSet, basename="organization")
router.register("programmes", ProgrammeViewSet, basename="programme")
router.register("sessions", SessionViewSet, basename="session")
router.register("registrations", RegistrationViewSet, basename="registration")
router.register("events", EventViewSet, basename="event")
router.register("participants", ParticipantViewSet, basename="participant")
router.register("products", ProductViewSet, basename="product")
router.register("orders", OrderViewSet, basename="order")
router.register("agreements", AgreementViewSet, basename="agreement")
router.register("commitments", CommitmentViewSet, basename="commitment")
router.register("support", SupportViewSet, basename="support")
router.register("courses", CourseViewSet, basename="course")

# The public lists, the same for every anonymous caller, come from the cache for them (page_cache.py).
PUBLIC_LISTS = {"organization-list", "programme-list", "event-list", "product-list"}


def _cached(pattern):
    if pattern.name not in PUBLIC_LISTS:
        return pattern
    return URLPattern(pattern.pattern, cached_for_anonymous()(pattern.callback), pattern.default_args, pattern.name)


app_name = "api"
urlpatterns = [
    path("openapi.json", SpectacularJSONAPIView.as_view(), name="schema"),
    path("name-check", NameCheckView.as_view(), name="name-check"),
    path("indicators", cached_for_anonymous(follows_figures=True)(IndicatorsView.as_view()), name="indicators"),
    *[_cached(pattern) for pattern in router.urls],
]
