from django.db import models
from django.utils.translation import gettext_lazy as _


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


class MemberRole(models.TextChoices):
    PRESIDENT = "president", _("President")
    VICE_PRESIDENT = "vice_president", _("Vice-president")
    TREASURER = "treasurer", _("Treasurer")
    SECRETARY = "secretary", _("Secretary")
    MEMBER = "member", _("Member")
    EMPLOYEE = "employee", _("Employee")
