"""Related articles cost the same with 3 or 300 tagged articles: a bounded window per tag, one query for
the candidates, only the shown articles built (issue 13.4 and 13.6)."""
import pytest
from django.db import connection
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext

from news import related
from news.models import Article
from tests.news.test_news_query_counts import ARTICLE_PAGE_QUERIES

pytestmark = pytest.mark.django_db


def built_articles(call):
    """How many Article instances `call` builds."""
    built = []

    def count(sender, instance, **kwargs):
        built.append(instance)

    post_init.connect(count, sender=Article)
    try:
        call()
    finally:
        post_init.disconnect(count, sender=Article)
    return len(built)


def test_ranked_by_shared_tags_then_newest(make_article):
    article = make_article(title="本文", tags=["工匠", "培训"])
    both = make_article(title="两个标签", days_ago=5, tags=["工匠", "培训"])
    one_new = make_article(title="一个标签较新", days_ago=1, tags=["工匠"])
    one_old = make_article(title="一个标签较旧", days_ago=3, tags=["培训"])
    make_article(title="无关", tags=["其他"])
    make_article(title="草稿", status=Article.Status.DRAFT, tags=["工匠", "培训"])
    found = Article.objects.published().related_to(Article.objects.get(pk=article.pk))
    assert found == [both, one_new, one_old]


def test_candidates_come_from_a_bounded_window(make_article, monkeypatch):
    monkeypatch.setattr(related, "WINDOW", 2)
    article = make_article(tags=["工匠"])
    oldest = make_article(title="窗口外", days_ago=9, tags=["工匠"])  # created first of the three: smallest id
    newer = [make_article(days_ago=2, tags=["工匠"]) for _ in range(2)]
    with CaptureQueriesContext(connection) as queries:
        found = Article.objects.published().related_to(Article.objects.prefetch_related("tags").get(pk=article.pk))
    assert oldest not in found and set(found) == set(newer)
    window = [q["sql"] for q in queries if "news_articletag" in q["sql"] and "LIMIT 2" in q["sql"]]
    assert window and "LIMIT 2" in window[0]


@pytest.mark.parametrize("size", [3, 300])
def test_article_page_builds_the_same_articles_at_any_size(client, many_articles, size):
    articles = many_articles(size)
    url = articles[len(articles) // 2].get_absolute_url()
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        count = built_articles(lambda: client.get(url))
    # the article, previous, next, up to 4 related and 热门文章 (5): never the tag's other articles
    assert count <= 1 + 2 + 4 + 5
    assert len(queries) <= ARTICLE_PAGE_QUERIES  # tests/news/test_news_query_counts.py says what they are


def test_related_articles_built_are_at_most_the_limit(many_articles):
    articles = many_articles(300)
    article = Article.objects.prefetch_related("tags").get(pk=articles[150].pk)
    assert built_articles(lambda: Article.objects.published().related_to(article)) <= 4
