"""An index over each named record's name characters (academy.name_lookup), so that the site search and
the teacher field no longer read every record to find a name."""
from django.db import migrations

from academy import name_lookup
from zhtext.search import name_grams

NAMED = ("academy", "course", "event", "field", "honour", "organisation", "person", "programme", "trainingbase")


def fill(apps, schema_editor):
    for model_name in NAMED:
        model = apps.get_model("academy", model_name)
        batch = []
        for record in model.objects.only("search_names").iterator(chunk_size=500):
            record.search_grams = name_grams(record.search_names)
            batch.append(record)
        model.objects.bulk_update(batch, ["search_grams"], batch_size=500)


def create_index(apps, schema_editor):
    name_lookup.ensure(schema_editor.connection)


def drop_index(apps, schema_editor):
    name_lookup.drop(schema_editor.connection)


class Migration(migrations.Migration):

    dependencies = [
        ('academy', '0012_record_search_names'),
    ]

    operations = [
        *(
            migrations.AddField(
                model_name=model_name,
                name="search_grams",
                field=name_lookup.NameGramsField(blank=True, default="", editable=False, serialize=False,
                                                 verbose_name="检索用字组"),
            )
            for model_name in NAMED
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.RunPython(create_index, drop_index),
    ]
