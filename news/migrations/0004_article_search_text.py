from django.db import migrations, models

from zhtext.search import normalise


def fill(apps, schema_editor):
    Article = apps.get_model("news", "Article")
    for article in Article.objects.all():
        article.search_text = normalise(" ".join((article.title, article.summary, article.body)))
        article.save(update_fields=["search_text"])


class Migration(migrations.Migration):
    dependencies = [("news", "0003_article_import_report")]

    operations = [
        migrations.AddField(
            model_name="article",
            name="search_text",
            field=models.TextField(blank=True, editable=False, verbose_name="检索文本"),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
