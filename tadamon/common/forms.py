from django import forms


class CodeChoiceField(forms.ModelChoiceField):
    """Chooses a territory or sector by its code, so URLs stay readable (?region=MA-08)."""

    def label_from_instance(self, obj):
        return obj.name
