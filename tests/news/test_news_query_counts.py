"""Every public news view costs the same number of queries with 3 articles as with 300."""
import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

SIZES = [3, 300]
# An article with tags and nothing else: the article (which also says which of its relations have rows,
# news.presence), its tags, previous, next, related (the tag windows, then the published candidates' shown
# fields) and 热门文章 (one aggregate over the last 30 days of reading counts). Each relation that has rows
# adds its query: the kinds of academy record it is about (six), its gallery, videos and attachments, and its
# accepted mentions (academy's news.body_links provider, linking first occurrences in the body); library
# pictures in the body add one, however many there are. Without tags, related costs nothing.
ARTICLE_PAGE_QUERIES = 7
ARTICLE_PAGE_MOST = ARTICLE_PAGE_QUERIES + 6 + 3 + 1 + 1  # everything at once; before news.presence, always 17 (+1)


def urls_for(articles):
    middle = articles[len(articles) // 2]
    year = middle.published_at.year
    month = middle.published_at.month
    return {
        "home": ("/zh-hans/", 7),  # featured, latest, notices, 热门, 图片新闻, academies and their parts
        # a count, the page, its tags (a tag page: the tag too)
        "list": ("/zh-hans/news/", 3),
        "list page 2": ("/zh-hans/news/?page=1", 3),
        "tag": (reverse("news:tag", args=["tag-1"]), 4),
        "archive month": (f"/zh-hans/news/archive/{year}/{month}/", 3),
        "archive year": (f"/zh-hans/news/archive/{year}/", 3),
        "article": (middle.get_absolute_url(), ARTICLE_PAGE_QUERIES),
        "rss": ("/zh-hans/news/feed/rss/", 2),  # the items, their tags
        "atom": ("/zh-hans/news/feed/atom/", 2),
        "sitemap": ("/zh-hans/sitemap-articles.xml", 2),  # a count and one page of articles
    }


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    "name", ["home", "list", "list page 2", "tag", "archive month", "archive year", "article", "rss", "atom", "sitemap"]
)
def test_query_count_is_fixed(client, many_articles, django_assert_max_num_queries, size, name):
    articles = many_articles(size)
    url, limit = urls_for(articles)[name]
    client.get(url)  # builds the script-variant glossary once (its own test below)
    with django_assert_max_num_queries(limit):
        response = client.get(url)
    assert response.status_code == 200


def test_sitemap_cost_does_not_grow_with_articles(client, many_articles):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        from django.core.cache import cache

        cache.clear()  # the index is cached: measure making it
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/sitemap.xml").status_code == 200  # the index: a count and lastmod per file
        return len(queries)

    many_articles(3)
    small = count()
    many_articles(297)
    assert count() == small


def test_glossary_is_built_once_per_change(client, many_articles, django_assert_max_num_queries):
    """Names protected from script conversion are read once per change, not per request."""
    many_articles(3)
    from variants.glossary import bump_version

    bump_version()
    with django_assert_max_num_queries(8 + 5):  # the home page, plus one query per named model
        client.get("/zh-tw/")
    with django_assert_max_num_queries(8):
        client.get("/zh-tw/")
