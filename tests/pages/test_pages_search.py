"""Site search: a query in either script finds text stored in either script; drafts stay hidden."""
import re

import pytest
from django.db import connection

from news import search_index
from news.models import Article
from news.search import search_articles

pytestmark = pytest.mark.django_db

SEARCH = "/zh-hans/search/"



def results(client, query, url=SEARCH):
    """The page's HTML with the highlighting marks taken out (they are tested on their own)."""
    return re.sub("</?mark>", "", client.get(url, {"q": query}).content.decode())


def titles(query, **kwargs):
    return [a.title for a in search_articles(query, **kwargs)[0:50]]


def test_simplified_query_finds_traditional_article_and_back(client, site):
    html = results(client, "潍坊 培训班")
    assert "潍坊市劳模工匠学院举办" in html  # stored in Traditional
    assert '<h3 class="card-title">' in html  # result cards sit under the page's h2 sections
    assert "上海大零号湾工匠学院挂牌" in results(client, "大零號灣")  # stored in Simplified


def test_half_converted_text_is_found_by_either_script(client, site):
    html = results(client, "勞動模範")  # stored as 勞動模范 by the reprint site
    assert "潍坊市劳模工匠学院举办" in html


def test_records_are_found_by_name_in_either_script(client, site):
    html = results(client, "濰坊")
    assert "潍坊市劳模工匠学院</a>" in html
    assert "王曙群</a>" in results(client, "王曙群")


def test_drafts_are_never_found(client, site, make_article):
    make_article(title="草稿里的劳模新闻", status=Article.Status.DRAFT)
    assert "草稿里的劳模新闻" not in results(client, "劳模")


def test_every_term_must_match(client, site):
    html = results(client, "潍坊 闵行")
    assert "潍坊市劳模工匠学院举办" not in html and "上海大零号湾工匠学院挂牌" not in html
    assert "没有找到与“潍坊 闵行”相符的内容" in html


def test_search_page_reads_well_and_is_noindex(client, site):
    html = client.get(SEARCH).content.decode()
    assert '<meta name="robots" content="noindex">' in html and "请输入要搜索的词语" in html
    tw = results(client, "劳模", "/zh-tw/search/")
    assert "搜尋" in tw and "勞模工匠學院" in tw


def test_query_is_escaped(client, site):
    assert "<script>alert(1)</script>" not in results(client, "<script>alert(1)</script>")


def test_fixture_search_fields_match_what_save_writes(site):
    for article in Article.objects.all():
        stored = (article.search_title, article.search_tokens)
        article.fill_derived()
        assert stored == (article.search_title, article.search_tokens) and "潍坊" in " ".join(stored) + "潍坊"


@pytest.mark.parametrize("size", [3, 300])
def test_search_costs_the_same_whatever_the_size(client, many_articles, django_assert_max_num_queries, size):
    many_articles(size)
    client.get(SEARCH, {"q": "批量"})  # glossary warm-up
    with django_assert_max_num_queries(4):  # (SQLite) the window, the ranking, the page, every kind of record
        response = client.get(SEARCH, {"q": "批量 新闻"})
    assert response.status_code == 200 and ("批量新闻" in response.content.decode())


# --- The index and the search function -------------------------------------------------------------


def test_two_character_and_one_character_queries_are_found(make_article):
    make_article(title="车间里的新课", body="<p>数控加工的实训。</p>")
    assert titles("数控") == ["车间里的新课"]
    assert titles("控") == ["车间里的新课"]  # a lone character matches as the start of a token
    assert titles("控数") == []


def test_title_matches_rank_first_then_newest(make_article):
    make_article(title="新闻甲", body="<p>焊接技艺</p>", days_ago=1)
    make_article(title="焊接大赛", body="<p>比赛</p>", days_ago=30)
    make_article(title="新闻乙", body="<p>焊接工艺</p>", days_ago=3)
    assert titles("焊接") == ["焊接大赛", "新闻甲", "新闻乙"]


def test_words_in_latin_letters_and_digits_are_found_by_prefix(make_article):
    make_article(title="ＡＩ赋能制造", body="<p>2025年计划</p>")
    assert titles("ai") == titles("AI") == titles("2025") == ["ＡＩ赋能制造"]


def test_edits_and_deletes_reach_the_index(make_article):
    article = make_article(title="旧标题", body="<p>正文</p>")
    article.title = "新标题钳工"
    article.save()
    assert titles("钳工") == ["新标题钳工"] and titles("旧标") == []
    article.delete()
    assert titles("钳工") == []


def test_bulk_writes_keep_the_index(db):
    from news.models import Article

    article = Article(title="批量写入的铣工新闻", slug="bulk-mill", body="<p>x</p>", status="published")
    Article.objects.bulk_create([article])  # ArticleQuerySet.bulk_create fills the derived fields
    assert titles("铣工") == ["批量写入的铣工新闻"]
    Article.objects.filter(slug="bulk-mill").update(title="批量改写的车工新闻")
    assert titles("铣工") == [] and titles("车工") == ["批量改写的车工新闻"]
    Article.objects.filter(slug="bulk-mill").update(title="批量写入的铣工新闻")
    assert titles("铣工") == ["批量写入的铣工新闻"]
    Article.objects.filter(slug="bulk-mill").update(search_title="", search_tokens="")
    assert titles("铣工") == []


def test_raw_fixture_loads_fill_the_index(site):
    from news.models import Article

    article = Article.objects.get(slug="wei-fang-lao-mo-gong-jiang-xue-yuan-pei-xun-ban")
    assert "潍坊" in article.search_title.split() and titles("匠心论坛") == [article.title]


def test_search_function_serves_the_admin_with_any_queryset(make_article):
    from news.models import Article

    make_article(title="草稿里的钳工", status=Article.Status.DRAFT)
    assert titles("鉗工") == []
    found = search_articles("鉗工", Article.objects.all())
    assert [a.title for a in found.queryset()] == ["草稿里的钳工"]
    assert list(search_articles("", Article.objects.all()).queryset()) == []


def test_the_admin_changelist_searches_through_the_index(admin_client, make_article):
    """Issue 13 item 4: the admin's search uses the same index: drafts too, either script, and the byline
    and source still by a plain match."""
    from news.models import Article

    make_article(title="草稿里的钳工", status=Article.Status.DRAFT, body="<p>鉗工實訓</p>")
    make_article(title="别的新闻", byline="李钳", source_name="工人日报")
    make_article(title="无关新闻")

    def listed(query):
        page = admin_client.get("/admin/news/article/", {"q": query}).content.decode()
        return [t for t in ("草稿里的钳工", "别的新闻", "无关新闻") if t in page]

    assert listed("鉗工") == listed("钳工") == ["草稿里的钳工"]
    assert listed("实训") == ["草稿里的钳工"]  # the body, stored in Traditional
    assert listed("李钳") == ["别的新闻"] and listed("工人日报") == ["别的新闻"]
    assert listed("不存在的词") == []


def test_counts_are_capped(many_articles):
    many_articles(12)
    found = search_articles("批量", limit=5)
    assert found.count() == 5 and found.capped
    assert search_articles("批量", limit=50).count() == 12 and not search_articles("批量", limit=50).capped


def test_quotes_and_operators_in_queries_are_only_text(make_article):
    make_article(title="普通新闻")
    for query in ['"', "'", "OR", "a:*", "NEAR(", "* AND", "\\", "&|!"]:
        assert titles(query) == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the tsvector columns exist on PostgreSQL only")
def test_postgresql_matches_with_a_gin_indexed_tsvector(make_article, many_articles):
    """On PostgreSQL the search is full-text: generated tsvector columns, GIN indexes, and the query's
    condition is answered from the index (not by reading every article's text)."""
    from news.models import Article
    from news.search import _pg_match
    from zhtext.search import query_parts, query_terms

    many_articles(300)
    make_article(title="罕见的錾刻新闻", body="<p>錾刻工艺</p>")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attname, format_type(atttypid, atttypmod), attgenerated FROM pg_attribute "
            "WHERE attrelid = 'news_article'::regclass AND attname LIKE 'search%%vector'"
        )
        assert set(cursor.fetchall()) == {("search_vector", "tsvector", "s"), ("search_title_vector", "tsvector", "s")}
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'news_article'")
        indexes = dict(cursor.fetchall())
    assert "USING gin (search_vector)" in indexes["article_search_gin"]
    assert "USING gin (search_title_vector)" in indexes["article_search_title_gin"]

    condition = _pg_match(query_parts(query_terms("錾刻")), "search_vector")
    assert "@@ to_tsquery('simple'" in condition.sql
    sql, params = Article.objects.filter(condition).values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # 301 rows: left alone the planner would read them all
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Bitmap Index Scan on article_search_gin" in plan, plan
    assert titles("錾刻") == ["罕见的錾刻新闻"] and titles("鏨刻") == ["罕见的錾刻新闻"]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the FTS5 triggers exist on SQLite only")
def test_sqlite_index_is_rebuilt_when_a_table_rebuild_dropped_its_triggers(make_article):
    from django.apps import apps
    from django.db.models.signals import post_migrate

    from news.apps import _ensure_search_index

    make_article(title="刨工新闻")
    with connection.cursor() as cursor:
        for suffix in ("ai", "ad", "au"):
            cursor.execute(f"DROP TRIGGER {search_index.FTS}_{suffix}")
        cursor.execute(f"INSERT INTO {search_index.FTS}({search_index.FTS}) VALUES ('delete-all')")
    assert titles("刨工") == []
    # Every migrate ends with post_migrate, whose news receiver puts the triggers back and rebuilds.
    # (Called directly: running the whole migrate command inside one test's transaction, after
    # hundreds of other tests, did not reliably reach the receiver; that is a test-run effect we
    # have not pinned down.)
    receivers = [r for r in post_migrate._live_receivers(apps.get_app_config("news"))[0]]
    assert _ensure_search_index in receivers
    _ensure_search_index(using=connection.alias)
    assert titles("刨工") == ["刨工新闻"]
    make_article(title="磨工新闻")
    assert titles("磨工") == ["磨工新闻"]


# --- The results page ------------------------------------------------------------------------------


def test_query_is_highlighted_in_either_script(client, site):
    html = client.get("/zh-tw/search/", {"q": "潍坊"}).content.decode()
    assert "<mark>濰坊</mark>市勞模工匠學院" in html  # in the article title and the academy's name
    html = client.get(SEARCH, {"q": "濰坊 培訓班"}).content.decode()
    assert "<mark>潍坊</mark>市劳模工匠学院举办新时代工匠人才专题<mark>培训班</mark>" in html


def test_highlighting_escapes_what_it_marks(make_article, client):
    make_article(title="<b>钳工</b>&比赛")
    html = client.get(SEARCH, {"q": "钳工"}).content.decode()
    assert "&lt;b&gt;<mark>钳工</mark>&lt;/b&gt;&amp;比赛" in html


def test_results_are_grouped_by_kind_with_counts(client, site):
    html = client.get(SEARCH, {"q": "工匠"}).content.decode()
    nav = html[html.index('class="search-groups"'):html.index("</nav>", html.index('class="search-groups"'))]
    for label in ("新闻", "学院", "课程", "活动"):
        assert re.search(label + r' <span class="search-count">\d+\+?</span>', nav), label
    assert html.index('id="search-news"') < html.index('id="search-academies"') < html.index('id="search-courses"')


def test_nothing_found_says_so_with_suggestions(client, site):
    html = client.get("/zh-tw/search/", {"q": "闵行 潍坊"}).content.decode()
    assert "沒有找到與「閔行 濰坊」相符的內容" in html
    assert 'href="?q=%E9%97%B5%E8%A1%8C"' in html and 'href="/zh-tw/courses/"' in html
