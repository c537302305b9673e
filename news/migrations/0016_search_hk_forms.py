"""Search tokens again for articles written with Hong Kong's forms (衞生), which normalisation now folds
(zhtext.script.fold_hk_forms): before, a search for 卫生 or 衛生 did not find them."""
from functools import reduce
from operator import or_

from django.db import migrations
from django.db.models import Q

from zhtext.script import HK_FORMS
from zhtext.search import index_tokens, normalise


def fill(apps, schema_editor):
    Article = apps.get_model("news", "Article")
    holds = reduce(or_, (Q(**{f"{field}__contains": ch}) for ch in HK_FORMS for field in ("title", "summary", "body")))
    batch = []
    for article in Article.objects.filter(holds).only("title", "summary", "body").iterator(chunk_size=500):
        article.search_title = index_tokens(normalise(article.title))
        article.search_tokens = index_tokens(normalise(" ".join((article.title, article.summary, article.body))))
        batch.append(article)
    Article.objects.bulk_update(batch, ["search_title", "search_tokens"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("news", "0015_search_index_in_date_order")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
