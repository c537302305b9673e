"""Let the 编辑 (Editor) group add, change, delete and view every academy record.

The group is created by news 0002; get_or_create keeps this migration safe whatever ran first.
"""
from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_GROUP = "编辑"


def grant(apps, schema_editor):
    # Permissions are normally created after migrate; make them now so the group can hold them.
    config = apps.get_app_config("academy")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="academy"))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=EDITOR_GROUP).first()
    if group is not None:
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="academy"))


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0001_initial"),
        ("news", "0002_editor_group"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
