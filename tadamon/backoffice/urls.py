from django.urls import path

from tadamon.backoffice import programme_views, views

app_name = "backoffice"
urlpatterns = [
    path("", views.home, name="home"),
    path("organizations/", views.organization_list, name="organizations"),
    path("organizations/new/", views.organization_create, name="organization_create"),
    path("organizations/export/<str:what>.<str:file_format>", views.organization_export, name="export"),
    path("organizations/<int:pk>/", views.organization_detail, name="organization"),
    path("organizations/<int:pk>/edit/", views.organization_edit, name="organization_edit"),
    path("organizations/<int:pk>/members/new/", views.member_add, name="member_add"),
    path("organizations/<int:pk>/members/<int:membership_pk>/edit/", views.member_edit, name="member_edit"),
    path("organizations/<int:pk>/members/<int:membership_pk>/end/", views.member_end, name="member_end"),
    path("communes/", views.commune_options, name="commune_options"),
    path("programmes/", programme_views.programme_list, name="programmes"),
    path("programmes/new/", programme_views.programme_create, name="programme_create"),
    path("programmes/<int:pk>/", programme_views.programme_detail, name="programme"),
    path("programmes/<int:pk>/edit/", programme_views.programme_edit, name="programme_edit"),
    path("programmes/<int:pk>/enrol/search/", programme_views.enrol_search, name="enrol_search"),
    path("programmes/<int:pk>/enrol/", programme_views.enrol, name="enrol"),
    path("programmes/<int:pk>/sessions/new/", programme_views.session_create, name="session_create"),
    path("programmes/<int:pk>/sessions/<int:session_pk>/", programme_views.session_detail, name="session"),
    path("programmes/<int:pk>/sessions/<int:session_pk>/register/", programme_views.session_register,
         name="session_register"),
    path("programmes/<int:pk>/sessions/<int:session_pk>/attendance/<int:registration_pk>/",
         programme_views.session_attendance, name="session_attendance"),
    path("programmes/<int:pk>/enrolments/<int:enrolment_pk>/", programme_views.enrolment_detail, name="enrolment"),
    path("programmes/<int:pk>/enrolments/<int:enrolment_pk>/status/", programme_views.enrolment_status,
         name="enrolment_status"),
    path("programmes/<int:pk>/enrolments/<int:enrolment_pk>/diagnosis/new/", programme_views.diagnosis_create,
         name="diagnosis_create"),
    path("programmes/<int:pk>/enrolments/<int:enrolment_pk>/plan/<int:action_pk>/", programme_views.plan_action_edit,
         name="plan_action_edit"),
    path("imports/new/", views.import_start, name="import_start"),
    path("imports/<int:pk>/", views.import_status, name="import_status"),
]
