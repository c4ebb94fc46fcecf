"""The JSON API. Anonymous callers get the public fields of public organisations. Users who may
read the whole registry (admins, programme staff, officers) get legal and contact fields and,
on a detail, the member list (personal data masked unless their role allows it). A manager gets
that detail for their own organisation only, and public fields for the others."""

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import viewsets
from rest_framework.response import Response

from tadamon.api.filters import OrganizationFilter
from tadamon.api.serializers import (
    ProgrammeSerializer,
    PublicOrganizationSerializer,
    RegistryOrganizationDetailSerializer,
    RegistryOrganizationSerializer,
)
from tadamon.programmes.domain.queries.programmes import with_figures
from tadamon.programmes.models import Programme
from tadamon.registry.domain.queries.directory import member_counts, public_organizations
from tadamon.registry.models import Organization

RELATED = ("province__region", "commune", "sector")


class OrganizationViewSet(viewsets.ReadOnlyModelViewSet):
    filterset_class = OrganizationFilter
    serializer_class = PublicOrganizationSerializer

    def _reads_whole_registry(self) -> bool:
        return self.request.user.has_perm("registry.export_organizations")

    def get_queryset(self):
        if self._reads_whole_registry():
            return Organization.objects.select_related(*RELATED)
        return public_organizations().select_related(*RELATED)

    def get_serializer_class(self):
        return RegistryOrganizationSerializer if self._reads_whole_registry() else PublicOrganizationSerializer

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        self.member_counts = member_counts(o.pk for o in page) if page is not None else {}
        return page

    def get_serializer_context(self):
        return super().get_serializer_context() | {"member_counts": getattr(self, "member_counts", {})}

    @extend_schema(summary="List organisations",
                   description="Filters: region, province, kind, sector, women, youth, q (either script).")
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(summary="One organisation", responses=RegistryOrganizationDetailSerializer)
    def retrieve(self, request, pk=None):
        user = request.user
        organization = get_object_or_404(Organization.objects.select_related(*RELATED), pk=pk)
        self.member_counts = member_counts([organization.pk])
        if user.has_perm("registry.view_organization", organization):
            serializer = RegistryOrganizationDetailSerializer(organization, context=self.get_serializer_context())
        else:
            organization = get_object_or_404(public_organizations().select_related(*RELATED), pk=pk)
            serializer = PublicOrganizationSerializer(organization, context=self.get_serializer_context())
        return Response(serializer.data)


class ProgrammeViewSet(viewsets.ReadOnlyModelViewSet):
    """Programmes with their targets and enrolment figures, readable by anyone."""

    serializer_class = ProgrammeSerializer

    def get_queryset(self):
        return with_figures(Programme.objects.all())

    @extend_schema(summary="List programmes")
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(summary="One programme, with targets and actuals")
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)
