"""Issue 13 items 2-3: the full-page cache for anonymous readers (config.pagecache) and the HTTP caching
headers, against the machine's real Redis (REDIS_TEST_URL) through the production backend: hits cost no
query, every kind of change shows at once, nothing private or unbounded is stored, and a dead Redis only
means rendered pages."""
import datetime
import time
import uuid

import pytest
import redis
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory
from django.utils import timezone
from ops_helpers import REDIS_TEST_URL, closed_port

from config import pagecache
from config.cache import cache_settings

pytestmark = pytest.mark.django_db


PREFIX = f"pagecache-test-{uuid.uuid4().hex[:8]}"
REDIS = redis.Redis.from_url(REDIS_TEST_URL)  # to look at and remove this run's keys


def _stored_pages():
    return [k for k in REDIS.keys(f"{PREFIX}*") if b"pagecache:page:" in k]


def _forget_everything():
    keys = REDIS.keys(f"{PREFIX}*")
    if keys:
        REDIS.delete(*keys)


@pytest.fixture(autouse=True)
def redis_cache(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.CACHES = cache_settings(REDIS_TEST_URL)
    settings.CACHES["default"]["KEY_PREFIX"] = PREFIX  # only this run's keys, removed after each test
    yield
    _forget_everything()


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


def test_missing_pages_and_unbounded_searches_are_not_stored(client, site):
    client.get("/zh-hans/no-such-page/")
    client.get("/zh-hans/search/", {"q": "工" * 101})  # longer than the view reads
    client.get("/zh-hans/search/", {"q": "工匠", "x": "1"})
    client.get("/zh-hans/news/", {"q": "工匠"})  # no search parameter on other paths
    assert not _stored_pages()


def test_a_repeated_search_is_served_from_the_cache_in_each_variant(client, site, django_assert_num_queries):
    for variant in ("zh-hans", "zh-tw", "zh-hk"):
        first = client.get(f"/{variant}/search/", {"q": "工匠学院"})
        assert "大零号湾" in first.content.decode() or "大零號灣" in first.content.decode()
        with django_assert_num_queries(0):
            again = client.get(f"/{variant}/search/", {"q": "工匠学院"})
        assert again.content == first.content
    # The order of the parameters does not make a second page.
    client.get("/zh-hans/search/", {"q": "工匠", "page": "1"})
    with django_assert_num_queries(0):
        client.get("/zh-hans/search/?page=1&q=%E5%B7%A5%E5%8C%A0")


def test_a_search_page_shows_a_new_article_at_once(client, site, make_article):
    assert "</mark>的一天" not in html(client, "/zh-hans/search/?q=潜水钳工")
    make_article(title="潜水钳工的一天")
    assert "<mark>潜水钳工</mark>的一天" in html(client, "/zh-hans/search/?q=潜水钳工")


def test_at_most_the_budget_of_new_search_pages_is_stored_per_minute(client, site, settings,
                                                                    django_assert_num_queries):
    settings.PAGE_CACHE_QUERY_BUDGET = 2
    for word in ("工匠", "学院", "培训"):
        client.get("/zh-hans/search/", {"q": word})
    assert len(_stored_pages()) == 2
    with django_assert_num_queries(0):
        client.get("/zh-hans/search/", {"q": "学院"})
    assert html(client, "/zh-hans/search/?q=培训")  # over the budget: still answered, rendered each time
    assert len(_stored_pages()) == 2


# --- HTTP caching ----------------------------------------------------------------------------------


def test_public_pages_say_how_long_to_keep_them_and_answer_304(client, site):
    first = client.get("/zh-tw/news/")
    control = first["Cache-Control"]
    assert "public" in control and "max-age=60" in control and "stale-while-revalidate=600" in control
    assert "cookie" not in first.get("Vary", "").lower()  # the address names the variant
    assert first["ETag"] and first["Last-Modified"]
    assert client.get("/zh-tw/news/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get("/zh-tw/news/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    _forget_everything()  # a miss answers 304 as well
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


def test_pages_are_rendered_and_public_when_redis_is_unreachable(client, site, settings):
    """The production backend pointed at a closed port: every request renders, nothing fails."""
    settings.CACHES = cache_settings(f"redis://127.0.0.1:{closed_port()}/0")
    for _ in range(2):
        response = client.get("/zh-tw/news/")
        assert response.status_code == 200 and "新聞" in response.content.decode()
        assert response["Cache-Control"].startswith("public") and response["ETag"]


# --- Every page type, and what is never stored ------------------------------------------------------


def test_every_public_page_type_in_every_variant_is_served_from_the_cache(client, public_paths,
                                                                          django_assert_num_queries):
    for path in public_paths:
        first = client.get(path)
        assert first.status_code == 200, path
        if "/search/" in path:
            assert "?q=" in path  # search results: rendered every time, never stored
            continue
        with django_assert_num_queries(0):
            again = client.get(path)
        assert again.content == first.content, path


def test_variants_and_hosts_never_share_a_stored_page(rf, settings):
    settings.ALLOWED_HOSTS = ["a.example", "b.example"]
    keys = {
        pagecache.page_key(rf.get(path, HTTP_HOST=host))
        for path in ("/zh-hans/news/", "/zh-tw/news/", "/zh-hk/news/") for host in ("a.example", "b.example")
    }
    assert None not in keys and len(keys) == 6


def test_a_page_that_handed_out_a_csrf_token_is_private(site):
    """Whatever the cookie handling, a page with someone's CSRF token in it is never stored or shared."""

    def view(request):
        return HttpResponse(f"<form><input value='{get_token(request)}'></form>")

    middleware = pagecache.PageCacheMiddleware(view)
    for _ in range(2):
        response = middleware(RequestFactory().get("/zh-hans/form/"))
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert not _stored_pages()


def test_bulk_writes_start_a_new_generation(client, site, make_article):
    from news.models import Article

    article = make_article(title="批量写入之前的刨工新闻")
    assert "批量写入之前的刨工新闻" in html(client, "/zh-hans/news/")
    Article.objects.filter(pk=article.pk).update(title="批量写入之后的刨工新闻")  # no post_save
    assert "批量写入之后的刨工新闻" in html(client, "/zh-hans/news/")
    Article.objects.filter(pk=article.pk).update(featured=True)  # a field no derived column depends on
    assert "批量写入之后的刨工新闻" in html(client, "/zh-hans/")
