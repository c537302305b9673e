"""A list's cards and a feed's items show each article's tags from one prefetch into a plain list
(news.querysets.tags_prefetch, Article.shown_tags): Django then builds no taggit queryset per article
to hold rows already read (about 0.1 ms an article, a tenth of a list page)."""
import pytest
from django.urls import reverse
from taggit.models import Tag

from news.models import Article, ArticleTag

pytestmark = pytest.mark.django_db


@pytest.fixture
def querysets_built(monkeypatch):
    """The articles taggit built a queryset of tags for (the prefetch's own query, for no one article,
    is not counted)."""
    calls = []
    original = ArticleTag.tags_for.__func__

    def counting(cls, model, instance=None, **extra):
        if instance is not None:
            calls.append(instance)
        return original(cls, model, instance, **extra)

    monkeypatch.setattr(ArticleTag, "tags_for", classmethod(counting))
    return calls


@pytest.mark.parametrize("url", [reverse("news:list"), reverse("news:feed-rss"), reverse("news:feed-atom")])
def test_lists_and_feeds_show_tags_without_a_queryset_per_article(client, many_articles, querysets_built, url):
    many_articles(12)
    response = client.get(url)
    assert response.status_code == 200
    text = response.content.decode()
    assert "标签1" in text and "标签2" in text
    assert querysets_built == []


def test_a_card_shows_each_articles_own_tags(client, make_article):
    make_article(title="甲", tags=["乙标签", "甲标签"])
    make_article(title="丙", days_ago=2)
    response = client.get(reverse("news:list"))
    cards = response.content.decode().split('<article class="card article-card')[1:]
    assert len(cards) == 2
    assert "甲标签" in cards[0] and "乙标签" in cards[0]
    assert "tag-list" not in cards[1]
    listed = Article.objects.published().for_card_list()
    # In the tags' own order (乙标签 was made first), on every database: taggit's prefetch had no ORDER BY.
    assert [[t.name for t in a.shown_tags] for a in listed] == [["乙标签", "甲标签"], []]
    assert cards[0].index("乙标签") < cards[0].index("甲标签")


def test_tags_keep_their_own_order_whatever_order_they_were_given_in(client, make_article):
    first, second = Tag.objects.create(name="先", slug="xian"), Tag.objects.create(name="后", slug="hou")
    article = make_article(tags=[second, first])
    listed = Article.objects.published().for_card_list().get(pk=article.pk)
    assert [t.name for t in listed.shown_tags] == ["先", "后"]
    assert [t.name for t in Article.objects.get(pk=article.pk).shown_tags] == ["先", "后"]
    card = client.get(reverse("news:list")).content.decode()
    assert card.index(">先<") < card.index(">后<")


def test_shown_tags_reads_them_when_no_list_prefetched_them(make_article, django_assert_num_queries):
    article = make_article(tags=["一", "二"])
    fresh = Article.objects.get(pk=article.pk)
    with django_assert_num_queries(1):
        assert sorted(t.name for t in fresh.shown_tags) == ["一", "二"]
    assert Tag.objects.count() == 2


def test_shown_tags_puts_a_prefetched_list_in_the_tags_order(make_article):
    """taggit's prefetch has no ORDER BY: whatever order the database answers in, the page's is fixed."""
    first, second = Tag.objects.create(name="一", slug="yi"), Tag.objects.create(name="二", slug="er")
    article = make_article()
    article.tag_list = [second, first]  # as PostgreSQL may answer the prefetch
    assert article.shown_tags == [first, second]


def test_the_article_page_shows_its_tags_in_the_same_order_from_its_prefetch(client, make_article, django_assert_num_queries):
    from news.presence import Presence

    first, second = Tag.objects.create(name="先", slug="xian"), Tag.objects.create(name="后", slug="hou")
    article = make_article(tags=[second, first])
    presence = Presence(("tags",))
    loaded = presence.annotate(Article.objects.published()).get(pk=article.pk)
    presence.prefetch(loaded)
    loaded._prefetched_objects_cache["tags"]._result_cache.reverse()  # as PostgreSQL may answer
    with django_assert_num_queries(0):
        assert [t.name for t in loaded.shown_tags] == ["先", "后"]
    page = client.get(article.get_absolute_url()).content.decode()
    footer = page[page.index('class="article-footer"'):]
    assert footer.index(">先<") < footer.index(">后<")
    assert '"keywords":["先","后"]' in page  # JSON-LD
