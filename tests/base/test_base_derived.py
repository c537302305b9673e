"""base.derived: every write path that skips save() fills the derived fields, is all-or-nothing, and
announces itself so that the page cache, the news counts and the script glossary start again."""
import pytest
from django.db.models import Value
from django.db.models.functions import Concat

from academy.models import Person
from base.signals import content_changed
from config import pagecache
from news.models import Article
from variants.glossary import glossary_version

pytestmark = pytest.mark.django_db


def _generation():
    return pagecache.current_state().token


@pytest.fixture
def heard():
    senders = []

    def listen(sender, **_kwargs):
        senders.append(sender)

    content_changed.connect(listen, dispatch_uid="test-derived")
    yield senders
    content_changed.disconnect(dispatch_uid="test-derived")


@pytest.mark.parametrize("write", ["update", "bulk_update", "bulk_create"])
def test_a_bulk_write_of_records_starts_new_pages_and_a_new_glossary(write, heard, settings):
    settings.PAGE_CACHE_ENABLED = True
    person = Person.objects.create(name="张三", slug="zhang")
    generation, version = _generation(), glossary_version()
    if write == "update":
        Person.objects.filter(pk=person.pk).update(name="李四")
    elif write == "bulk_update":
        person.name = "李四"
        Person.objects.bulk_update([person], ["name"])
    else:
        Person.objects.bulk_create([Person(name="李四", slug="li")])
    assert heard == [Person]
    assert _generation() != generation  # no page cached before the rename is served after it
    assert glossary_version() != version  # the new name is protected from conversion at once
    assert Person.objects.filter(search_names="李四").exists()


def test_a_bulk_write_of_articles_is_announced_once(make_article, heard):
    article = make_article("旧标题")
    Article.objects.filter(pk=article.pk).update(featured=True)
    Article.objects.filter(pk=article.pk).update(title="新标题")
    assert heard == [Article, Article]


@pytest.mark.parametrize("model", [Article, Person])
def test_an_update_whose_refill_fails_leaves_every_row_as_it_was(model, make_article, monkeypatch):
    if model is Article:
        rows = [make_article("第一篇"), make_article("第二篇")]
        field, source = "title", "title"
    else:
        rows = [Person.objects.create(name="王五", slug="w"), Person.objects.create(name="赵六", slug="z")]
        field, source = "name", "name"
    before = sorted(model.objects.values_list(source, *model.DERIVED_FIELDS))

    def broken(self):
        raise RuntimeError("the tokenizer failed")

    monkeypatch.setattr(model, "fill_derived", broken)
    with pytest.raises(RuntimeError):
        model.objects.filter(pk__in=[r.pk for r in rows]).update(**{field: Concat(field, Value("改"))})
    monkeypatch.undo()
    assert sorted(model.objects.values_list(source, *model.DERIVED_FIELDS)) == before


def test_update_cleans_a_body_built_by_an_expression_and_refills_the_tokens(make_article):
    article = make_article("标题", body="<p>正文</p>")
    Article.objects.filter(pk=article.pk).update(body=Concat("body", Value('<script>alert(1)</script><p>劳模</p>')))
    row = Article.objects.get(pk=article.pk)
    assert "<script" not in row.body and "劳模" in row.body
    assert "劳模" in row.search_tokens


def test_saving_a_title_writes_the_tokens_but_never_a_body_read_earlier(make_article):
    article = make_article("旧标题", body="<p>原来的正文</p>")
    stale = Article.objects.get(pk=article.pk)
    Article.objects.filter(pk=article.pk).update(body="<p>编辑刚改的正文</p>")
    stale.title = "新标题"
    stale.save(update_fields=["title"])
    row = Article.objects.get(pk=article.pk)
    assert row.body == "<p>编辑刚改的正文</p>"
    assert "新" in row.search_title


def test_bulk_update_computes_each_row_once(make_article, monkeypatch, django_assert_num_queries):
    articles = [make_article("甲"), make_article("乙")]
    calls = []
    fill = Article.fill_derived

    def counted(self):
        calls.append(self.pk)
        fill(self)

    monkeypatch.setattr(Article, "fill_derived", counted)
    for article in articles:
        article.title += "改"
    with django_assert_num_queries(1):  # one UPDATE; Django's bulk_update runs it through update()
        Article.objects.bulk_update(articles, ["title"])
    assert sorted(calls) == sorted(a.pk for a in articles)
    assert sorted(Article.objects.values_list("search_title", flat=True)) == sorted(
        a.search_title for a in articles
    )
