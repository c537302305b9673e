"""Indexed site search: token streams on the article, a GIN index (PostgreSQL) or FTS5 table (SQLite)."""
from django.db import migrations, models

from news import search_index
from zhtext.search import index_tokens, normalise


def fill(apps, schema_editor):
    Article = apps.get_model("news", "Article")
    batch = []
    for article in Article.objects.only("title", "summary", "body").iterator(chunk_size=500):
        article.search_title = index_tokens(normalise(article.title))
        article.search_tokens = index_tokens(normalise(" ".join((article.title, article.summary, article.body))))
        batch.append(article)
        if len(batch) == 500:
            Article.objects.bulk_update(batch, ["search_title", "search_tokens"])
            batch = []
    Article.objects.bulk_update(batch, ["search_title", "search_tokens"])


def create_index(apps, schema_editor):
    search_index.ensure(schema_editor.connection)


def drop_index(apps, schema_editor):
    search_index.drop(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("news", "0009_workflow")]

    operations = [
        migrations.RemoveField(model_name="article", name="search_text"),
        migrations.AddField(
            model_name="article",
            name="search_title",
            field=models.TextField(blank=True, editable=False, verbose_name="标题检索词"),
        ),
        migrations.AddField(
            model_name="article",
            name="search_tokens",
            field=models.TextField(blank=True, editable=False, verbose_name="检索词"),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.RunPython(create_index, drop_index),
    ]
