"""Products of the demo cooperatives, by their sector, with certifications: the article's
dates of Agdz, argan oil, plants, cosmetics, embroidery, carpets, jewellery… Prices are typical
Moroccan retail prices, illustrative. Some certifications have expired, some expire soon. Each
product has a picture drawn for its kind (demo/product_pictures.py), stored through the same
function as a photo sent from the back office (resized, with its thumbnail)."""

import datetime
from decimal import Decimal

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify

from tadamon.demo.product_pictures import picture
from tadamon.market.domain.products import add_photo, create_product
from tadamon.market.models import Certification, Product
from tadamon.registry.enums import OrganizationKind
from tadamon.registry.models import Organization

# sector code -> (Arabic, French, English, unit, price in MAD, availability)
PRODUCTS = {
    "argan": [("زيت أركان غذائي", "Huile d'argan alimentaire", "Culinary argan oil", "l", "320", "in_stock"),
              ("أملو", "Amlou", "Amlou", "kg", "180", "in_stock")],
    "dates": [("تمور المجهول", "Dattes Mejhoul", "Medjool dates", "kg", "90", "seasonal"),
              ("تمور بوفقوس", "Dattes Boufeggous", "Boufeggous dates", "kg", "60", "seasonal")],
    "aromatic-medicinal-plants": [("ماء الورد", "Eau de rose", "Rose water", "l", "70", "in_stock"),
                                  ("زعتر مجفف", "Thym séché", "Dried thyme", "kg", "120", "in_stock")],
    "saffron": [("زعفران تالوين", "Safran de Taliouine", "Taliouine saffron", "g", "35", "in_stock")],
    "honey": [("عسل الزعتر", "Miel de thym", "Thyme honey", "kg", "250", "seasonal")],
    "couscous-cereals": [("كسكس الشعير", "Couscous d'orge", "Barley couscous", "kg", "40", "in_stock")],
    "olive-oil": [("زيت الزيتون البكر", "Huile d'olive vierge extra", "Extra virgin olive oil", "l", "75", "in_stock")],
    "cactus": [("زيت بذور الصبار", "Huile de pépins de figue de Barbarie", "Prickly pear seed oil", "l", "9000",
                "on_order")],
    "natural-cosmetics": [("صابون بلدي", "Savon noir beldi", "Beldi black soap", "kg", "60", "in_stock"),
                          ("غاسول", "Ghassoul", "Rhassoul clay", "kg", "45", "in_stock")],
    "essential-oils": [("زيت الخزامى الأساسي", "Huile essentielle de lavande", "Lavender essential oil", "l",
                        "1200", "in_stock")],
    "embroidery": [("مفرش مطرز", "Nappe brodée", "Embroidered tablecloth", "piece", "450", "on_order")],
    "carpets-weaving": [("زربية تازناخت", "Tapis de Taznakht", "Taznakht carpet", "m2", "1500", "on_order")],
    "jewellery": [("حلي فضية أمازيغية", "Bijoux berbères en argent", "Amazigh silver jewellery", "piece", "380",
                   "in_stock")],
    "pottery": [("طاجين فخاري", "Tajine en terre cuite", "Clay tagine", "piece", "120", "in_stock")],
    "sewing": [("جلابة تقليدية", "Djellaba traditionnelle", "Traditional djellaba", "piece", "600", "on_order")],
    "basketry": [("سلة الدوم", "Panier en doum", "Doum palm basket", "piece", "90", "in_stock")],
}


def load_products() -> int:
    if Product.objects.exists():
        return 0
    today = timezone.localdate()
    organizations = Organization.objects.filter(kind__in=OrganizationKind.social_economy(), status="active",
                                                sector__code__in=PRODUCTS).select_related("sector").order_by("pk")
    made = 0
    for index, organization in enumerate(organizations[:80]):
        for row, (name_ar, name_fr, name_en, unit, price, availability) in enumerate(
                PRODUCTS[organization.sector.code]):
            product = create_product(organization, fields={
                "name_ar": name_ar, "name_fr": name_fr, "name_en": name_en, "category": organization.sector,
                "unit": unit, "price_mad": Decimal(price), "availability": availability,
                "stock": Decimal(20 + (index * 7 + row * 3) % 180) if availability == "in_stock" else None,
                "min_order": Decimal("1"),
                "season_from": 9 if availability == "seasonal" else None,
                "season_to": 12 if availability == "seasonal" else None,
            })
            # No alt text of its own: pages describe the photo by the product's name in their language.
            add_photo(product, ContentFile(picture(name_fr, organization.sector.code), name=f"{slugify(name_fr)}.png"))
            made += 1
            if organization.sector.parent.code == "agrifood" and row == 0:
                # Food needs ONSSA's authorisation: most valid, every fifth expiring soon, every seventh expired.
                expires = (today + datetime.timedelta(days=30) if index % 5 == 0
                           else today - datetime.timedelta(days=20) if index % 7 == 0
                           else today + datetime.timedelta(days=700))
                Certification.objects.create(
                    organization=organization, product=product, kind="onssa_authorisation", issuer="ONSSA",
                    number=f"AS.{organization.province.code[-3:]}.{1000 + index}",
                    issued_on=expires - datetime.timedelta(days=3 * 365), expires_on=expires)
        if index % 6 == 0:
            Certification.objects.create(organization=organization, kind="organic", issuer="Ecocert Maroc",
                                         number=f"BIO-{2000 + index}", issued_on=today - datetime.timedelta(days=200),
                                         expires_on=today + datetime.timedelta(days=165))
    return made
