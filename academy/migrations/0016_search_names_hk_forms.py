"""Search names again for records written with Hong Kong's forms (衞生), which normalisation now folds
(zhtext.script.fold_hk_forms): before, a search for 卫生 or 衛生 did not find them."""
from functools import reduce
from operator import or_

from django.db import migrations
from django.db.models import Q

from zhtext.script import HK_FORMS
from zhtext.search import name_grams, name_index

NAMED = ("academy", "course", "event", "field", "honour", "organisation", "person", "programme", "trainingbase")


def fill(apps, schema_editor):
    holds = reduce(or_, (Q(**{f"{field}__contains": ch}) for ch in HK_FORMS for field in ("name", "aliases")))
    for model_name in NAMED:
        model = apps.get_model("academy", model_name)
        batch = []
        for record in model.objects.filter(holds).only("name", "aliases").iterator(chunk_size=500):
            record.search_names = name_index(record.name, *(line.strip() for line in record.aliases.splitlines() if line.strip()))
            record.search_grams = name_grams(record.search_names)
            batch.append(record)
        model.objects.bulk_update(batch, ["search_names", "search_grams"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("academy", "0015_mention_doubt")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
