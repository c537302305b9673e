"""The 编辑 (Editor) group: manages news and tags, and nothing else (no users, groups or permissions).

Academy and variants migrations add their own models' permissions to the same group.
"""
from django.db import migrations

from base.editor_group import EDITOR_GROUP, grant_app

APPS = ("news", "taggit")


def create_editor_group(apps, schema_editor):
    for label in APPS:
        grant_app(apps, label)


def remove_editor_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=EDITOR_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(create_editor_group, remove_editor_group)]
