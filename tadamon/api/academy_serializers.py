"""The academy's API: the public course list (no learner in it), and a learner's progress for
the learner herself and those who may follow it (academy/rules.py)."""

from django.urls import reverse
from rest_framework import serializers


class CourseModuleSerializer(serializers.Serializer):
    code = serializers.CharField()
    name_ar = serializers.CharField()
    name_fr = serializers.CharField()


class CourseSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title_ar = serializers.CharField()
    title_fr = serializers.CharField()
    title_zgh = serializers.CharField()
    summary_ar = serializers.CharField()
    summary_fr = serializers.CharField()
    summary_zgh = serializers.CharField()
    programme = serializers.IntegerField(source="programme_id")
    modules = CourseModuleSerializer(many=True, source="modules.all")
    lessons = serializers.IntegerField(source="lesson_count")
    minutes = serializers.SerializerMethodField()
    hours = serializers.IntegerField()
    pass_mark = serializers.IntegerField()
    url = serializers.SerializerMethodField()

    def get_minutes(self, course) -> int:
        return course.minutes or 0

    def get_url(self, course) -> str:
        return reverse("public:academy_course", args=[course.pk])


class CertificateLinkSerializer(serializers.Serializer):
    code = serializers.CharField(source="display_code")
    verification_url = serializers.CharField(source="get_verification_url")
    valid = serializers.BooleanField(source="is_valid")


class ProgressSerializer(serializers.Serializer):
    """One learner's place in one course."""

    learner = serializers.IntegerField(source="pk")
    course = serializers.IntegerField(source="course_id")
    name = serializers.SerializerMethodField()
    organization = serializers.IntegerField(source="organization_id", allow_null=True)
    lessons = serializers.SerializerMethodField()
    lessons_done = serializers.SerializerMethodField()
    quizzes = serializers.SerializerMethodField()
    quizzes_passed = serializers.SerializerMethodField()
    percent = serializers.SerializerMethodField()
    started_at = serializers.DateTimeField()
    completed_at = serializers.DateTimeField(allow_null=True)
    certificate = CertificateLinkSerializer(allow_null=True)

    def _progress(self, learner):
        return self.context["progress"][learner.pk]

    def get_name(self, learner) -> str:
        return learner.user.get_full_name() or learner.user.username

    def get_lessons(self, learner) -> int:
        return self._progress(learner).lessons

    def get_lessons_done(self, learner) -> list[int]:
        return sorted(self._progress(learner).lessons_done)

    def get_quizzes(self, learner) -> int:
        return self._progress(learner).quizzes

    def get_quizzes_passed(self, learner) -> list[int]:
        return sorted(self._progress(learner).quizzes_passed)

    def get_percent(self, learner) -> int:
        return self._progress(learner).percent
