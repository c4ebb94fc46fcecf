from django.urls import path

from tadamon.public import views

app_name = "public"
urlpatterns = [
    path("", views.home, name="home"),
    path("organizations/", views.directory, name="directory"),
    path("organizations/<int:pk>/", views.organization, name="organization"),
    path("certificates/", views.certificate_verify, name="certificate_verify"),
    path("certificates/<str:code>/", views.certificate, name="certificate"),
]
