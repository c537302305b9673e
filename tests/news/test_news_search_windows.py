"""SQLite's search index is keyed in publication order (news.search_index), so a search reads its newest
matches first and stops (news.search._windows). Keyed by id, a word in every article made SQLite look up
and sort all 100,000 matches to rank the newest thousand (`make bench-scale`: the search page's query 21
ms at 100,000 articles, of a page that cost 16 times the floor page).

The window must never change what is found: every test compares it with ranking all matches."""
import datetime
import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news import search, search_index
from news.models import Article

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's full-text index"),
]
WORDS = ["钳工", "焊工", "车工", "劳模", "工匠", "技能", "创新", "大师"]


def ranked_by_all(query, queryset=None, limit=search.MAX_RESULTS):
    """What the search finds ranking every match (no window): the reference."""
    results = search.search_articles(query, queryset, limit)
    parts = search.query_parts(results.terms)
    windows, search._windows = search._windows, lambda parts, wanted: iter([None])
    try:
        return search._ranked_ids(results._queryset, parts, limit)
    finally:
        search._windows = windows


def windowed(query, queryset=None, limit=search.MAX_RESULTS):
    """The ranking worked out (the public queryset given, so a capped one is not kept: test_news_search_kept)."""
    results = search.search_articles(query, Article.objects.published() if queryset is None else queryset, limit)
    return results.ids, results.capped


def fts_rows(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def test_a_common_word_reads_a_window_of_its_newest_matches(many_articles):
    many_articles(300)  # every title holds 批量; the newest has the lowest id
    with CaptureQueriesContext(connection) as queries:
        ids, capped = windowed("批量", limit=20)
    assert capped and ids == ranked_by_all("批量", limit=20)[0]
    assert ids == sorted(ids) and len(ids) == 20
    ranked = [q["sql"] for q in queries.captured_queries if "ORDER BY" in q["sql"] and "news_article\"" in q["sql"]]
    assert len(queries.captured_queries) == 2 and len(ranked) == 1  # the window, then the ranking
    assert "rowid >= " in ranked[0]
    # What the ranking's full-text subquery reads: the window (21 matches), not the 300.
    window = next(search._windows(search.query_parts(["批量"]), 21))
    read = search._fts_ids(search.query_parts(["批量"]), window=window)
    assert len(fts_rows(read.sql, read.params)) == 21


def test_a_rare_word_is_ranked_from_all_its_matches_at_once(many_articles):
    articles = many_articles(50)
    Article.objects.filter(pk=articles[30].pk).update(title="批量新闻鲲鹏")
    with CaptureQueriesContext(connection) as queries:
        assert windowed("鲲鹏") == ([articles[30].pk], False)
    assert len(queries.captured_queries) == 2  # fewer matches than wanted: no window, one ranking


def test_windows_grow_past_matches_the_queryset_does_not_show(make_article):
    """The newest matches are drafts, scheduled or expired: the window deepens until it holds enough."""
    now = timezone.now()
    shown = [make_article(title=f"焊工新闻{i}", days_ago=30 + i) for i in range(5)]
    for i in range(40):
        status = Article.Status.DRAFT if i % 2 else Article.Status.PUBLISHED
        make_article(title=f"焊工草稿{i}", status=status, days_ago=i,
                     expires_at=None if status == Article.Status.DRAFT else now - datetime.timedelta(minutes=1))
    make_article(title="焊工预告", published_at=now + datetime.timedelta(days=2))
    with CaptureQueriesContext(connection) as queries:
        ids, capped = windowed("焊工", limit=3)
    assert (ids, capped) == ([a.pk for a in shown[:3]], True) == (ranked_by_all("焊工", limit=3)[0], True)
    assert len(queries.captured_queries) > 2  # windows of 4, 16, 64 matches
    assert windowed("焊工", Article.objects.all(), limit=3) == ranked_by_all("焊工", Article.objects.all(), limit=3)


def test_the_index_follows_a_changed_publication_date(many_articles):
    articles = many_articles(30)
    oldest = articles[-1]
    assert windowed("批量", limit=1)[0] == [articles[0].pk]
    Article.objects.filter(pk=oldest.pk).update(published_at=timezone.now() - datetime.timedelta(minutes=1))
    assert windowed("批量", limit=1)[0] == [oldest.pk]
    Article.objects.filter(pk=oldest.pk).delete()
    assert windowed("批量", limit=1)[0] == [articles[0].pk]
    assert oldest.pk not in windowed("批量")[0]


def test_same_second_and_pre_1970_articles_keep_the_date_order(make_article):
    """The key has whole seconds: a window starts at a second's first key, so an article later in the
    same second but with a lower id is never left out; before 1970 the keys are negative."""
    second = timezone.now().replace(microsecond=0) - datetime.timedelta(days=3)
    later = make_article(title="车工甲", published_at=second + datetime.timedelta(microseconds=900_000))
    earlier = [make_article(title=f"车工乙{i}", published_at=second + datetime.timedelta(microseconds=i))
               for i in range(3)]
    old = make_article(title="车工旧闻", published_at=datetime.datetime(1965, 3, 1, tzinfo=datetime.UTC))
    draft = make_article(title="车工未定稿", status=Article.Status.DRAFT,
                         published_at=datetime.datetime(1960, 1, 1, tzinfo=datetime.UTC))
    assert windowed("车工", limit=1) == ([later.pk], True) == ranked_by_all("车工", limit=1)
    assert windowed("车工", limit=2)[0] == [later.pk, earlier[2].pk]
    everything = Article.objects.all()
    assert windowed("车工", everything) == ranked_by_all("车工", everything)
    assert windowed("车工", everything)[0][-2:] == [old.pk, draft.pk]


@pytest.mark.parametrize("seed", range(6))
def test_random_sites_find_what_ranking_every_match_finds(make_article, seed):
    """Random titles and bodies from a few words, dates that share seconds, drafts, scheduled and expired
    articles: for every word, pair of words and limit, the window finds the same ids in the same order."""
    rng = random.Random(seed)
    now = timezone.now().replace(microsecond=0)
    seconds = [now - datetime.timedelta(seconds=rng.randrange(0, 3 * 86400)) for _ in range(25)]
    for i in range(rng.randrange(40, 120)):
        status = rng.choice([Article.Status.PUBLISHED] * 4 + [Article.Status.DRAFT])
        published = rng.choice(seconds) + datetime.timedelta(microseconds=rng.randrange(0, 1_000_000, 250_000))
        if rng.random() < 0.1:
            published = now + datetime.timedelta(hours=rng.randrange(1, 48))  # scheduled
        make_article(
            title="".join(rng.sample(WORDS, rng.randrange(0, 3))) + f"第{i}号",
            body="<p>" + "，".join(rng.choices(WORDS, k=rng.randrange(1, 6))) + "。</p>",
            status=status, published_at=published,
            expires_at=now - datetime.timedelta(hours=1) if rng.random() < 0.1 else None,
        )
    queries = WORDS + [f"{a} {b}" for a, b in zip(WORDS, WORDS[1:], strict=False)]
    for query in queries:
        for limit in (1, 2, 5, 17, 1000):
            assert windowed(query, limit=limit) == ranked_by_all(query, limit=limit), (query, limit)
        everything = Article.objects.all()
        assert windowed(query, everything, 7) == ranked_by_all(query, everything, 7), query


def layout():
    return fts_rows("SELECT sql FROM sqlite_master WHERE name = %s", [search_index.FTS])[0][0]


def test_the_migration_replaces_the_index_keyed_by_id_and_going_back_restores_it(make_article):
    """Going back (migrate news 0014) restores the layout the older code reads, and post_migrate's
    ensure() leaves it so; going forward keys the index in publication order again."""
    from importlib import import_module

    migration = import_module("news.migrations.0015_search_index_in_date_order")
    editor = type("Editor", (), {"connection": connection})()
    newest = make_article(title="刨工新闻", days_ago=1)
    older = make_article(title="刨工旧闻", days_ago=9)
    migration.by_id(None, editor)
    search_index.ensure(connection)  # what post_migrate does after any migrate
    assert "content=''" not in layout()
    assert sorted(fts_rows(f"SELECT rowid FROM {search_index.FTS} WHERE {search_index.FTS} MATCH %s",
                           ['"刨工"'])) == sorted([(newest.pk,), (older.pk,)])  # keyed by id, as 0014 had it
    migration.in_date_order(None, editor)
    assert "content=''" in layout()
    assert windowed("刨工", limit=1) == ([newest.pk], True)
    keys = [row[0] for row in fts_rows(f"SELECT rowid FROM {search_index.FTS} ORDER BY rowid", [])]
    assert [key & search_index.ID_MASK for key in keys] == [older.pk, newest.pk]  # publication order
