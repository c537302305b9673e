"""The months that have published news, for the archive list beside every list page.

Reading them scans every published article (410 ms on SQLite at 100,000 articles), so the list is kept in
the shared cache and worked out again only when an article is saved or deleted, or when the next scheduled
article comes due (publication is a query, not a job, so no save marks that moment).
"""
import datetime

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from base.signals import content_changed

KEY = "news:archive-months"
SECONDS = 24 * 3600


def archive_months() -> list[datetime.datetime]:
    """Months with published news, newest first: a cache read, or two queries after a change."""
    from news.models import Article

    months = cache.get(KEY)
    if months is None:
        months = list(Article.objects.published().datetimes("published_at", "month", order="DESC"))
        upcoming = Article.objects.scheduled().order_by("published_at").values_list("published_at", flat=True).first()
        seconds = SECONDS
        if upcoming is not None:
            seconds = max(1, min(SECONDS, int((upcoming - timezone.now()).total_seconds()) + 1))
        cache.set(KEY, months, seconds)
    return months


def forget(**_kwargs) -> None:
    cache.delete(KEY)


def connect_invalidation() -> None:
    from news.models import Article

    post_save.connect(forget, sender=Article, dispatch_uid="archive-months-save")
    post_delete.connect(forget, sender=Article, dispatch_uid="archive-months-delete")
    # Bulk writes (the admin's publish and unpublish actions are QuerySet.update) send no post_save.
    content_changed.connect(forget, sender=Article, dispatch_uid="archive-months-bulk")
