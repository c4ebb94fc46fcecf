from django.db import migrations, models


def load_tifinagh_names(apps, schema_editor):
    from tadamon.registry.domain.sectors import load_sectors

    load_sectors(apps.get_model("registry", "Sector"))  # sectors.csv's name_zgh column


class Migration(migrations.Migration):

    dependencies = [
        ('registry', '0008_tifinagh_names'),
    ]

    operations = [
        migrations.AddField(
            model_name='sector',
            name='name_zgh',
            field=models.CharField(blank=True, max_length=200, verbose_name='name in Tifinagh'),
        ),
        migrations.RunPython(load_tifinagh_names, migrations.RunPython.noop),
    ]
