"""Editors (编辑) also manage an article's gallery and attachments (the models of 0005).

Also joins the two branches that 0005 and 0006 started from 0004 (they were written in parallel).
"""
from django.db import migrations

from base.editor_group import grant_app


def grant(apps, schema_editor):
    grant_app(apps, "news")


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0005_attachments_and_gallery"),
        ("news", "0006_body_sanitised_by_its_field"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
