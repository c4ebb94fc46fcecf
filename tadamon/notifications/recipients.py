"""Who a message goes to: a user, a registry person, an organisation (its own address and its
managers), or someone with no account yet (`Recipient`). Each becomes one or more targets: a
channel, an address on it (E.164 phone or e-mail) and a language."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model

from tadamon.common.phones import phone_or_none
from tadamon.notifications.enums import Channel

# E-mail to a cooperative's mailbox is read by whoever opens it: Arabic, then French.
BOTH = ""
PHONE_CHANNELS = (Channel.SMS, Channel.WHATSAPP)


@dataclass(frozen=True)
class Recipient:
    """Someone with no account yet (an invitation, a guest buyer, a name applicant)."""

    phone: str = ""
    email: str = ""
    language: str = "ar"
    channel: str | None = None
    name: str = ""


@dataclass(frozen=True)
class Target:
    channel: str
    address: str
    language: str
    name: str = ""
    user: object = None
    person: object = None
    organization: object = None


def pick(channel: str | None, phone: str | None, email: str | None, *, prefers_sms: bool = False):
    """(channel, address): the preferred channel when its address is known, else e-mail, else SMS."""
    # Sign-in codes by SMS: WhatsApp delivers business-initiated free text only within 24 hours of
    # the person's last message (docs/deploy.md), and a code must always arrive.
    if prefers_sms and phone:
        return Channel.SMS, phone
    if channel in PHONE_CHANNELS and phone:
        return channel, phone
    if email:
        return Channel.EMAIL, email.strip().lower()
    if phone:
        return Channel.SMS, phone
    return None


def _target(picked, language, **owner) -> list[Target]:
    if picked is None:
        return []
    channel, address = picked
    return [Target(channel=channel, address=address, language=language, **owner)]


def for_recipient(recipient: Recipient, kind) -> list[Target]:
    phone = phone_or_none(recipient.phone)
    picked = pick(recipient.channel or (Channel.SMS if phone else Channel.EMAIL), phone, recipient.email,
                  prefers_sms=kind.prefers_sms)
    return _target(picked, recipient.language, name=recipient.name)


def for_user(user, kind, *, language=None) -> list[Target]:
    picked = pick(user.preferred_channel, user.phone, user.email, prefers_sms=kind.prefers_sms)
    name = user.get_full_name() or user.get_username()
    return _target(picked, user.preferred_language if language is None else language, name=name, user=user,
                   organization=user.organization)


def _preference(owner):
    from tadamon.notifications.models import ContactPreference

    return ContactPreference.objects.filter(**{owner._meta.model_name: owner}).first()


def for_person(person, kind) -> list[Target]:
    account = getattr(person, "account", None)  # RelatedObjectDoesNotExist is an AttributeError
    if account is not None and account.is_active:
        return for_user(account, kind)
    preference = _preference(person)
    phone = phone_or_none(person.phone, mobile=True)
    picked = pick(preference.channel if preference else Channel.SMS, phone, None, prefers_sms=kind.prefers_sms)
    return _target(picked, preference.language if preference else "ar", name=person.full_name, person=person)


def for_organization(organization, kind, roles=None) -> list[Target]:
    """Its own address (its preference, or its e-mail then its phone) and its active users in `roles`
    (managers when None; none for an empty tuple)."""
    from tadamon.accounts.enums import Role

    preference = _preference(organization)
    phone = phone_or_none(organization.phone, mobile=True)
    picked = pick(preference.channel if preference else Channel.EMAIL, phone, organization.email,
                  prefers_sms=kind.prefers_sms)
    language = preference.language if preference else BOTH
    targets = _target(picked, language, name=str(organization), organization=organization)
    users = get_user_model().objects.filter(organization=organization, role__in=(Role.MANAGER,) if roles is None else roles,
                                            is_active=True).order_by("pk")
    for user in users:
        # A manager reading e-mail gets the cooperative's bilingual text, like its mailbox.
        bilingual = user.preferred_channel == Channel.EMAIL or not user.phone
        targets += for_user(user, kind, language=BOTH if bilingual else None)
    return targets


def resolve(recipient, kind, *, roles=None) -> list[Target]:
    """The targets of `recipient` (or of each of a list of them), without two on the same address."""
    from tadamon.registry.models import Organization, Person

    if isinstance(recipient, list | tuple):
        targets = [target for one in recipient if one is not None for target in resolve(one, kind, roles=roles)]
    elif isinstance(recipient, Recipient):
        targets = for_recipient(recipient, kind)
    elif isinstance(recipient, Person):
        targets = for_person(recipient, kind)
    elif isinstance(recipient, Organization):
        targets = for_organization(recipient, kind, roles)
    elif isinstance(recipient, get_user_model()):
        targets = for_user(recipient, kind)
    else:
        raise TypeError(f"Cannot send a message to {type(recipient).__name__}")
    seen, unique = set(), []
    for target in targets:
        if target.address not in seen:
            seen.add(target.address)
            unique.append(target)
    return unique
