from .imports import ImportStatus, MemberImport, OrganizationImport
from .organization import Organization
from .person import Membership, Person
from .territory import Commune, Province, Region, Sector

__all__ = [
    "Commune", "ImportStatus", "MemberImport", "Membership", "Organization", "OrganizationImport", "Person", "Province",
    "Region", "Sector",
]
