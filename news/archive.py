"""What the news lists read of the whole archive: the months that have published news (the archive
beside every list page, by year: archive_years), how many articles each list has (its pagination and
"N articles") and, for a word in more than a thousand articles, the search's ranking (news.search).

These cost something at 100,000 articles: a list's count reads every entry of the covering index (9 ms
on SQLite), a common word's ranking a thousand rows (5 to 13 ms), the months one index probe per month
(months_with_news). So they are kept in the shared cache under a version that is dropped
when an article, its tags or its publication changes, and that lasts no longer than until the next
scheduled article comes due or a published one expires (publication is a query, not a job, so no save
marks that moment): a base.versions.CacheVersion, as the page cache's generation is. Within a version each
value is worked out once, whatever the number of pages and variants rendered from it.
"""
import datetime
from dataclasses import dataclass

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

from base.prepared import Prepared
from base.signals import content_changed
from base.versions import CacheVersion

VERSION_KEY = "news:archive-version"
SECONDS = 24 * 3600


def _next_change() -> float | None:
    from news.querysets import next_scheduled_change

    upcoming = next_scheduled_change()
    return upcoming.timestamp() if upcoming is not None else None


# Dropped by any change to what the lists show; ends when the next scheduled article appears or expires.
VERSION = CacheVersion(VERSION_KEY, until=_next_change, seconds=SECONDS)


def kept(name, compute, worth_keeping=None):
    """compute(), kept under `name` until the published articles change; only when worth_keeping(value)
    says so, if given (a rare word's search costs less than the cache space its key would take)."""
    return VERSION.kept(name, compute, worth_keeping=worth_keeping)


def _newest_before(before, now):
    from news.models import Article

    return Article.objects.published(now).filter(published_at__lt=before).order_by("-published_at").values_list(
        "published_at", flat=True)[:1]


_NEWEST_BEFORE = Prepared(_newest_before, before=datetime.datetime, now=datetime.datetime)


def months_with_news(now=None) -> list[datetime.datetime]:
    """Months with published news, newest first, as QuerySet.datetimes("published_at", "month") gives them
    (the first moment of each in the current time zone), found by one step down the date index per month:
    about 120 probes for ten years of news. datetimes() read every published article through a month
    function (on SQLite a Python call per row: 1,179 ms at 100,000 articles against 9.7 ms, and the wait of
    every reader queued behind it each time the archive version changed)."""
    now = now or timezone.now()
    months: list[datetime.datetime] = []
    newest = _NEWEST_BEFORE(before=now + datetime.timedelta(days=1), now=now)
    while newest:
        start = timezone.localtime(newest[0]).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        months.append(start)
        newest = _NEWEST_BEFORE(before=start, now=now)
    return months


def archive_months() -> list[datetime.datetime]:
    """Months with published news, newest first: a cache read, or one probe per month after a change."""
    return kept("months", months_with_news)


@dataclass(frozen=True)
class ArchiveYear:
    """A year of the sidebar's archive; `months` (oldest first) only for the year the reader is in."""

    year: int
    months: tuple = ()


def archive_years(months: list[datetime.datetime], open_year: int | None = None) -> list[ArchiveYear]:
    """The sidebar's archive: each year with news, newest first, and the months of one year (the page's,
    else the newest). Ten years of news are ten links and twelve, not 120 in a column a phone reader
    scrolls past (and renders and reverses on every list page)."""
    years = sorted({m.year for m in months}, reverse=True)
    if open_year not in years:
        open_year = years[0] if years else None
    shown = tuple(sorted(m for m in months if m.year == open_year))
    return [ArchiveYear(year, shown if year == open_year else ()) for year in years]


def list_count(name: str, queryset) -> int:
    """queryset.count(), kept under `name` (one name per list: "news", "tag:<slug>", "month:2026-11" …).
    `queryset` may be a function that returns it, built only when the count is not kept (a record's
    news is a query of four subqueries: a few milliseconds of Django's time to build, even unused)."""
    return kept(f"count:{name}", lambda: (queryset() if callable(queryset) else queryset).count())


def published_total() -> int:
    """How many articles are published (all kinds): the `total` of base.planner.walk_from."""
    from news.models import Article

    return list_count("published", Article.objects.published)


def forget(**_kwargs) -> None:
    """Drop the version now, and again once the writing transaction commits (base.versions)."""
    VERSION.forget()


def connect_invalidation() -> None:
    from news.models import Article, ArticleTag

    post_save.connect(forget, sender=Article, dispatch_uid="news-archive-save")
    post_delete.connect(forget, sender=Article, dispatch_uid="news-archive-delete")
    # A tag's count: tags are added and removed through taggit's manager (m2m_changed) or as rows.
    for signal in (post_save, post_delete):
        signal.connect(forget, sender=ArticleTag, dispatch_uid=f"news-archive-tag-{signal is post_save}")
    m2m_changed.connect(forget, sender=ArticleTag, dispatch_uid="news-archive-tags")
    # Bulk writes (the admin's publish and unpublish actions are QuerySet.update) send no post_save.
    content_changed.connect(forget, sender=Article, dispatch_uid="news-archive-bulk")
