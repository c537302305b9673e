"""Reading counts: no database write per view, batched flushes, bots left out, cached pages counted, 热门."""
import datetime

import pytest
from django.http import HttpResponse
from django.test import override_settings
from django.utils import timezone

from news import reading
from news.models import Article, ArticleDailyViews
from tests.local_services import REDIS_TEST_URL

pytestmark = pytest.mark.django_db
READER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0"


@pytest.fixture(autouse=True)
def fresh_counts(settings):
    settings.VIEW_COUNT_REDIS_URL = None
    settings.VIEW_COUNT_FLUSH_SECONDS = 3600
    reading.store().clear()
    yield
    reading.store().clear()


def read(client, article, agent=READER, variant="zh-hans", **extra):
    return client.get(f"/{variant}/news/{article.slug}/", HTTP_USER_AGENT=agent, **extra)


def test_a_view_costs_no_write_until_the_flush(client, make_article):
    article = make_article()
    read(client, article)  # the first view of the interval is written at once, by the request that won the lock
    assert Article.objects.get(pk=article.pk).view_count == 1
    for variant in ("zh-hans", "zh-tw", "zh-hk"):
        read(client, article, variant=variant)
    assert Article.objects.get(pk=article.pk).view_count == 1  # pending: no write per view
    assert reading.flush() == 3
    article.refresh_from_db()
    assert article.view_count == 4
    assert ArticleDailyViews.objects.get(article=article, day=timezone.localdate()).views == 4
    assert reading.flush() == 0  # taken once


def test_the_first_request_after_the_interval_flushes(client, make_article, settings):
    settings.VIEW_COUNT_FLUSH_SECONDS = 0  # every request may flush
    article = make_article()
    read(client, article)
    read(client, article)  # flushes the view before it... and its own on the next one
    assert Article.objects.get(pk=article.pk).view_count >= 1


@pytest.mark.parametrize("agent", [
    "", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "Baiduspider-render/2.0",
    "curl/8.0", "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/120.0", "python-requests/2.31",
    "Mozilla/5.0 Chrome-Lighthouse",
])
def test_bots_and_tools_are_not_counted(client, make_article, agent):
    article = make_article()
    read(client, article, agent=agent)
    reading.flush()
    assert Article.objects.get(pk=article.pk).view_count == 0


def test_only_successful_article_pages_are_counted(client, make_article):
    article = make_article(tags=["标签"])
    client.get(f"/zh-hans/news/{article.slug}/", HTTP_USER_AGENT=READER, HTTP_SEC_PURPOSE="prefetch")
    client.get("/zh-hans/news/no-such-article/", HTTP_USER_AGENT=READER)
    client.get("/zh-hans/news/", HTTP_USER_AGENT=READER)
    client.head(f"/zh-hans/news/{article.slug}/", HTTP_USER_AGENT=READER)
    reading.flush()
    assert Article.objects.get(pk=article.pk).view_count == 0


class AnswerFromCache:
    """Stands for a page cache listed after the counter: answers without calling the view."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return HttpResponse("cached page")


def test_a_page_the_cache_answers_is_counted(client, make_article, settings):
    article = make_article()
    middleware = list(settings.MIDDLEWARE)
    counter = middleware.index("news.reading.CountArticleViewsMiddleware")
    middleware.insert(counter + 1, f"{__name__}.AnswerFromCache")
    with override_settings(MIDDLEWARE=middleware):
        response = read(client, article)
    assert response.content == b"cached page"
    reading.flush()
    assert Article.objects.get(pk=article.pk).view_count == 1


def test_redis_store_counts_and_takes_atomically(settings, make_article):
    redis = pytest.importorskip("redis")
    url = REDIS_TEST_URL  # this run's own Redis database
    try:
        redis.Redis.from_url(url).ping()
    except redis.ConnectionError:
        pytest.skip("no Redis server at 127.0.0.1:6379")
    settings.VIEW_COUNT_REDIS_URL = url
    store = reading.store()
    store.clear()
    article = make_article()
    for _ in range(3):
        store.add(article.slug)
    store.add("not-an-article")
    assert store.may_flush(60) and not store.may_flush(60)  # one flush per interval, across processes
    assert reading.flush() == 3
    assert store.take() == {}
    store.clear()


def test_popular_is_the_last_30_days_most_read_first(make_article):
    today = timezone.localdate()
    old, quiet, busy, unread = (make_article() for _ in range(4))
    ArticleDailyViews.objects.bulk_create([
        ArticleDailyViews(article=old, day=today - datetime.timedelta(days=30), views=1000),
        ArticleDailyViews(article=quiet, day=today - datetime.timedelta(days=29), views=2),
        ArticleDailyViews(article=busy, day=today, views=5),
        ArticleDailyViews(article=busy, day=today - datetime.timedelta(days=3), views=5),
    ])
    popular = list(Article.objects.published().popular())
    assert popular == [busy, quiet]
    assert popular[0].recent_views == 10


def test_view_count_and_popular_on_pages(client, make_article):
    shown, other = make_article(title="常读的新闻"), make_article(title="另一篇")
    Article.objects.filter(pk=shown.pk).update(view_count=1234)
    ArticleDailyViews.objects.create(article=shown, day=timezone.localdate(), views=7)
    html = client.get(other.get_absolute_url()).content.decode()
    assert "热门文章" in html and "常读的新闻" in html
    html = client.get(shown.get_absolute_url()).content.decode()
    assert "浏览次数" in html and "1234" in html
    assert "热门文章" in client.get("/zh-hans/").content.decode()


def test_flush_command(make_article, capsys):
    from django.core.management import call_command

    article = make_article()
    reading.store().add(article.slug)
    call_command("flush_view_counts")
    assert Article.objects.get(pk=article.pk).view_count == 1
