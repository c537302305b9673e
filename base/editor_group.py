"""The 编辑 (Editor) group's permissions, granted app by app from data migrations.

Called with the migration's historical `apps`, so it works whatever the models look like later.
"""
from django.contrib.auth.management import create_permissions

EDITOR_GROUP = "编辑"
# 审核 (editorial 0002) holds everything 编辑 holds, plus the publish permissions, which 编辑 never gets.
REVIEWER_GROUP = "审核"
RESERVED_FOR_REVIEWERS = "publish_"  # codename prefix, e.g. news.publish_article


def grant_app(apps, app_label: str) -> None:
    """Add, change, delete and view on every model of `app_label` (and any custom permission except
    publishing) for 编辑; the same and publishing for 审核 if that group exists yet."""
    # Permissions are normally created after migrate; make them now so the group can hold them.
    config = apps.get_app_config(app_label)
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label=app_label)
    group, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    group.permissions.add(*permissions.exclude(codename__startswith=RESERVED_FOR_REVIEWERS))
    reviewers = Group.objects.filter(name=REVIEWER_GROUP).first()
    if reviewers is not None:
        reviewers.permissions.add(*permissions)


def revoke_app(apps, app_label: str) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=[EDITOR_GROUP, REVIEWER_GROUP]):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label=app_label))
