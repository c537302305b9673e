from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("news", "0002_editor_group")]

    operations = [
        migrations.AddField(
            model_name="article",
            name="import_report",
            field=models.JSONField(blank=True, default=dict, editable=False, verbose_name="导入报告"),
        ),
    ]
