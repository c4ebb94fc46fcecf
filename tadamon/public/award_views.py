"""Public pages of the national awards: the awards with their editions, and an edition's
laureates by category. Laureates are applications decided funded in the edition's call, shown
by their organisation's public name: never an applicant still waiting or rejected, never a person."""

from django.shortcuts import get_object_or_404, render

from tadamon.funding.domain.queries.awards import awards_of, awards_with_editions, edition_laureates
from tadamon.funding.models import AwardEdition


def award_list(request):
    return render(request, "public/award_list.html", {"awards": awards_with_editions()})


def award_edition(request, slug: str, year: int):
    edition = get_object_or_404(AwardEdition.objects.select_related("award", "call"), award__slug=slug, year=year)
    return render(request, "public/award_edition.html",
                  {"edition": edition, "award": edition.award, "laureates": edition_laureates(edition)})


def organization_awards(organization) -> list:
    """What `public/includes/organization_awards.html` shows on an organisation's public page."""
    return awards_of(organization)
