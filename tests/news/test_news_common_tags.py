"""A tag on thousands of articles is paged by walking the date index (ArticleQuerySet.tagged with the
list's count, base.planner.walk_from); it shows exactly what the usual lookup shows, on either database."""
import re

import pytest
from django.db.models import Q

from news.models import Article

pytestmark = pytest.mark.django_db


def _titles(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return re.findall(r'<h[23] class="card-title"><a href="[^"]+">([^<]+)</a>', response.content.decode())


def test_a_common_tags_pages_are_those_of_the_lookup(client, many_articles, make_article, monkeypatch):
    many_articles(60)
    make_article(title="草稿带标签", status=Article.Status.DRAFT, tags=["标签0"])
    tag_url = "/zh-hans/news/tag/tag-0/"
    looked_up = [_titles(client, f"{tag_url}?page={n}") for n in (1, 2)]
    assert len(looked_up[0]) == 10 and looked_up[1] and "草稿带标签" not in sum(looked_up, [])
    monkeypatch.setattr("base.planner.WALK_COST", 0.01)  # 6 of 61 is "thousands" at this size
    assert [_titles(client, f"{tag_url}?page={n}") for n in (1, 2)] == looked_up


def test_the_tag_is_asked_for_by_its_id(make_article):
    """So that PostgreSQL's planner reads that tag's figures (a common tag is walked, a rare one looked up)."""
    article = make_article(tags=["劳模"])
    tag = article.tags.get()
    for picks in (None, 10**9):  # looked up, walked
        sql = str(Article.objects.published().tagged(tag, picks=picks).query)
        assert f'"tag_id" = {tag.pk}' in sql and "taggit_tag" not in sql


def test_a_common_tags_first_page_walks_and_its_deep_pages_are_looked_up(make_article, monkeypatch):
    """A walk to the 100th page reads a hundred times the entries a walk to the first does (walk_from): at
    100,000 articles a tag on 1,000 has its first page walked (3.9 ms against 8.5) and its 100th looked up
    (7 ms against 33)."""
    tag = make_article(tags=["劳模"]).tags.get()
    chosen = []
    monkeypatch.setattr("news.querysets.picked", lambda queryset, ids, walk=False: chosen.append(walk) or queryset)
    monkeypatch.setattr("news.querysets.published_total", lambda: 100_000)
    for wanted in (10, 1000):
        Article.objects.published().tagged(tag, picks=1000, wanted=wanted)
    Article.objects.published().tagged(tag)  # no count: looked up
    assert chosen == [True, False, False]


def test_among_walks_with_the_probe_only_when_the_rule_says_walk(make_article, monkeypatch):
    """A record's news (ArticleQuerySet.among with a probe): the probe is built only for a walk, and the
    walk and the lookup give the same articles."""
    article = make_article()
    make_article(title="另一篇")
    ids = Article.objects.filter(pk=article.pk).values("pk")
    built = []

    def probe():
        built.append(True)
        return Q(pk=article.pk)

    monkeypatch.setattr("news.querysets.published_total", lambda: 100_000)
    looked_up = list(Article.objects.published().among(ids, picks=10, wanted=10, probe=probe))
    assert built == []
    walked = list(Article.objects.published().among(ids, picks=5000, wanted=10, probe=probe))
    assert built == [True] and walked == looked_up == [article]


@pytest.mark.parametrize("query,number", [("", 1), ("?page=3", 3), ("?page=x", 1), ("?page=-2", 1), ("?page=1e3", 1)])
def test_the_requested_page_is_read_before_paginating(rf, query, number):
    from base.pagination import requested_page

    assert requested_page(rf.get("/zh-hans/news/tag/t/" + query)) == number
