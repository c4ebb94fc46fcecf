"""Messages from programme staff to a programme's cohort or a fair's travelling members: write
them in Arabic and French, preview who gets them and how many SMS parts, send in the background,
follow the progress and the report (tadamon.notifications.bulk). And how an organisation and its
members get their messages (channel and language)."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from tadamon.accounts.access import event_for_user, organization_for_user, programme_for_user
from tadamon.common.htmx import is_htmx
from tadamon.notifications import bulk as bulk_domain
from tadamon.notifications.enums import Channel
from tadamon.notifications.models import BulkSend
from tadamon.notifications.preferences import people_preferences, preference_for, set_preference
from tadamon.notifications.segments import count
from tadamon.registry.models import Membership


class BulkMessageForm(forms.Form):
    text_ar = forms.CharField(label=_("Text in Arabic"), required=False, max_length=1000,
                              widget=forms.Textarea(attrs={"rows": 4, "dir": "rtl", "lang": "ar"}))
    text_fr = forms.CharField(label=_("Text in French"), required=False, max_length=1000,
                              widget=forms.Textarea(attrs={"rows": 4, "dir": "ltr", "lang": "fr"}))

    def clean(self):
        data = super().clean()
        if not (data.get("text_ar", "").strip() or data.get("text_fr", "").strip()):
            raise forms.ValidationError(_("Write the message in Arabic, in French, or both."))
        return data


def _compose(request, *, programme=None, event=None):
    form = BulkMessageForm(request.POST or None)
    context = {"form": form, "programme": programme, "event": event}
    if request.method == "POST" and form.is_valid():
        texts = {"text_ar": form.cleaned_data["text_ar"].strip(), "text_fr": form.cleaned_data["text_fr"].strip()}
        if "send" in request.POST:
            bulk = bulk_domain.start(user=request.user, programme=programme, event=event, **texts)
            return redirect("backoffice:bulk_message", bulk.pk)
        recipients = (bulk_domain.programme_recipients(programme) if programme
                      else bulk_domain.event_recipients(event))
        context.update(estimate=bulk_domain.estimate(recipients, **texts),
                       segments=[(label, text, count(text)) for label, text in
                                 ((_("Arabic"), texts["text_ar"]), (_("French"), texts["text_fr"])) if text])
    return render(request, "backoffice/bulk_message_form.html", context)


@login_required
def programme_message(request, pk: int):
    return _compose(request, programme=programme_for_user(request, pk, "notifications.message_programme"))


@login_required
def event_message(request, pk: int):
    return _compose(request, event=event_for_user(request, pk, "notifications.message_event"))


@login_required
def bulk_message(request, pk: int):
    """The progress and report of a bulk message, for whoever may send one to its audience."""
    bulk = get_object_or_404(BulkSend.objects.select_related("programme", "event"), pk=pk)
    if bulk.programme_id:
        programme_for_user(request, bulk.programme_id, "notifications.message_programme")
    else:
        event_for_user(request, bulk.event_id, "notifications.message_event")
    template = "backoffice/bulk_message_status.html#progress" if is_htmx(request) else \
        "backoffice/bulk_message_status.html"
    return render(request, template, {"bulk": bulk, "report": bulk_domain.report(bulk)})


class PreferencesForm(forms.Form):
    """The organisation's channel and language, and each member's who has no account of their own
    (fields `p<person id>-channel`, `p<person id>-language`)."""

    channel = forms.ChoiceField(label=_("The organisation gets its messages by"), choices=Channel.choices)
    language = forms.ChoiceField(label=_("language"), choices=settings.LANGUAGES)

    def __init__(self, *args, people=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.people = list(people)
        phone_channels = [(Channel.SMS, Channel.SMS.label), (Channel.WHATSAPP, Channel.WHATSAPP.label)]
        for person in self.people:
            self.fields[f"p{person.pk}-channel"] = forms.ChoiceField(label=_("messages by"), choices=phone_channels)
            self.fields[f"p{person.pk}-language"] = forms.ChoiceField(label=_("language"), choices=settings.LANGUAGES)

    def rows(self):
        return [(person, self[f"p{person.pk}-channel"], self[f"p{person.pk}-language"]) for person in self.people]


@login_required
def message_preferences(request, pk: int):
    """How an organisation and its members (those without an account) get messages; for whoever
    may edit the organisation."""
    organization = organization_for_user(request, pk, "registry.change_organization")
    people = [m.person for m in Membership.objects.current().filter(organization=organization, person__account=None)
              .select_related("person").order_by("person__last_name_latin", "person__pk")]
    own, chosen = preference_for(organization), people_preferences(people)
    initial = {"channel": own.channel if own else Channel.EMAIL, "language": own.language if own else "ar"}
    for person in people:
        initial[f"p{person.pk}-channel"] = chosen[person.pk].channel if person.pk in chosen else Channel.SMS
        initial[f"p{person.pk}-language"] = chosen[person.pk].language if person.pk in chosen else "ar"
    form = PreferencesForm(request.POST or None, initial=initial, people=people)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            set_preference(organization, channel=form.cleaned_data["channel"], language=form.cleaned_data["language"])
            for person in people:
                set_preference(person, channel=form.cleaned_data[f"p{person.pk}-channel"],
                               language=form.cleaned_data[f"p{person.pk}-language"])
        messages.success(request, _("Saved."))
        return redirect("backoffice:organization", organization.pk)
    return render(request, "backoffice/message_preferences.html", {"organization": organization, "form": form})
