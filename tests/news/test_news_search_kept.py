"""A common word's ranking (one that reaches the cap) is kept for the public search until the published
articles change (news.search, news.archive.kept); rarer queries and the admin's are worked out each time."""
import datetime
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news.models import Article
from news.search import search_articles

pytestmark = pytest.mark.django_db


def ranked(query, queryset=None, limit=3):
    """(titles in rank order, capped, the number of queries that found them)."""
    with CaptureQueriesContext(connection) as queries:
        results = search_articles(query, queryset, limit=limit)
        ids, capped = results.ids, results.capped
    titles = dict(Article.objects.filter(pk__in=ids).values_list("pk", "title"))
    return [titles[pk] for pk in ids], capped, len(queries)


@pytest.fixture
def common(make_article):
    """Five articles on 劳模, one more than the cap of 3 (plus the one that tells it is capped)."""
    return [make_article(f"第{n}篇", body=f"<p>劳模报道第{n}篇</p>", days_ago=n) for n in range(1, 6)]


def test_a_capped_ranking_is_kept_and_shared_by_both_scripts(common):
    first, capped, queries = ranked("劳模")
    assert capped and first == ["第1篇", "第2篇", "第3篇"] and queries >= 1
    assert ranked("劳模") == (first, True, 0)
    assert ranked("勞模") == (first, True, 0)  # the Traditional query matches the same parts


def test_a_ranking_under_the_cap_is_not_kept(common, make_article):
    make_article("孤例", body="<p>劳模</p>")
    found, capped, queries = ranked("孤例")
    assert found == ["孤例"] and not capped and queries >= 1
    assert ranked("孤例")[2] >= 1


def test_the_admins_search_is_never_kept(common):
    everything = Article.objects.all()
    assert ranked("劳模", everything)[2] >= 1
    assert ranked("劳模", everything)[2] >= 1


@pytest.mark.parametrize("how", ["save", "update"])
def test_a_change_to_the_published_articles_drops_the_kept_ranking(common, make_article, how):
    ranked("劳模")
    newest = make_article("最新的", body="<p>劳模</p>", days_ago=0)
    assert ranked("劳模")[0][0] == "最新的"
    if how == "save":
        newest.status = Article.Status.DRAFT
        newest.save()
    else:
        Article.objects.filter(pk=newest.pk).update(status=Article.Status.DRAFT)
    assert ranked("劳模")[0] == ["第1篇", "第2篇", "第3篇"]


def test_a_scheduled_article_coming_due_drops_the_kept_ranking(common, make_article, monkeypatch):
    due = timezone.now() + datetime.timedelta(minutes=5)
    make_article("定时发布", body="<p>劳模</p>", published_at=due)
    assert ranked("劳模")[0] == ["第1篇", "第2篇", "第3篇"]
    assert ranked("劳模")[2] == 0
    later = due + datetime.timedelta(seconds=1)  # no save marks this moment: the kept version ends at it
    monkeypatch.setattr(timezone, "now", lambda: later)
    monkeypatch.setattr(time, "time", later.timestamp)
    assert ranked("劳模")[0][0] == "定时发布"


def test_a_kept_ranking_never_shows_an_article_withdrawn_behind_its_back(common):
    ranked("劳模")
    with connection.cursor() as cursor:  # a write that no signal announces: the kept ranking still names it
        cursor.execute("UPDATE news_article SET status = 'draft' WHERE id = %s", [common[0].pk])
    results = search_articles("劳模", limit=3)
    assert common[0].pk in results.ids
    assert [a.title for a in results[0:3]] == ["第2篇", "第3篇"]
