from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy


class TerritoryKind(models.TextChoices):
    PREFECTURE = "prefecture", _("Prefecture")
    PROVINCE = "province", _("Province")


class CommuneKind(models.TextChoices):
    URBAN = "urban", _("Urban commune")
    RURAL = "rural", _("Rural commune")


class OrganizationKind(models.TextChoices):
    COOPERATIVE = "cooperative", _("Cooperative")
    ASSOCIATION = "association", _("Association")
    EIG = "eig", _("Economic interest group")
    UNION = "union", _("Union of cooperatives")
    COMPANY = "company", _("Company")
    NGO = "ngo", _("NGO")
    PUBLIC_BODY = "public_body", _("Public body")

    @classmethod
    def counted(cls, kind: str, count: int) -> str:
        """The kind's name as it reads after a count, in the page's language: 1 cooperative,
        5 552 cooperatives; in Arabic 3 to 10 take the plural (8 مؤسسات عمومية), 11 and more the singular."""
        names = {
            cls.COOPERATIVE: lambda: ngettext("cooperative", "cooperatives", count),
            cls.ASSOCIATION: lambda: ngettext("association", "associations", count),
            cls.EIG: lambda: ngettext("economic interest group", "economic interest groups", count),
            cls.UNION: lambda: ngettext("union of cooperatives", "unions of cooperatives", count),
            cls.COMPANY: lambda: ngettext("company", "companies", count),
            cls.NGO: lambda: ngettext("NGO", "NGOs", count),
            cls.PUBLIC_BODY: lambda: ngettext("public body", "public bodies", count),
        }
        return names[kind]()

    @classmethod
    def social_economy(cls) -> list[str]:
        """The kinds that make up the SSE registry (the others support it)."""
        return [cls.COOPERATIVE, cls.ASSOCIATION, cls.EIG, cls.UNION]


class OrganizationStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    DORMANT = "dormant", _("Dormant")
    IN_LIQUIDATION = "in_liquidation", _("In liquidation")
    DISSOLVED = "dissolved", _("Dissolved")


class Gender(models.TextChoices):
    FEMALE = "F", _("Female")
    MALE = "M", _("Male")

    @classmethod
    def as_people(cls) -> list[tuple[str, str]]:
        """The genders as a count of people is headed: women, men (نساء، رجال), not the form's
        female/male (أنثى، ذكر)."""
        return [(cls.FEMALE, pgettext_lazy("people", "Women")), (cls.MALE, pgettext_lazy("people", "Men"))]


class MemberRole(models.TextChoices):
    PRESIDENT = "president", _("President")
    VICE_PRESIDENT = "vice_president", _("Vice-president")
    TREASURER = "treasurer", _("Treasurer")
    SECRETARY = "secretary", _("Secretary")
    MEMBER = "member", _("Member")
    EMPLOYEE = "employee", _("Employee")
