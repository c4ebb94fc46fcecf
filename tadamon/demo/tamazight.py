"""Tifinagh names in the demo (issue 23): the organisations of the articles in the Tamazight of the
places they come from, a few of their products, and the members of the Dadès women's cooperative
(the demo manager's), so that /zgh/ pages show Tifinagh names and a search in Tifinagh finds them
(ⴷⴰⴷⵙ finds the Dadès cooperative). The words: ⵜⴰⵎⵢⴰⵡⴰⵙⵜ (tamyawast, a cooperative), ⵜⴰⵎⵙⵎⵓⵏⵜ
(tamsmunt, an association), ⵜⵉⵎⵖⴰⵔⵉⵏ (timgharin, women), ⵏ (n, of); place names as IRCAM writes
them. Illustrative, like the rest of the demo; docs/tamazight-glossary.md is the reference for words.
People's names are their Latin names in Tifinagh letters (common/tifinagh.from_latin).
Idempotent: it only fills names that are empty."""

from tadamon.common.tifinagh import from_latin
from tadamon.market.models import Product
from tadamon.registry.models import Organization, Person

ORGANIZATIONS = {
    "Coopérative des Femmes de Dadès": "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⵏ ⴷⴰⴷⵙ",
    "Association Imider": "ⵜⴰⵎⵙⵎⵓⵏⵜ ⵏ ⵉⵎⵉⴹⵔ",
    "Association Aman Ouguidar": "ⵜⴰⵎⵙⵎⵓⵏⵜ ⴰⵎⴰⵏ ⵓⴳⵉⴷⴰⵔ",
    "Association des Femmes de Taznakht": "ⵜⴰⵎⵙⵎⵓⵏⵜ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⵏ ⵜⴰⵣⵏⴰⵅⵜ",
    "Association Takdift pour le Développement": "ⵜⴰⵎⵙⵎⵓⵏⵜ ⵜⴰⴽⴷⵉⴼⵜ",
    "Association Tazrzit": "ⵜⴰⵎⵙⵎⵓⵏⵜ ⵜⴰⵣⵔⵣⵉⵜ",
}
# French name of the product -> its Tifinagh name
PRODUCTS = {
    "Amlou": "ⴰⵎⵍⵓ",
    "Huile d'argan alimentaire": "ⵣⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ",
    "Safran de Taliouine": "ⵣⵄⴼⵔⴰⵏ ⵏ ⵜⴰⵍⵉⵡⵉⵏ",
    "Tapis de Taznakht": "ⴰⵃⵏⴱⴰⵍ ⵏ ⵜⴰⵣⵏⴰⵅⵜ",
}
DADES = "Coopérative des Femmes de Dadès"


def load_tifinagh_names() -> int:
    """Give the demo's organisations, products and the Dadès members their Tifinagh names; the
    number of rows changed. Each goes through save(), which refreshes its search forms."""
    changed = 0
    for organization in Organization.objects.filter(name_latin__in=ORGANIZATIONS, name_zgh=""):
        organization.name_zgh = ORGANIZATIONS[organization.name_latin]
        organization.save(update_fields=["name_zgh"])
        changed += 1
    for product in Product.objects.filter(name_fr__in=PRODUCTS, name_zgh=""):
        product.name_zgh = PRODUCTS[product.name_fr]
        product.save(update_fields=["name_zgh"])
        changed += 1
    members = Person.objects.filter(memberships__organization__name_latin=DADES, first_name_zgh="").distinct()
    for person in members:
        person.first_name_zgh = from_latin(person.first_name_latin)
        person.last_name_zgh = from_latin(person.last_name_latin)
        person.save(update_fields=["first_name_zgh", "last_name_zgh"])
        changed += 1
    return changed
