"""Let the 编辑 (Editor) group add, change, delete and view every academy record."""
from django.db import migrations

from base.editor_group import grant_app, revoke_app


def grant(apps, schema_editor):
    grant_app(apps, "academy")


def revoke(apps, schema_editor):
    revoke_app(apps, "academy")


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0001_initial"),
        ("news", "0002_editor_group"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
