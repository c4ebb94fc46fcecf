"""The JSON API. Anonymous callers get the public fields of public organisations. Users who may
read the whole registry (admins, programme staff, officers) get legal and contact fields and,
on a detail, the member list (personal data masked unless their role allows it). A manager gets
that detail for their own organisation only, and public fields for the others."""

from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, viewsets
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from tadamon.api.filters import OrganizationFilter
from tadamon.api.serializers import (
    ProgrammeSerializer,
    PublicOrganizationSerializer,
    RegistrationSerializer,
    RegistryOrganizationDetailSerializer,
    RegistryOrganizationSerializer,
    SessionSerializer,
)
from tadamon.programmes.domain.queries.programmes import programmes_run_by, with_figures
from tadamon.programmes.domain.training import mark_attendance
from tadamon.programmes.models import Programme, Registration, Session
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


class SessionViewSet(viewsets.ReadOnlyModelViewSet):
    """Training sessions of the programmes the caller runs (admins: all). ?programme= filters."""

    serializer_class = SessionSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        qs = Session.objects.filter(programme__in=programmes_run_by(self.request.user))
        programme = self.request.query_params.get("programme", "")
        if programme.isdigit():
            qs = qs.filter(programme_id=programme)
        return (qs.select_related("module", "phase", "province")
                .annotate(registered=Count("registrations"),
                          present=Count("registrations", filter=Q(registrations__attended=True)))
                .order_by("starts_at", "pk"))


class RegistrationViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.UpdateModelMixin,
                          viewsets.GenericViewSet):
    """The register of a session (?session=), and attendance: PATCH {"attended": true|false}."""

    serializer_class = RegistrationSerializer
    permission_classes = [IsAuthenticated]
    http_method_names = ["get", "patch", "head", "options"]

    def get_queryset(self):
        qs = Registration.objects.filter(session__programme__in=programmes_run_by(self.request.user))
        session = self.request.query_params.get("session", "")
        if session.isdigit():
            qs = qs.filter(session_id=session)
        return qs.select_related("person", "organization", "session").order_by("session_id", "pk")

    def perform_update(self, serializer):
        serializer.instance = mark_attendance(serializer.instance, attended=serializer.validated_data["attended"],
                                              user=self.request.user)
