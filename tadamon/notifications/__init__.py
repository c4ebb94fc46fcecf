"""Messages to people by e-mail, SMS and WhatsApp, in their language (docs/notifications.md).

`from tadamon.notifications import notify, Recipient`: both are loaded on first use, so importing
this package does not import models while apps load."""


def __getattr__(name: str):
    if name in ("notify", "Recipient"):
        from tadamon.notifications import api

        return getattr(api, name)
    raise AttributeError(name)
