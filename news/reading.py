"""Reading counts: counted without a database write per request, written in batches.

Each article view a reader (not a bot) gets adds one to a counter in Redis (HINCRBY on one hash; without
REDIS_URL, a per-process dict for development). At most once every VIEW_COUNT_FLUSH_SECONDS one request,
whichever wins a lock, moves the pending counts into the database: Article.view_count (浏览次数) and
ArticleDailyViews (for 热门, the last 30 days). ``manage.py flush_view_counts`` does the same from cron.

Counting happens in CountArticleViewsMiddleware, listed before any page cache, so a page the cache answers
is counted too.
"""
from __future__ import annotations

import re
import threading
import time
from collections import Counter
from functools import lru_cache

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

PENDING_KEY = "craftsman:views:pending"
LOCK_KEY = "craftsman:views:flush-lock"
# An article page in any variant: /zh-hans/news/<slug>/ (tag, archive, feed and preview pages have more parts).
ARTICLE_PATH = re.compile(r"^/(?:zh-hans|zh-tw|zh-hk)/news/(?P<slug>[-\w]+)/$")
NOT_ARTICLES = {"feed", "tag", "archive", "preview"}
# Crawlers, link previews, monitors, command-line clients and audit tools are not readers.
BOTS = re.compile(
    r"bot|crawl|spider|slurp|baiduspider|yandex|sogou|bytespider|facebookexternalhit|embedly|preview|"
    r"lighthouse|pagespeed|headless|phantom|curl|wget|python|java/|go-http|httpclient|okhttp|monitor|scan|"
    r"check|validator|feed",
    re.I,
)


def flush_seconds() -> int:
    return getattr(settings, "VIEW_COUNT_FLUSH_SECONDS", 60)


def is_reader(request) -> bool:
    agent = request.META.get("HTTP_USER_AGENT", "")
    purpose = request.META.get("HTTP_SEC_PURPOSE", "") + request.META.get("HTTP_PURPOSE", "")
    return bool(agent) and not BOTS.search(agent) and "prefetch" not in purpose


def article_slug(path: str) -> str | None:
    match = ARTICLE_PATH.match(path)
    if match and match["slug"] not in NOT_ARTICLES:
        return match["slug"]
    return None


# --- Where pending counts wait ----------------------------------------------------------------------------


class RedisCounts:
    def __init__(self, url: str):
        import redis

        self.client = redis.Redis.from_url(url)

    def add(self, slug: str) -> None:
        self.client.hincrby(PENDING_KEY, slug, 1)

    def take(self) -> dict[str, int]:
        """Everything pending, atomically removed (a count made meanwhile waits for the next flush)."""
        with self.client.pipeline(transaction=True) as pipe:
            pipe.hgetall(PENDING_KEY)
            pipe.delete(PENDING_KEY)
            pending, _ = pipe.execute()
        return {slug.decode(): int(n) for slug, n in pending.items()}

    def may_flush(self, seconds: int) -> bool:
        return bool(self.client.set(LOCK_KEY, 1, nx=True, ex=max(seconds, 1)))

    def clear(self) -> None:
        self.client.delete(PENDING_KEY, LOCK_KEY)


class LocalCounts:
    """One process's counts (development server, tests without Redis)."""

    def __init__(self):
        self.pending: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.next_flush = 0.0

    def add(self, slug: str) -> None:
        with self.lock:
            self.pending[slug] += 1

    def take(self) -> dict[str, int]:
        with self.lock:
            pending, self.pending = dict(self.pending), Counter()
        return pending

    def may_flush(self, seconds: int) -> bool:
        with self.lock:
            now = time.monotonic()
            if now < self.next_flush:
                return False
            self.next_flush = now + seconds
            return True

    def clear(self) -> None:
        with self.lock:
            self.pending, self.next_flush = Counter(), 0.0


@lru_cache(maxsize=4)
def _store(url: str | None):
    return RedisCounts(url) if url else LocalCounts()


def store():
    return _store(getattr(settings, "VIEW_COUNT_REDIS_URL", None))


# --- Counting and flushing --------------------------------------------------------------------------------


def count_view(slug: str) -> None:
    try:
        store().add(slug)
    except Exception:  # a reading count is never worth an error page
        return
    maybe_flush()


def maybe_flush() -> int:
    """Flush if no process did for VIEW_COUNT_FLUSH_SECONDS; returns the number of views written."""
    try:
        due = store().may_flush(flush_seconds())
    except Exception:
        return 0
    return flush() if due else 0


def flush() -> int:
    """Write the pending counts to the database: one transaction, a few queries per batch of articles."""
    from news.models import Article, ArticleDailyViews

    pending = store().take()
    if not pending:
        return 0
    ids = dict(Article.objects.filter(slug__in=pending).values_list("slug", "pk"))
    counts = {ids[slug]: n for slug, n in pending.items() if slug in ids}  # unknown slugs: not articles
    if not counts:
        return 0
    today = timezone.localdate()
    with transaction.atomic():
        for pk, n in counts.items():
            Article.objects.filter(pk=pk).update(view_count=F("view_count") + n)
        existing = {
            row.article_id: row
            for row in ArticleDailyViews.objects.select_for_update().filter(day=today, article_id__in=counts)
        }
        for pk, row in existing.items():
            row.views += counts[pk]
        ArticleDailyViews.objects.bulk_update(existing.values(), ["views"])
        ArticleDailyViews.objects.bulk_create(
            ArticleDailyViews(article_id=pk, day=today, views=n) for pk, n in counts.items() if pk not in existing
        )
    return sum(counts.values())


class CountArticleViewsMiddleware:
    """Counts a reader's successful GET of an article page, whoever answered it (view or page cache)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method == "GET" and response.status_code == 200:
            slug = article_slug(request.path_info)
            if slug and is_reader(request):
                count_view(slug)
        return response
