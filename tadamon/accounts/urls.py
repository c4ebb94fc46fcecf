from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from tadamon.accounts import device_views, views
from tadamon.common.ratelimits import limited
from tadamon.notifications.forms import NotifyingPasswordResetForm

app_name = "accounts"
urlpatterns = [
    path("login/", limited("sign_in", "POST")(auth_views.LoginView.as_view(redirect_authenticated_user=True)),
         name="login"),
    path("phone/", views.phone_sign_in, name="phone_sign_in"),
    path("phone/code/", views.phone_code, name="phone_code"),
    path("phone/code/again/", views.phone_resend, name="phone_resend"),
    path("messages/", views.message_preferences, name="message_preferences"),
    path("logout/", device_views.LogoutView.as_view(), name="logout"),
    path("devices/", device_views.devices, name="field_devices"),
    path("devices/keep/", device_views.keep_signed_in, name="field_device_keep"),
    path("devices/<int:pk>/revoke/", device_views.revoke, name="field_device_revoke"),
    path("password-reset/", limited("password_reset", "POST")(auth_views.PasswordResetView.as_view(
        success_url=reverse_lazy("accounts:password_reset_done"),
        email_template_name="registration/password_reset_email.txt",
        form_class=NotifyingPasswordResetForm,  # sent through the notifications layer, logged
    )), name="password_reset"),
    path("password-reset/sent/", auth_views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path("reset/<uidb64>/<token>/", auth_views.PasswordResetConfirmView.as_view(
        success_url=reverse_lazy("accounts:password_reset_complete"),
    ), name="password_reset_confirm"),
    path("reset/done/", auth_views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
    path("password/", auth_views.PasswordChangeView.as_view(
        success_url=reverse_lazy("accounts:password_change_done"),
    ), name="password_change"),
    path("password/done/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
]
