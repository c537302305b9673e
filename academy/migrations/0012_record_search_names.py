"""Each named record's name and aliases, normalised for the site search (academy.models.common.Named)."""
from django.db import migrations, models

from zhtext.search import name_index

NAMED = ("academy", "course", "event", "field", "honour", "organisation", "person", "programme", "trainingbase")


def fill(apps, schema_editor):
    for model_name in NAMED:
        model = apps.get_model("academy", model_name)
        batch = []
        for record in model.objects.only("name", "aliases").iterator(chunk_size=500):
            record.search_names = name_index(record.name, *(line.strip() for line in record.aliases.splitlines()))
            batch.append(record)
        model.objects.bulk_update(batch, ["search_names"], batch_size=500)


class Migration(migrations.Migration):

    dependencies = [
        ('academy', '0011_role_academy_index_folded'),
    ]

    operations = [
        *(
            migrations.AddField(
                model_name=model_name,
                name="search_names",
                field=models.TextField(blank=True, default="", editable=False, serialize=False,
                                       verbose_name="检索用名称"),
            )
            for model_name in NAMED
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
