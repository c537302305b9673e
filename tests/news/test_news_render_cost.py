"""Lists and feeds read only what they show (issue 13.8): no page but the article's own reads an article's body or
its search token streams (each bigger than the body), and the home page finds its latest news without
a query that excludes the top stories."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from news.models import Article, ArticleDailyViews

pytestmark = pytest.mark.django_db

UNSHOWN_COLUMNS = ('"news_article"."body"', '"news_article"."search_tokens"', '"news_article"."search_title"')


def article_selects(client, url):
    """The SQL of each query of a GET of `url` that reads article rows, with the response."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [q["sql"] for q in queries if q["sql"].startswith("SELECT") and 'FROM "news_article"' in q["sql"]], response


def assert_reads_no_unshown_column(sqls):
    assert sqls
    for sql in sqls:
        assert not [column for column in UNSHOWN_COLUMNS if column in sql.split(" FROM ")[0]], sql


@pytest.fixture
def site(many_articles, make_article):
    from django.utils import timezone

    articles = many_articles(30)
    notice = make_article(title="通知", kind=Article.Kind.NOTICE)
    ArticleDailyViews.objects.create(article=articles[3], day=timezone.localdate(), views=5)  # 热门
    return articles, notice


@pytest.mark.parametrize("page", ["home", "list", "tag", "archive", "notices", "rss", "notices atom"])
def test_lists_read_only_the_fields_they_show(client, site, page):
    articles, _ = site
    shown = articles[1]  # tagged tag-1 and tag-2, among the newest, not featured
    middle = shown.published_at
    url = {
        "home": "/zh-hans/", "list": reverse("news:list"), "tag": reverse("news:tag", args=["tag-1"]),
        "archive": reverse("news:archive-month", args=[middle.year, middle.month]), "notices": reverse("news:notices"),
        "rss": reverse("news:feed-rss"), "notices atom": reverse("news:notices-feed-atom"),
    }[page]
    sqls, response = article_selects(client, url)
    assert_reads_no_unshown_column(sqls)
    assert shown.title.encode() in response.content or page.startswith("notices")
    if page == "rss":
        assert shown.summary.encode() in response.content


def test_article_page_reads_the_body_once(client, site):
    articles, _ = site
    sqls, response = article_selects(client, articles[10].get_absolute_url())
    body_reads = [sql for sql in sqls if '"news_article"."body"' in sql.split(" FROM ")[0]]
    assert len(body_reads) == 1  # the article itself; previous, next, related and 热门 read headlines only
    assert_reads_no_unshown_column([sql for sql in sqls if sql not in body_reads])
    assert articles[9].title.encode() in response.content and articles[11].title.encode() in response.content


def test_home_latest_leaves_out_the_top_stories(client, site):
    articles, _ = site
    featured = [a for a in articles if a.featured]  # the newest is featured (many_articles: every 50th)
    sqls, response = article_selects(client, "/zh-hans/")
    assert not [sql for sql in sqls if "NOT" in sql and '"news_article"."id" IN' in sql]
    html = response.content.decode()
    latest = html[html.index('id="latest-title"'):]
    latest = latest[:latest.index("</section>")]
    assert featured[0].title not in latest
    assert [a.title for a in articles[1:9]] == [a.title for a in articles[1:9] if a.title in latest]
