"""List pages at size: elided page links, deep pages capped, the month list and the lists' counts cached
and kept right."""
import datetime
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from base import pagination
from news import archive
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


def test_the_month_list_is_read_once_then_cached(client, many_articles, monkeypatch):
    many_articles(30)
    calls = []
    monkeypatch.setattr(archive, "months_with_news", lambda: calls.append(1) or [])
    client.get("/zh-hans/news/")
    client.get("/zh-hans/news/?page=2")
    client.get("/zh-tw/news/")
    assert len(calls) == 1


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
    assert 0 < seen[archive.VERSION_KEY] <= 601


def test_an_expiring_article_shortens_how_long_the_list_is_kept(make_article, monkeypatch):
    from django.core.cache import cache

    seen = {}
    real_set = cache.set
    monkeypatch.setattr(cache, "set", lambda key, value, timeout=None: seen.update({key: timeout}) or real_set(key, value, timeout))
    make_article(expires_at=timezone.now() + datetime.timedelta(minutes=5))
    make_article(status=Article.Status.PUBLISHED, published_at=timezone.now() + datetime.timedelta(minutes=10))
    archive_months()
    assert 0 < seen[archive.VERSION_KEY] <= 301


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        html = client.get(url).content.decode()
    return [q for q in queries if "COUNT(" in q["sql"].upper()], html


def test_a_list_is_counted_once_until_an_article_changes(client, many_articles, make_article):
    many_articles(30)
    counted, html = count_queries(client, "/zh-hans/news/")
    assert counted and "第 1 / 3 页，共 30 条" in html
    for url in ("/zh-hans/news/", "/zh-hans/news/?page=2", "/zh-tw/news/"):
        assert count_queries(client, url)[0] == []
    make_article()  # a save forgets the counts
    counted, html = count_queries(client, "/zh-hans/news/")
    assert counted and "第 1 / 4 页，共 31 条" in html


def test_a_tags_count_follows_its_tags_and_bulk_writes(client, make_article):
    from taggit.models import Tag

    first = make_article(tags=["劳模"])
    make_article(tags=["劳模"])
    url = f"/zh-hans/news/tag/{Tag.objects.get(name='劳模').slug}/"
    assert "共 2 篇新闻" in client.get(url).content.decode()
    first.tags.remove("劳模")  # taggit's manager: m2m_changed
    assert "共 1 篇新闻" in client.get(url).content.decode()
    first.tags.add("劳模")
    assert "共 2 篇新闻" in client.get(url).content.decode()
    Article.objects.filter(pk=first.pk).update(status=Article.Status.DRAFT)  # the admin's unpublish action
    assert "共 1 篇新闻" in client.get(url).content.decode()


def test_a_count_worked_out_inside_a_write_is_not_kept_after_it(make_article, django_capture_on_commit_callbacks):
    """A reader counting between an article's save and its commit counts the old rows under a new version;
    the commit drops that version too."""
    make_article()
    with django_capture_on_commit_callbacks(execute=True):
        make_article()
        archive.list_count("news", Article.objects.published().news())
        assert cache.get(archive.VERSION_KEY) is not None
    assert cache.get(archive.VERSION_KEY) is None


def test_a_kept_count_does_not_build_its_query_again(make_article):
    """list_count may take a function that builds the query: called once, not while the count is kept."""
    from news import archive

    make_article()
    built = []

    def published():
        built.append(1)
        return Article.objects.published()

    assert archive.list_count("lazy", published) == archive.list_count("lazy", published) == 1
    assert built == [1]
