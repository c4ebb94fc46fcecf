from .organization import Organization
from .person import Membership, Person
from .territory import Commune, Province, Region, Sector

__all__ = ["Commune", "Membership", "Organization", "Person", "Province", "Region", "Sector"]
