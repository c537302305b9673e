"""The article page asks only for what the article has rows in (news.presence): the kinds of record it is
about and its accepted mentions. Presence decides whether to ask, never what is shown (drafts stay hidden)."""
import pytest

from academy.models import ArticleMention, Person
from academy.services import article_mentions_refresh, decide_mention
from news.models import Article
from news.presence import Presence
from news.subjects import article_subjects, prefetches
from tests.page_queries import warm_page

pytestmark = pytest.mark.django_db

SLUG = "da-ling-hao-wan-gong-jiang-xue-yuan-gua-pai"  # about records of all six kinds
MENTION_READ = 'SELECT "academy_articlemention"."id"'


def page(client, article):
    return warm_page(client, article.get_absolute_url())


def reads_of(sqls, table):
    return [sql for sql in sqls if sql.startswith("SELECT") and f'FROM "{table}"' in sql.split(" WHERE ")[0]]


def test_presence_loads_what_prefetch_related_loads(loaded):
    article = Article.objects.get(slug=SLUG)
    Person.objects.filter(pk=article.people.first().pk).update(published=False)  # a draft among them
    expected = Article.objects.prefetch_related(*prefetches()).get(pk=article.pk)
    presence = Presence(prefetches())
    found = presence.annotate(Article.objects.all()).get(pk=article.pk)
    presence.prefetch(found)
    for subject in article_subjects(public_only=True):
        rows = list(getattr(found, subject.relation).all())
        assert rows == list(getattr(expected, subject.relation).all()), subject.relation
        assert all(row.published for row in rows)


def test_a_kind_of_record_the_article_has_none_of_is_not_asked_for(client, loaded):
    article = Article.objects.get(slug=SLUG)
    html, sqls = page(client, article)
    assert len(reads_of(sqls, "academy_person")) == 1
    people = list(article.people.all())
    article.people.clear()
    html, sqls = page(client, article)
    assert not reads_of(sqls, "academy_person")
    assert not [p for p in people if p.get_absolute_url() in html]


def test_records_that_are_all_drafts_are_asked_for_and_never_shown(client, loaded):
    article = Article.objects.get(slug=SLUG)
    people = list(article.people.all())
    Person.objects.filter(pk__in=[p.pk for p in people]).update(published=False)
    html, sqls = page(client, article)
    assert len(reads_of(sqls, "academy_person")) == 1  # the link rows exist: published() decides
    for person in people:
        assert person.get_absolute_url() not in html


def test_the_mention_links_are_read_only_when_one_is_accepted(client, loaded):
    article = Article.objects.get(slug=SLUG)
    article_mentions_refresh(article)
    # Proposed mentions only (the refresh accepts some by itself): nothing to link.
    ArticleMention.objects.filter(article=article).update(status=ArticleMention.Status.PROPOSED)
    assert ArticleMention.objects.filter(article=article).exists()
    html, sqls = page(client, article)
    assert not reads_of(sqls, "academy_articlemention") and 'class="mention-link"' not in html
    mention = ArticleMention.objects.filter(article=article, kind="person").first()
    decide_mention(mention, ArticleMention.Status.ACCEPTED)
    html, sqls = page(client, article)
    assert len(reads_of(sqls, "academy_articlemention")) == 1
    assert f'class="mention-link" href="{mention.person.get_absolute_url()}"' in html
    decide_mention(mention, ArticleMention.Status.REJECTED)
    html, sqls = page(client, article)
    assert not reads_of(sqls, "academy_articlemention") and 'class="mention-link"' not in html


@pytest.mark.parametrize("size", ["fixtures", "large"])
def test_an_article_about_every_kind_costs_one_query_a_kind(client, request, size):
    from tests.news.test_news_query_counts import ARTICLE_PAGE_MOST, ARTICLE_PAGE_QUERIES

    request.getfixturevalue("loaded" if size == "fixtures" else "big_data")
    article = Article.objects.get(slug=SLUG if size == "fixtures" else "bulk-news-1")
    article.tags.add("劳模")
    Article.objects.exclude(pk=article.pk).first().tags.add("劳模")  # a related article: related's two queries
    kinds = [s for s in article_subjects(public_only=True) if getattr(article, s.relation).exists()]
    assert len(kinds) == 6
    html, sqls = page(client, article)
    assert len(sqls) == ARTICLE_PAGE_QUERIES + 6 < ARTICLE_PAGE_MOST
    ArticleMention.objects.filter(article=article).delete()
    ArticleMention.objects.create(
        article=article, kind="person", person=article.people.first(), status=ArticleMention.Status.ACCEPTED,
    )
    html, sqls = page(client, article)
    assert len(sqls) == ARTICLE_PAGE_QUERIES + 6 + 1
