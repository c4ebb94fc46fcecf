"""The award edition an award call runs, set on the call's page by those who run the call."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tadamon.accounts.access import call_for_user
from tadamon.backoffice.award_forms import AwardEditionForm
from tadamon.backoffice.views import saved
from tadamon.funding.domain import awards as domain


@login_required
@require_POST
def call_award(request, pk: int):
    call = call_for_user(request, pk, "funding.run_call")
    form = AwardEditionForm.for_call(call, request.POST)
    if form.is_valid():
        done = saved(form, lambda: domain.set_edition(call, award=form.cleaned_data["award"],
                                                      year=form.cleaned_data["year"]) or True)
        if done:
            messages.success(request, _("Award edition saved."))
            return redirect("backoffice:call", call.pk)
    return render(request, "backoffice/call_award.html", {"call": call, "award_form": form}, status=400)
