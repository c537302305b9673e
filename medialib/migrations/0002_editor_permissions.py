"""Editors (编辑) manage the media library: pictures and attachments."""
from django.db import migrations

from base.editor_group import grant_app, revoke_app


def grant(apps, schema_editor):
    grant_app(apps, "medialib")


def revoke(apps, schema_editor):
    revoke_app(apps, "medialib")


class Migration(migrations.Migration):
    dependencies = [
        ("medialib", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
