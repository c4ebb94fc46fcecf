from .imports import ImportStatus, OrganizationImport
from .organization import Organization
from .person import Membership, Person
from .territory import Commune, Province, Region, Sector

__all__ = [
    "Commune", "ImportStatus", "Membership", "Organization", "OrganizationImport", "Person", "Province",
    "Region", "Sector",
]
