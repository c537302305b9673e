"""The full-page cache for anonymous readers (config.pagecache) and the HTTP caching headers, against the
machine's real Redis (db 7): hits cost no query, and every kind of change shows at once."""
import datetime
import time

import pytest
from django.core.cache import cache
from django.utils import timezone

from config import pagecache

pytestmark = pytest.mark.django_db

REDIS = "redis://127.0.0.1:6379/7"


@pytest.fixture(autouse=True)
def redis_cache(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.CACHES = {"default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS, "KEY_PREFIX": "pagecache-test",
    }}
    cache.clear()
    yield
    cache.clear()


def html(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


@pytest.mark.parametrize("size", [3, 300])
def test_a_cached_page_costs_no_query_at_any_size(client, site, many_articles, django_assert_num_queries, size):
    many_articles(size)
    for url in ("/zh-hans/", "/zh-tw/news/", "/zh-hk/news/?page=1", "/zh-tw/academies/", "/zh-hans/sitemap.xml"):
        first = client.get(url)
        with django_assert_num_queries(0):
            again = client.get(url)
        assert again.content == first.content and again["ETag"] == first["ETag"]


def test_each_variant_is_cached_on_its_own(client, site):
    assert "勞模工匠學院" in html(client, "/zh-tw/")
    assert "劳模工匠学院" in html(client, "/zh-hans/") and "勞模工匠學院" in html(client, "/zh-tw/")


def test_editing_publishing_and_unpublishing_show_at_once(client, site, make_article, admin_client):
    from news.models import Article

    assert "新发布的焊工新闻" not in html(client, "/zh-hans/")
    article = make_article(title="新发布的焊工新闻")
    assert "新发布的焊工新闻" in html(client, "/zh-hans/")
    article.title = "改过标题的焊工新闻"
    article.save()
    assert "改过标题的焊工新闻" in html(client, "/zh-hans/news/")
    # The admin's list action writes with QuerySet.update (no post_save): it announces the change itself.
    admin_client.post("/admin/news/article/", {"action": "unpublish", "_selected_action": [article.pk]})
    assert Article.objects.get(pk=article.pk).status == Article.Status.DRAFT
    assert "改过标题的焊工新闻" not in html(client, "/zh-hans/news/")
    admin_client.post("/admin/news/article/", {"action": "publish", "_selected_action": [article.pk]})
    assert "改过标题的焊工新闻" in html(client, "/zh-hans/news/")
    article.tags.add("焊接")  # m2m
    assert "焊接" in html(client, f"/zh-hans/news/{article.slug}/")


def test_record_glossary_and_name_changes_show_at_once(client, site):
    from academy.models import Academy
    from variants.models import GlossaryTerm

    academy = Academy.objects.get(slug="wei-fang-shi-lao-mo-gong-jiang-xue-yuan")
    page = f"/zh-tw/academies/{academy.slug}/"
    assert "濰坊市勞模工匠學院" in html(client, page)
    academy.name = "濰坊市劳模工匠学院（新名）"
    academy.save()
    assert "（新名）" in html(client, page)
    GlossaryTerm.objects.create(hans="新名", tw="新名稱", hk="新名稱")
    assert "（新名稱）" in html(client, page)


def test_a_scheduled_article_appears_when_its_time_comes_without_a_job(client, site, make_article):
    make_article(title="定时发布的车工新闻", published_at=timezone.now() + datetime.timedelta(seconds=2))
    assert "定时发布的车工新闻" not in html(client, "/zh-hans/")
    assert "定时发布的车工新闻" not in html(client, "/zh-hans/")  # from the cache
    time.sleep(2.1)
    assert "定时发布的车工新闻" in html(client, "/zh-hans/")


def test_staff_previews_admin_and_messages_are_never_cached(client, site, admin_client, make_article,
                                                            django_assert_max_num_queries):
    from news.models import Article

    response = admin_client.get("/zh-hans/")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    draft = make_article(title="草稿", status=Article.Status.DRAFT)
    preview = admin_client.get(f"/zh-hans/news/preview/{draft.pk}/")
    assert preview.status_code == 200 and "no-store" in preview["Cache-Control"]
    assert "no-store" in admin_client.get("/admin/").get("Cache-Control", "")
    client.get("/zh-hans/news/")
    client.cookies["messages"] = "x"
    with django_assert_max_num_queries(20) as queries:
        client.get("/zh-hans/news/")
    assert len(queries) > 0  # a reader with a message to see gets a rendered page


@pytest.mark.parametrize("query,cached", [
    ("?page=2", True), ("?page=21", False), ("?page=02", False), ("?utm_source=x", False),
    ("?page=2&page=3", False), ("?page=2&x=1", False),
])
def test_only_bounded_query_strings_are_cached(client, many_articles, django_assert_num_queries, query, cached):
    many_articles(230)
    client.get("/zh-hans/news/" + query)
    if cached:
        with django_assert_num_queries(0):
            client.get("/zh-hans/news/" + query)
    else:
        assert pagecache.page_key(client.get("/zh-hans/news/" + query).wsgi_request) is None


def test_search_and_missing_pages_are_not_stored(client, site):
    client.get("/zh-hans/search/", {"q": "工匠"})
    client.get("/zh-hans/no-such-page/")
    assert not [k for k in cache._cache.get_client().keys("*") if b"pagecache:page:" in k]


# --- HTTP caching ----------------------------------------------------------------------------------


def test_public_pages_say_how_long_to_keep_them_and_answer_304(client, site):
    first = client.get("/zh-tw/news/")
    control = first["Cache-Control"]
    assert "public" in control and "max-age=60" in control and "stale-while-revalidate=600" in control
    assert "cookie" not in first.get("Vary", "").lower()  # the address names the variant
    assert first["ETag"] and first["Last-Modified"]
    assert client.get("/zh-tw/news/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get("/zh-tw/news/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    cache.clear()  # a miss answers 304 as well
    assert client.get("/zh-tw/news/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_redirects_by_cookie_or_language_are_private_and_vary(client, site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="zh-TW")
    assert response.status_code == 302 and "private" in response["Cache-Control"]
    assert {"cookie", "accept-language"} <= {v.strip().lower() for v in response["Vary"].split(",")}
    switch = client.get("/variant/zh-tw/")
    assert "no-store" in switch["Cache-Control"]  # it sets the variant cookie


# --- A cache that fails ----------------------------------------------------------------------------


class DeadCache:
    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise ConnectionError("redis is down")
        return fail


def test_pages_are_rendered_when_the_page_cache_fails(client, site, monkeypatch):
    monkeypatch.setattr(pagecache, "cache", DeadCache())
    response = client.get("/zh-hans/")
    assert response.status_code == 200 and "劳模工匠学院" in response.content.decode()
    assert response["Cache-Control"].startswith("public")


def test_a_new_release_never_serves_pages_rendered_by_the_old_code(client, site, monkeypatch,
                                                                   django_assert_max_num_queries):
    client.get("/zh-hans/news/")
    monkeypatch.setattr(pagecache, "code_version", lambda: "another-release")
    with django_assert_max_num_queries(20) as queries:
        client.get("/zh-hans/news/")
    assert len(queries) > 0
