import django_filters

from tadamon.registry.domain.queries.directory import DirectoryFilters, directory
from tadamon.registry.enums import OrganizationKind


class OrganizationFilter(django_filters.FilterSet):
    """Same filters as the directory page; the view turns them into DirectoryFilters."""

    q = django_filters.CharFilter(method="noop", help_text=(
        "Name in Arabic or Latin script, or words of it in Arabic, French or English, in the singular or "
        "plural, with or without the article (تمور, التمور, dattes, dates). Every word must match; exact "
        "names come first."))
    region = django_filters.CharFilter(method="noop", help_text="Region ISO code, e.g. MA-08.")
    province = django_filters.CharFilter(method="noop", help_text="Province ISO code, e.g. MA-TIN.")
    kind = django_filters.ChoiceFilter(choices=OrganizationKind.choices, method="noop")
    sector = django_filters.CharFilter(method="noop", help_text="Sector code; a group code includes its sectors.")
    women = django_filters.BooleanFilter(method="noop")
    youth = django_filters.BooleanFilter(method="noop")

    def noop(self, queryset, name, value):
        return queryset

    def filter_queryset(self, queryset):
        data = self.form.cleaned_data
        filters = DirectoryFilters(
            q=data.get("q") or "", region=(data.get("region") or "").upper(),
            province=(data.get("province") or "").upper(), kind=data.get("kind") or "",
            sector=data.get("sector") or "", women=data.get("women"), youth=data.get("youth"),
        )
        return directory(filters, base=queryset)
