from django.apps import AppConfig


class PagesConfig(AppConfig):
    """The top of the site: pages that span every app (home, site search, navigation, seed content)."""

    name = "pages"
    verbose_name = "网站页面"

    def ready(self):
        from django.db.models.signals import post_migrate

        post_migrate.connect(_statistics, sender=self, dispatch_uid="pages.statistics")


def _statistics(using, **kwargs):
    """After every migrate (a deploy), fresh statistics for SQLite's planner (base.planner); tables that
    are still empty get none, so a first migrate leaves the planner as it was."""
    from django.db import connections

    from base.planner import refresh_statistics

    refresh_statistics(connections[using])
