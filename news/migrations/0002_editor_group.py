"""The 编辑 (Editor) group: manages news and tags, and nothing else (no users, groups or permissions).

Academy migrations add their own models' permissions to the same group.
"""
from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_GROUP = "编辑"
APPS = ("news", "taggit")


def create_editor_group(apps, schema_editor):
    for label in APPS:
        # Permissions are normally created after migrate; make them now so the group can hold them.
        config = apps.get_app_config(label)
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    group.permissions.add(*Permission.objects.filter(content_type__app_label__in=APPS))


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
