from django import forms
from django.utils.translation import gettext_lazy as _

from tadamon.funding.models import Award, AwardEdition


class AwardEditionForm(forms.Form):
    """Which award's edition (and which year) an award call runs; no award: none."""

    award = forms.ModelChoiceField(label=_("Award"), queryset=Award.objects.all(), required=False,
                                   empty_label=_("No award edition"))
    year = forms.IntegerField(label=_("Edition of"), min_value=1990, max_value=2100, required=False)

    @classmethod
    def for_call(cls, call, data=None):
        edition = AwardEdition.objects.filter(call=call).first()
        initial = ({"award": edition.award_id, "year": edition.year} if edition
                   else {"year": call.closes_at.year})
        return cls(data, initial=initial, prefix="award")
