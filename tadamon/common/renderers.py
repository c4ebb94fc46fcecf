"""The form renderer: Django's, writing a <select> in Python.

Django renders a `<select>` from a template that includes two more templates for each option
(select_option.html, attrs.html): a filter form with its 75 provinces, 36 sectors and 12 regions
cost more CPU than the rest of a directory page (docs/performance.md, issue 26). This renderer
writes the same HTML directly — the same escaping and localisation as the templates, the same
whitespace; `common/tests/test_form_renderer.py` compares the two — and leaves every other widget,
and any option with a template of its own, to Django's templates."""

from django.forms.renderers import DjangoTemplates
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData

SELECT = "django/forms/widgets/select.html"
OPTION = "django/forms/widgets/select_option.html"


def _text(value) -> str:
    """A value as `{{ value }}` writes it in a template: localised, then escaped unless safe."""
    value = localize(value)
    return conditional_escape(value if isinstance(value, str) else str(value))


def _formatted(value):
    """`value|stringformat:'s'`: "%s" % value, still safe if it was."""
    return value if isinstance(value, SafeData) else str(value)


def _attrs(attrs: dict) -> str:
    """attrs.html: ` name="value"`, a bare ` name` for True, nothing for False."""
    return "".join(f" {_text(name)}" if value is True else f' {_text(name)}="{_text(_formatted(value))}"'
                   for name, value in attrs.items() if value is not False)


class FormRenderer(DjangoTemplates):
    def render(self, template_name, context, request=None):
        if template_name != SELECT:
            return super().render(template_name, context, request=request)
        widget = context["widget"]
        html = [f'<select name="{_text(widget["name"])}"{_attrs(widget["attrs"])}>']
        for group_name, group_choices, _index in widget["optgroups"]:
            if group_name:
                html.append(f'\n  <optgroup label="{_text(group_name)}">')
            for option in group_choices:
                if option["template_name"] == OPTION:
                    html.append(f'\n  <option value="{_text(_formatted(option["value"]))}"{_attrs(option["attrs"])}>'
                                f'{_text(option["label"])}</option>\n')
                else:  # as `{% include option.template_name with widget=option %}`
                    html.append("\n  " + self.get_template(option["template_name"]).render(
                        {**context, "widget": option}, request=request))
            if group_name:
                html.append("\n  </optgroup>")
        html.append("\n</select>")
        return "".join(html)
