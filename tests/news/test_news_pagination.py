"""List pages at size: elided page links, deep pages capped, the month list cached and kept right."""
import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from base import pagination
from news.archive import archive_months
from news.models import Article

pytestmark = pytest.mark.django_db


def page_links(html):
    nav = html.split('<nav class="pagination"')[1].split("</nav>")[0]
    return re.findall(r"page=(\d+)\">\d+</a>", nav), nav


def test_page_links_are_elided_whatever_the_list_size(client, many_articles):
    many_articles(300)  # 30 pages
    html = client.get("/zh-hans/news/?page=15").content.decode()
    links, nav = page_links(html)
    assert links == ["1", "13", "14", "16", "17", "30"]
    assert nav.count('class="ellipsis"') == 2 and 'aria-current="page">15<' in nav
    first, _nav = page_links(client.get("/zh-hans/news/").content.decode())
    assert len(first) < 8


def test_deep_pages_are_capped(client, many_articles, monkeypatch):
    many_articles(60)
    monkeypatch.setattr(pagination, "MAX_PAGES", 4)
    assert client.get("/zh-hans/news/?page=4").status_code == 200
    html = client.get("/zh-hans/news/?page=4").content.decode()
    assert 'rel="next"' not in html  # the last page offered
    assert client.get("/zh-hans/news/?page=5").status_code == 404
    assert client.get("/zh-hans/news/?page=99999999999999999999999").status_code == 404


def test_the_month_list_is_read_once_then_cached(client, many_articles):
    many_articles(30)
    client.get("/zh-hans/news/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/zh-hans/news/?page=2")
    assert not [q for q in queries if "datetime_trunc" in q["sql"].lower() or "date_trunc" in q["sql"].lower()]


def test_the_month_list_follows_saves_and_scheduled_articles(make_article):
    make_article(published_at=timezone.now() - datetime.timedelta(days=400))
    before = archive_months()
    old = make_article(published_at=timezone.now() - datetime.timedelta(days=800))  # a save forgets the list
    months = archive_months()
    assert len(months) == len(before) + 1
    assert months[-1].year == old.published_at.astimezone(months[-1].tzinfo).year
    old.delete()
    assert len(archive_months()) == len(before)


def test_the_month_list_follows_bulk_writes(make_article):
    """The admin's publish and unpublish actions are QuerySet.update: no post_save, the list still follows."""
    make_article(published_at=timezone.now() - datetime.timedelta(days=400))
    old = make_article(published_at=timezone.now() - datetime.timedelta(days=800))
    before = archive_months()
    Article.objects.filter(pk=old.pk).update(status=Article.Status.DRAFT)
    assert len(archive_months()) == len(before) - 1
    Article.objects.filter(pk=old.pk).update(status=Article.Status.PUBLISHED)
    assert len(archive_months()) == len(before)


def test_a_scheduled_article_shortens_how_long_the_list_is_kept(make_article, monkeypatch):
    from django.core.cache import cache

    seen = {}
    real_set = cache.set
    monkeypatch.setattr(cache, "set", lambda key, value, timeout=None: seen.update({key: timeout}) or real_set(key, value, timeout))
    make_article(status=Article.Status.PUBLISHED, published_at=timezone.now() + datetime.timedelta(minutes=10))
    archive_months()
    assert 0 < seen["news:archive-months"] <= 601
