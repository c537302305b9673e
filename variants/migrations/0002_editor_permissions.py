"""Editors keep the glossary: the 编辑 group may manage it."""
from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    config = apps.get_app_config("variants")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="编辑")
    group.permissions.add(*Permission.objects.filter(content_type__app_label="variants"))


class Migration(migrations.Migration):
    dependencies = [("variants", "0001_initial"), ("news", "0002_editor_group")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
