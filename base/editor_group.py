"""The 编辑 (Editor) group's permissions, granted app by app from data migrations.

Called with the migration's historical `apps`, so it works whatever the models look like later.
"""
from django.contrib.auth.management import create_permissions

EDITOR_GROUP = "编辑"


def grant_app(apps, app_label: str) -> None:
    """Add, change, delete and view on every model of `app_label`."""
    # Permissions are normally created after migrate; make them now so the group can hold them.
    config = apps.get_app_config(app_label)
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    group.permissions.add(*Permission.objects.filter(content_type__app_label=app_label))


def revoke_app(apps, app_label: str) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=EDITOR_GROUP).first()
    if group is not None:
        group.permissions.remove(*Permission.objects.filter(content_type__app_label=app_label))
