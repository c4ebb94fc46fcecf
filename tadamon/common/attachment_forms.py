"""The voice note and photos that may go with a message: a form posted beside the message's own
(same <form>, its own prefix), rendered by includes/attachment_fields.html with the recorder."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from tadamon.common.attachments import MAX_PHOTOS, Checked, check_photos, check_voice, clock


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input; an empty list when none is chosen."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, (list, tuple)) else [data] if data else []
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class AttachmentForm(forms.Form):
    # Filled by the recorder (its count of seconds): a hint, used only when the file does not say.
    voice_seconds = forms.IntegerField(required=False, min_value=0, max_value=3600, widget=forms.HiddenInput)
    voice = forms.FileField(label=_("Voice note"), required=False, widget=forms.FileInput(
        attrs={"accept": "audio/*", "capture": True}))
    photos = MultipleFileField(label=_("Photos"), required=False, widget=MultipleFileInput(
        attrs={"accept": "image/*"}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["photos"].help_text = ngettext(
            "At most %(count)d photo, from the camera or the phone's gallery.",
            "At most %(count)d photos, from the camera or the phone's gallery.", MAX_PHOTOS) % {"count": MAX_PHOTOS}

    @property
    def max_length(self) -> str:
        return clock(settings.MAX_VOICE_SECONDS)

    @property
    def max_length_seconds(self) -> int:
        return settings.MAX_VOICE_SECONDS

    def clean_voice(self) -> Checked | None:
        upload = self.cleaned_data.get("voice")
        return check_voice(upload, self.cleaned_data.get("voice_seconds")) if upload else None

    def clean_photos(self) -> list[Checked]:
        return check_photos(self.cleaned_data.get("photos") or [])

    def passes(self) -> bool:
        """Valid, or not posted (a form of the page that takes no attachment was sent)."""
        return not self.is_bound or self.is_valid()

    @property
    def checked(self) -> list[Checked]:
        """What passed the checks, the voice note first (call after is_valid())."""
        data = getattr(self, "cleaned_data", {})
        return ([data["voice"]] if data.get("voice") else []) + list(data.get("photos") or [])
