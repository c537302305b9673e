"""SQLite without statistics (no ANALYZE has run) picks the selective index for the public pages' article
queries: none walks every published article in date order, testing each row against the condition that
picks the few it shows (issue 13 at 100,000 articles: the home page 300 ms, a person's page 280 ms).

Without sqlite_stat1 the planner's estimates do not depend on the number of rows, so a couple of thousand
generated articles (no covers, one featured in fifty: the bad plans' favourite case) show the plan that
100,000 would get."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from academy.models import Academy, Person
from base.planner import refresh_statistics
from news.models import ArticleDailyViews
from news.services import attachment_is_public

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's planner without statistics"),
]

ARTICLES = 2000


@pytest.fixture
def site(many_articles):
    # No statistics: a command test earlier in the run (seed_bulk, load_site_content) may have gathered some
    # on this connection. Its rows go with the test's transaction, but the planner keeps what it read until
    # told to read the (now empty) table again.
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")
        if cursor.fetchone():
            cursor.execute("DELETE FROM sqlite_stat1")
            cursor.execute("ANALYZE sqlite_schema")
    articles = many_articles(ARTICLES)
    named = articles[ARTICLES // 2]
    person = Person.objects.create(name="王曙群", slug="wang-shu-qun")
    person.source_articles.add(named)
    academy = Academy.objects.create(name="大国工匠学院", slug="da-guo-gong-jiang")
    academy.source_articles.add(named)
    ArticleDailyViews.objects.create(article=named, day=timezone.localdate(), views=3)
    return {"person": person, "academy": academy, "article": named}


def plans(client, url):
    """{SQL: its EXPLAIN QUERY PLAN} of the queries of `url` that read the article table."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    found = {}
    for query in queries.captured_queries:
        if query["sql"].startswith("SELECT") and '"news_article"' in query["sql"]:
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN QUERY PLAN " + query["sql"])
                found[query["sql"]] = "\n".join(row[3] for row in cursor.fetchall())
    return found


def article_step(plan):
    """The plan's step on the article table itself (not a subquery's)."""
    return next(line for line in plan.splitlines() if line.startswith(("SCAN news_article", "SEARCH news_article")))


def by_key(found, marker):
    matching = [plan for sql, plan in found.items() if marker in sql]
    assert matching, f"no query with {marker!r}"
    return matching


def test_home_page_reads_picture_news_and_top_stories_from_their_partial_indexes(client, site):
    found = plans(client, "/zh-hans/")
    assert "article_picture_date" in article_step(by_key(found, "cover_image\" = ''")[0])
    assert "article_featured_date" in article_step(by_key(found, '"news_article"."featured"')[0])
    assert not any(step.startswith("SCAN news_article") for step in map(article_step, found.values()))


def test_popular_starts_from_the_reading_counts(client, site):
    for url in ("/zh-hans/", site["article"].get_absolute_url()):
        popular = by_key(plans(client, url), "recent_views")[0]
        assert article_step(popular) == "SEARCH news_article USING INTEGER PRIMARY KEY (rowid=?)", popular
        assert "daily_views_day (day=?)" in popular, popular  # the days' counts by their index


def test_record_pages_start_from_their_link_tables(client, site):
    person = by_key(plans(client, site["person"].get_absolute_url()), "academy_person_source_articles")
    assert len(person) == 2  # its news' count (academy.record_news) and its newest
    for plan in person:
        assert article_step(plan) == "SEARCH news_article USING INTEGER PRIMARY KEY (rowid=?)", plan
    academy = plans(client, site["academy"].get_absolute_url())
    for plan in by_key(academy, "academy_academy_source_articles"):
        if "news_article" in plan:
            assert article_step(plan) == "SEARCH news_article USING INTEGER PRIMARY KEY (rowid=?)", plan


def test_tag_page_and_related_articles_start_from_the_picked_ids(client, site, monkeypatch):
    monkeypatch.setattr("base.planner.WALK_COST", 10**6)  # 400 of 2,000 is a rare tag here
    tag = site["article"].tags.first()
    tagged = by_key(plans(client, f"/zh-hans/news/tag/{tag.slug}/"), "news_articletag")
    assert len(tagged) == 2  # the count and the page
    for plan in tagged:
        assert article_step(plan) == "SEARCH news_article USING INTEGER PRIMARY KEY (rowid=?)", plan
    related = by_key(plans(client, site["article"].get_absolute_url()), '"news_article"."id" IN (')
    for plan in related:
        assert article_step(plan) == "SEARCH news_article USING INTEGER PRIMARY KEY (rowid=?)", plan


def test_a_common_tags_page_walks_the_date_index_and_sorts_nothing(client, site, monkeypatch):
    """A tag on thousands of articles (base.planner.walk_from; here 400 of the 2,000 carry each tag): its
    newest are near the top of the date index, so the page walks that and stops at the page's last row
    (on SQLite 120 ms -> 6 ms for a tag on a third of 100,000 articles)."""
    monkeypatch.setattr("base.planner.WALK_COST", 0.5)  # 400 of 2,000 is "thousands" at this size
    tag = site["article"].tags.first()
    page = [plan for sql, plan in plans(client, f"/zh-hans/news/tag/{tag.slug}/").items()
            if "news_articletag" in sql and "COUNT(" not in sql.upper()]
    assert len(page) == 1
    assert article_step(page[0]).startswith("SEARCH news_article USING INDEX article_status_date"), page[0]
    assert "TEMP B-TREE" not in page[0], page[0]


def test_attachment_check_starts_from_the_attachment(site):
    from medialib.models import Attachment

    with CaptureQueriesContext(connection) as queries:
        assert attachment_is_public(Attachment(pk=1)) is False
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + queries.captured_queries[0]["sql"])
        plan = [row[3] for row in cursor.fetchall()]
    assert plan[0].startswith("SEARCH news_articleattachment"), plan


def test_statistics_are_gathered_on_sqlite_only_for_tables_with_rows(tmp_path):
    from django.db.backends.sqlite3.base import DatabaseWrapper

    scratch = DatabaseWrapper({**connection.settings_dict, "NAME": str(tmp_path / "stats.sqlite3")})
    try:
        with scratch.cursor() as cursor:
            cursor.execute("CREATE TABLE filled (status TEXT)")
            cursor.execute("CREATE INDEX filled_status ON filled (status)")
            cursor.execute("INSERT INTO filled VALUES ('published'), ('published'), ('draft')")
            cursor.execute("CREATE TABLE empty (status TEXT)")
            cursor.execute("CREATE INDEX empty_status ON empty (status)")
        refresh_statistics(scratch)
        with scratch.cursor() as cursor:
            cursor.execute("SELECT tbl, idx, stat FROM sqlite_stat1")
            assert cursor.fetchall() == [("filled", "filled_status", "3 2")]
    finally:
        scratch.close()


def test_migrate_ends_with_statistics():
    from django.apps import apps
    from django.db.models.signals import post_migrate

    from pages.apps import _statistics

    assert _statistics in post_migrate._live_receivers(apps.get_app_config("pages"))[0]

