from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="GlossaryTerm",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("hans", models.CharField(max_length=100, unique=True, verbose_name="简体写法")),
                ("tw", models.CharField(max_length=100, verbose_name="台湾繁体写法")),
                ("hk", models.CharField(blank=True, help_text="留空则与台湾繁体相同。", max_length=100, verbose_name="香港繁体写法")),
                ("note", models.CharField(blank=True, max_length=200, verbose_name="备注")),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="更新时间")),
            ],
            options={"verbose_name": "简繁术语", "verbose_name_plural": "简繁术语表", "ordering": ["hans"]},
        ),
    ]
