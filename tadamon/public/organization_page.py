"""What the organisation's public page shows besides its registry facts: its story in the page's
language (or another one, said so), products, valid certifications, fairs it exhibited at,
programmes that accompany it, the schematic map and the contact it chose to publish. Reads
organisations, products, events and programmes only, never a Person field."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tadamon.common.phones import display_phone
from tadamon.events.enums import ApplicationStatus
from tadamon.market.domain.queries.catalogue import with_cards
from tadamon.market.models import Certification, valid_on
from tadamon.programmes.enums import EnrolmentStatus
from tadamon.public.product_views import public_products
from tadamon.public.province_map import province_map
from tadamon.registry.models import Province

PRODUCTS_SHOWN = 12
# Said next to a story shown in another language than the page's (never silently).
WRITTEN_IN = {"ar": _("Written in Arabic"), "fr": _("Written in French"), "en": _("Written in English")}


def organization_context(request, organization) -> dict:
    products = list(with_cards(public_products().filter(organization=organization))[: PRODUCTS_SHOWN + 1])
    story = organization.story
    return {
        "story": story, "story_written_in": WRITTEN_IN.get(story.language) if story.is_fallback else None,
        "products": products[:PRODUCTS_SHOWN], "more_products": len(products) > PRODUCTS_SHOWN,
        "certifications": organization_certifications(organization),
        "fairs": [a.event for a in organization.exhibitor_applications.filter(
            status=ApplicationStatus.SELECTED).select_related("event").order_by("-event__starts_at")],
        "programmes": [e.programme for e in organization.enrolments.filter(
            status__in=EnrolmentStatus.taking_part()).select_related("programme").order_by("programme__pk")],
        "map": province_map(Province.objects.only("pk", "code", "region_id", "name_ar", "name_fr", "name_en"),
                            organization.province),
        "share_url": request.build_absolute_uri(organization.get_absolute_url()),
        "public_phone_display": display_phone(organization.public_phone),
    }


def organization_certifications(organization) -> list:
    """Valid today: the organisation's own and those of its published products."""
    return list(Certification.objects.filter(valid_on(timezone.localdate()), organization=organization)
                .filter(Q(product=None) | Q(product__published=True)).select_related("product").order_by("kind", "pk"))
