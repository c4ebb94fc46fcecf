"""A cooperative member's own space: what she learned, her certificates, her fairs, and her
cooperative's coming fairs and sessions. Read-only: members do not manage the cooperative."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from tadamon.accounts.access import require
from tadamon.accounts.domain import member_space


@login_required
def my_space(request):
    require(request, "accounts.view_member_space")
    person, organization = request.user.person, request.user.organization
    return render(request, "backoffice/my_space.html", {
        "person": person, "organization": organization,
        "trainings": member_space.my_trainings(person), "certificates": member_space.my_certificates(person),
        "fairs": member_space.my_fairs(person), "news": member_space.cooperative_news(organization),
    })
