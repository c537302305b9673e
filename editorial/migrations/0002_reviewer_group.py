"""The 审核 (Reviewer) group: everything the 编辑 group may do, plus publishing articles.

The 编辑 group never holds the publish permission (it writes and submits for review)."""
from django.db import migrations


EDITOR_GROUP = "编辑"
REVIEWER_GROUP = "审核"
PUBLISH = ("news", "publish_article")


def create_reviewer_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    config = apps.get_app_config("news")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    publish = Permission.objects.get(content_type__app_label=PUBLISH[0], codename=PUBLISH[1])
    editors, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    editors.permissions.remove(publish)
    reviewers, _ = Group.objects.get_or_create(name=REVIEWER_GROUP)
    reviewers.permissions.add(*editors.permissions.all(), publish)
    # Articles live since before review existed keep their date when published again.
    Article = apps.get_model("news", "Article")
    for article in Article.objects.filter(status="published", first_published_at__isnull=True):
        Article.objects.filter(pk=article.pk).update(first_published_at=article.published_at)


def remove_reviewer_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=REVIEWER_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("news", "0009_workflow"),
        ("medialib", "0002_editor_permissions"),
        ("academy", "0002_editor_permissions"),
        ("variants", "0002_editor_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_reviewer_group, remove_reviewer_group)]
