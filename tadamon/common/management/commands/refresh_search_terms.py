from django.core.management.base import BaseCommand

from tadamon.common.search_terms import fill_search_terms

# The names each model's search terms are made of (Organization.refresh_search_fields,
# Product.refresh_search_text).
SEARCHED_NAMES = {
    "organisations": ("registry.Organization", ("name_ar", "name_latin", "name_zgh", "acronym")),
    "products": ("market.Product", ("name_ar", "name_fr", "name_en", "name_zgh")),
}


class Command(BaseCommand):
    help = ("Recompute the stored search terms of every organisation and product from their names: run it "
            "after editing tadamon/common/data/search_vocabulary.csv or the analysis, so that stored rows "
            "are found by the new words (new and renamed rows get them when saved).")

    def handle(self, *args, **options):
        from django.apps import apps

        for label, (model_name, fields) in SEARCHED_NAMES.items():
            count = fill_search_terms(apps.get_model(model_name).objects.all(), fields)
            self.stdout.write(f"{label}: {count} rows")
