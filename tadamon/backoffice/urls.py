from django.urls import path

from tadamon.backoffice import views

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
    path("imports/new/", views.import_start, name="import_start"),
    path("imports/<int:pk>/", views.import_status, name="import_status"),
]
