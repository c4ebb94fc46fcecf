"""What the demo organisations publish on their public page: the Dadès women's cooperative's story
in Arabic and French and the business phone it chose (with WhatsApp); the other article
organisations' descriptions as their story, in the language each is written in."""

from tadamon.common.phones import parse_phone
from tadamon.registry.domain.organizations import update_organization
from tadamon.registry.domain.stories import story_language
from tadamon.registry.models import Organization

DADES = "Coopérative des Femmes de Dadès"
DADES_STORY_AR = (
    "تأسست تعاونيتنا على يد نساء من بومالن دادس، بين الجبال ووادي الورود. نقطف الورد الدمشقي في شهر ماي "
    "باليد، ونقطّره في ورشتنا لنصنع ماء الورد والزيوت والأعشاب العطرية.\n"
    "كل عضوة تتقاسم الأرباح، وقد شاركنا في المعرض الوطني الرابع للاقتصاد الاجتماعي والتضامني."
)
DADES_STORY_FR = (
    "Notre coopérative a été fondée par des femmes de Boumalne Dadès, entre les montagnes et la vallée des "
    "roses. Nous cueillons la rose de Damas à la main en mai et la distillons dans notre atelier : eau de rose, "
    "huiles et plantes aromatiques.\n"
    "Chaque adhérente partage les bénéfices. Nous avons exposé au 4e Salon national de l'économie sociale et "
    "solidaire."
)
# A business line of the cooperative (a demo number, not a member's).
DADES_PUBLIC_PHONE = "0524 83 12 34"


def load_public_pages() -> int:
    """Fill what is still empty; returns how many organisations changed."""
    changed = 0
    for organization in Organization.objects.exclude(description="").filter(
            story_ar="", story_fr="", story_en="").exclude(name_latin=DADES).exclude(registry_number__startswith="DEMO-"):
        update_organization(organization, fields={
            f"story_{story_language(organization.description)}": organization.description,
        }, expected_version=organization.version)
        changed += 1
    dades = Organization.objects.filter(name_latin=DADES).first()
    if dades is not None and not dades.story_ar:
        update_organization(dades, fields={
            "story_ar": DADES_STORY_AR, "story_fr": DADES_STORY_FR,
            "public_phone": parse_phone(DADES_PUBLIC_PHONE), "public_whatsapp": True,
        }, expected_version=dades.version)
        changed += 1
    return changed
