"""Event attendees get an order (protocol order: as the report names them), so the plain many-to-many
becomes EventAttendance. The existing rows are kept (in the order they were stored)."""
import django.db.models.deletion
from django.db import migrations, models

from base.editor_group import grant_app


def copy_attendees(apps, schema_editor):
    Event = apps.get_model("academy", "Event")
    EventAttendance = apps.get_model("academy", "EventAttendance")
    Through = Event.attendees.through
    rows = Through.objects.order_by("event_id", "pk").values_list("event_id", "person_id")
    orders = {}
    attendances = []
    for event_id, person_id in rows:
        orders[event_id] = orders.get(event_id, -1) + 1
        attendances.append(EventAttendance(event_id=event_id, person_id=person_id, order=orders[event_id]))
    EventAttendance.objects.bulk_create(attendances)


def grant(apps, schema_editor):
    grant_app(apps, "academy")  # the 编辑 group edits the new model too


class Migration(migrations.Migration):

    dependencies = [
        ("academy", "0004_names_refuse_markup"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.CreateModel(
            name="EventAttendance",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("editor_note", models.TextField(blank=True, help_text="存疑之处、推断及其依据（例如原文“我校”指山东科技职业学院）。不在网站上显示。", verbose_name="编辑备注")),
                ("order", models.PositiveSmallIntegerField(default=0, help_text="按报道点名的先后，数字小的在前。", verbose_name="排序")),
                ("event", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="attendances", to="academy.event", verbose_name="活动")),
                ("person", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="attendances", to="academy.person", verbose_name="人物")),
                ("source_articles", models.ManyToManyField(blank=True, related_name="+", to="news.article", verbose_name="来源文章")),
            ],
            options={
                "verbose_name": "出席的领导和嘉宾",
                "verbose_name_plural": "出席的领导和嘉宾",
                "ordering": ["event", "order", "pk"],
                "constraints": [models.UniqueConstraint(fields=("event", "person"), name="unique_event_attendance")],
            },
        ),
        migrations.RunPython(copy_attendees, migrations.RunPython.noop),
        migrations.RemoveField(model_name="event", name="attendees"),
        migrations.AddField(
            model_name="event",
            name="attendees",
            field=models.ManyToManyField(blank=True, related_name="events_attended", through="academy.EventAttendance", to="academy.person", verbose_name="出席的领导和嘉宾"),
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
