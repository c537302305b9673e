"""Editors keep the glossary: the 编辑 group may manage it."""
from django.db import migrations

from base.editor_group import grant_app, revoke_app


def grant(apps, schema_editor):
    grant_app(apps, "variants")


def revoke(apps, schema_editor):
    revoke_app(apps, "variants")


class Migration(migrations.Migration):
    dependencies = [("variants", "0001_initial"), ("news", "0002_editor_group")]

    operations = [migrations.RunPython(grant, revoke)]
