"""A record's news (academy.record_news): its page shows the newest NEWS_SHOWN and links the rest, which its
news page lists in pages; neither grows with the number of articles that name the record."""
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from academy.models import Academy, Course, Person
from academy.record_news import NEWS_SHOWN
from news.models import Article

pytestmark = pytest.mark.django_db

CARD_TITLE = re.compile(r'<h2 class="card-title"><a href="[^"]+">([^<]+)</a>')


@pytest.fixture
def named(many_articles, make_article):
    """A person named in 25 published articles (the newest first by date) and in one draft."""
    articles = many_articles(30)
    person = Person.objects.create(name="王曙群", slug="wang-shu-qun")
    person.source_articles.add(*articles[:25])
    draft = make_article(title="草稿里的王曙群", status=Article.Status.DRAFT)
    person.source_articles.add(draft)
    return person, articles[:25]


def test_the_record_page_shows_the_newest_and_links_them_all(client, named):
    person, articles = named
    html = client.get(person.get_absolute_url()).content.decode()
    for article in articles[:NEWS_SHOWN]:
        assert article.title in html
    assert articles[NEWS_SHOWN].title not in html and "草稿里的王曙群" not in html
    assert '<a href="/zh-hans/people/wang-shu-qun/news/">全部 25 篇 →</a>' in html


def test_the_news_page_lists_every_published_article_in_pages(client, named):
    person, articles = named
    url = "/zh-hans/people/wang-shu-qun/news/"
    pages = [client.get(f"{url}?page={n}") for n in (1, 2, 3)]
    assert [p.status_code for p in pages] == [200, 200, 200]
    titles = [CARD_TITLE.findall(p.content.decode()) for p in pages]
    assert sum(titles, []) == [a.title for a in articles]  # newest first, the draft nowhere
    first = pages[0].content.decode()
    assert "<h1>提到王曙群的新闻</h1>" in first and '<meta name="robots" content="noindex">' in first
    assert '<a href="/zh-hans/people/wang-shu-qun/">王曙群</a>' in first  # the breadcrumb back
    assert client.get(f"{url}?page=4").status_code == 404


@pytest.mark.parametrize("variant,lang", [("zh-tw", "zh-Hant-TW"), ("zh-hk", "zh-Hant-HK")])
def test_the_news_page_in_traditional(client, named, variant, lang):
    html = client.get(f"/{variant}/people/wang-shu-qun/news/").content.decode()
    assert "<h1>提到王曙群的新聞</h1>" in html and f'<html lang="{lang}">' in html
    assert '<a href="?page=2">2</a>' in html


def test_a_few_articles_need_no_link_and_none_no_page(client, many_articles):
    person = Person.objects.create(name="李斌", slug="li-bin")
    assert client.get("/zh-hans/people/li-bin/news/").status_code == 404
    person.source_articles.add(*many_articles(3))
    html = client.get(person.get_absolute_url()).content.decode()
    assert "/people/li-bin/news/" not in html and html.count('class="link-list article-links"') == 1
    assert client.get("/zh-hans/people/li-bin/news/").status_code == 200


def test_a_draft_record_has_no_public_news_page(client, many_articles):
    person = Person.objects.create(name="草稿人物", slug="cao-gao-ren-wu", published=False)
    person.source_articles.add(*many_articles(2))
    assert client.get("/zh-hans/people/cao-gao-ren-wu/news/").status_code == 404


def test_a_new_link_shows_at_once(client, named, make_article):
    """The count is kept in the cache; a record's new article drops it (academy.record_news.connect_invalidation)."""
    person, _articles = named
    client.get(person.get_absolute_url())
    newest = make_article(title="王曙群的最新报道", days_ago=0)
    person.source_articles.add(newest)
    html = client.get(person.get_absolute_url()).content.decode()
    assert "王曙群的最新报道" in html and "全部 26 篇" in html
    person.source_articles.remove(newest)
    assert "全部 25 篇" in client.get(person.get_absolute_url()).content.decode()


def test_an_academys_news_includes_its_courses(client, many_articles):
    academy = Academy.objects.create(name="大国工匠学院", slug="da-guo-gong-jiang")
    course = Course.objects.create(name="数控培训班", slug="shu-kong", academy=academy)
    articles = many_articles(12)
    academy.source_articles.add(*articles[:6])
    course.source_articles.add(*articles[6:])
    html = client.get(academy.get_absolute_url()).content.decode()
    assert '<a href="/zh-hans/academies/da-guo-gong-jiang/news/">全部 12 篇 →</a>' in html
    listed = CARD_TITLE.findall(client.get("/zh-hans/academies/da-guo-gong-jiang/news/?page=2").content.decode())
    assert listed == [a.title for a in articles[10:]]
    other = Academy.objects.create(name="另一所学院", slug="ling-yi-suo")
    course.academy = other
    course.save()  # the course's news moves with it
    html = client.get(academy.get_absolute_url()).content.decode()
    assert articles[0].title in html and articles[6].title not in html and "/da-guo-gong-jiang/news/" not in html


def test_walked_or_looked_up_the_pages_are_the_same(client, named, monkeypatch):
    """A record named in thousands is paged by walking the date index (base.planner.walk_from)."""
    url = "/zh-hans/people/wang-shu-qun/news/"
    looked_up = [CARD_TITLE.findall(client.get(f"{url}?page={n}").content.decode()) for n in (1, 3)]
    monkeypatch.setattr("base.planner.PROBE_COST", 0.001)
    assert [CARD_TITLE.findall(client.get(f"{url}?page={n}").content.decode()) for n in (1, 3)] == looked_up


@pytest.mark.parametrize("linked", [3, 300])
def test_the_pages_cost_the_same_queries_whatever_the_number_of_articles(client, many_articles, linked):
    person = Person.objects.create(name="王曙群", slug="wang-shu-qun")
    person.source_articles.add(*many_articles(linked))
    counts = []
    for url in (person.get_absolute_url(), "/zh-hans/people/wang-shu-qun/news/?page=1"):
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    assert counts == [8, 3]  # the person page as before; the news page: the record, its page, its tags


def test_a_renamed_records_old_news_address_moves_to_the_new_one(client, named):
    person, _articles = named
    person.slug = "wang-shu-qun-2"
    person.save()
    response = client.get("/zh-tw/people/wang-shu-qun/news/?page=2")
    assert response.status_code == 301
    assert response["Location"] == "/zh-tw/people/wang-shu-qun-2/news/?page=2"
    assert client.get("/zh-tw/people/wang-shu-qun/")["Location"] == "/zh-tw/people/wang-shu-qun-2/"


def test_an_academys_news_walked_or_looked_up_is_the_same(client, many_articles, monkeypatch):
    academy = Academy.objects.create(name="大国工匠学院", slug="da-guo-gong-jiang")
    course = Course.objects.create(name="数控培训班", slug="shu-kong", academy=academy)
    other = Course.objects.create(name="别处的课程", slug="bie-chu", academy=Academy.objects.create(name="别处", slug="bie"))
    articles = many_articles(30)
    academy.source_articles.add(*articles[:20:2])
    course.source_articles.add(*articles[1:20:2], articles[0])  # one article named twice
    other.source_articles.add(*articles[20:])
    url = "/zh-hans/academies/da-guo-gong-jiang/news/"
    looked_up = [CARD_TITLE.findall(client.get(f"{url}?page={n}").content.decode()) for n in (1, 2)]
    assert sum(looked_up, []) == [a.title for a in articles[:20]]
    monkeypatch.setattr("base.planner.PROBE_COST", 0.001)
    assert list(academy.news(picks=20)) == list(academy.news())  # the walk's query, and the lookup's
    assert [CARD_TITLE.findall(client.get(f"{url}?page={n}").content.decode()) for n in (1, 2)] == looked_up


def test_a_walk_probes_each_article_and_never_hashes_every_link(named, make_article):
    """The walk's test is a scalar subquery per article (base.planner.Probe): the same articles as the
    EXISTS it replaces, and on PostgreSQL no hashed subplan, which read every link row of the record before
    the first article (an academy named in 24,609 articles: 6.8 ms against 0.9)."""
    from django.db.models import Exists, OuterRef

    from base.planner import Probe

    person, articles = named
    links = Person.source_articles.through.objects.filter(person=person, article=OuterRef("pk"))
    walked = Article.objects.published().order_by("-published_at", "-pk").filter(person.names_article())
    assert list(walked) == list(Article.objects.published().order_by("-published_at", "-pk").filter(Exists(links)))
    assert list(walked) == articles and not Article.objects.filter(~Probe(links), pk=articles[0].pk).exists()
    sql, params = walked.all()[:10].query.sql_with_params()
    assert "EXISTS" not in sql.upper() and ") IS NOT NULL" in sql
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN " + sql, params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
        assert "SubPlan" in plan and "hashed SubPlan" not in plan


def test_the_record_pages_newest_walked_or_looked_up_are_the_same(client, named, monkeypatch):
    """The page's newest NEWS_SHOWN are a query compiled once per plan (base.prepared): the plan is chosen
    from the record's count on each request, never kept inside the compiled query."""
    person, articles = named
    other = Person.objects.create(name="另一位", slug="ling-yi-wei")
    other.source_articles.add(*articles[5:8])
    batch = re.compile(r"批量新闻\d+")

    def shown(record):
        return batch.findall(client.get(record.get_absolute_url()).content.decode())

    looked_up = shown(person)
    assert looked_up == [a.title for a in articles[:NEWS_SHOWN]]
    assert shown(other) == [a.title for a in articles[5:8]]  # the same compiled query, another record
    monkeypatch.setattr("base.planner.PROBE_COST", 0.001)  # every record's newest are now walked
    assert shown(person) == looked_up
    assert shown(other) == [a.title for a in articles[5:8]]
