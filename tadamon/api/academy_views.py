"""The academy's endpoints: /api/v1/courses (the published courses, for everyone) and
/api/v1/courses/<id>/progress (the caller's own progress in the course; with ?all=1 every
learner's, for those who may follow the course's learners)."""

from django.http import Http404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from tadamon.academy.domain import progress as progress_domain
from tadamon.academy.domain.queries.catalogue import published_courses
from tadamon.academy.domain.queries.progress import learners_seen_by
from tadamon.accounts.access import may
from tadamon.api.academy_serializers import CourseSerializer, ProgressSerializer


class CourseViewSet(viewsets.ReadOnlyModelViewSet):
    """Published courses of the academy, with their lessons' count and length and the programme
    modules they cover, readable by anyone."""

    serializer_class = CourseSerializer

    def get_queryset(self):
        return published_courses()

    @extend_schema(summary="List the academy's published courses")
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(summary="One published course")
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)

    @extend_schema(
        summary="Progress in a course: the caller's own, or (?all=1) every learner the caller may follow",
        parameters=[OpenApiParameter("all", str, description="1: every learner the caller may follow")],
        responses=ProgressSerializer(many=True))
    @action(detail=True, methods=["get"], permission_classes=[IsAuthenticated])
    def progress(self, request, pk=None):
        course = self.get_object()
        learners = learners_seen_by(request.user).filter(course=course)
        if request.query_params.get("all") != "1":
            learners = learners.filter(user=request.user)
        elif not may(request, "academy.follow_learners"):
            raise Http404
        rows = list(learners.select_related("user", "certificate", "course").order_by("pk"))
        progress = {learner.pk: progress_domain.progress(learner, course) for learner in rows}
        return Response(ProgressSerializer(rows, many=True, context={"progress": progress}).data)
