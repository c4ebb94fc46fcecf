from django.contrib.auth.forms import PasswordResetForm
from django.template import loader

from tadamon.notifications import Recipient, notify


class NotifyingPasswordResetForm(PasswordResetForm):
    """Django's password reset, its e-mail logged and sent through tadamon.notifications
    (`PasswordResetView.as_view(form_class=NotifyingPasswordResetForm)`)."""

    def send_mail(self, subject_template_name, email_template_name, context, from_email, to_email,
                  html_email_template_name=None):
        subject = "".join(loader.render_to_string(subject_template_name, context).splitlines())
        body = loader.render_to_string(email_template_name, context)
        user = context.get("user")
        notify("password_reset", Recipient(email=to_email, channel="email",
                                           language=getattr(user, "preferred_language", "") or "ar",
                                           name=user.get_full_name() if user else ""),
               {"subject": subject, "text": body})
