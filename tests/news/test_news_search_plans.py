"""SQLite with statistics: a word in most articles is found by walking the date index newest first, a rare
one by looking its few matches up (news.search._matching, base.planner.walk_from). The planner cannot tell them apart (the
full-text index gives it no figures) and looked up and sorted every match: 0.2 s of CPU for a common word at
100,000 articles (issue 13, `make bench-scale`), where the walk stops at the thousandth match."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from base.planner import refresh_statistics
from news import search
from news.models import Article

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's full-text index and planner"),
]


# sqlite_stat1 of the article table on `make bench-scale`'s site at SCALE=100000 (SQLite reads its
# statistics from this table, which may be written: https://sqlite.org/fileformat2.html#stat1tab).
STATS_100K = [
    ("article_featured_date", "940 940 940 1 1"),
    ("article_kind_date", "100002 100002 100002 1 1 1"),
    ("article_status_date_id", "100002 100002 1 1"),
    ("news_article_kind_bfe45367", "100002 100002"),
    ("news_article_expires_at_617b3992", "100002 100002"),
    ("news_article_published_at_5410882c", "100002 1"),
    ("news_article_status_29cfe315", "100002 100002"),
    ("sqlite_autoindex_news_article_1", "100002 1"),
]


@pytest.fixture
def site(many_articles, monkeypatch):
    articles = many_articles(300)  # titles 批量新闻N: every one matches 批量
    rare = articles[150]
    Article.objects.filter(pk=rare.pk).update(title="批量新闻鲲鹏")  # the FTS triggers index the new title
    refresh_statistics()  # what migrate and load_site_content leave on a real site
    with connection.cursor() as cursor:  # … and the figures ANALYZE gave the article table at 100,000 articles
        cursor.execute("DELETE FROM sqlite_stat1 WHERE tbl = 'news_article'")
        cursor.executemany("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('news_article', %s, %s)", STATS_100K)
        cursor.execute("ANALYZE sqlite_schema")  # the planner reads them again
    monkeypatch.setattr("base.planner.WALK_COST", 0.01)  # "many" from 55 matches at this size
    return rare


def ranked_query_plan(query):
    """The EXPLAIN QUERY PLAN of the query that ranks the matches, and the ids it found."""
    with CaptureQueriesContext(connection) as queries:
        ids = search.search_articles(query).ids
    ranked = next(q["sql"] for q in queries.captured_queries if "ORDER BY" in q["sql"] and "news_article_fts" in q["sql"])
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + ranked)
        return "\n".join(row[3] for row in cursor.fetchall()), ids


def test_a_common_word_walks_the_date_index_and_sorts_nothing(site):
    plan, ids = ranked_query_plan("批量")
    assert "article_status_date_id" in plan
    assert "TEMP B-TREE" not in plan
    assert len(ids) == 300


def test_a_rare_word_looks_its_matches_up(site):
    plan, ids = ranked_query_plan("鲲鹏")
    assert "INTEGER PRIMARY KEY" in plan
    assert ids == [site.pk]


def test_both_ways_find_the_same_articles_in_the_same_order(site, monkeypatch):
    _, walked = ranked_query_plan("批量 新闻")
    monkeypatch.setattr("base.planner.WALK_COST", 10**6)  # nothing is "many"
    _, looked_up = ranked_query_plan("批量 新闻")
    assert walked == looked_up
    assert len(walked) == 300
    assert walked == sorted(walked)  # every title matches, so newest first: the fixture dates them by pk
