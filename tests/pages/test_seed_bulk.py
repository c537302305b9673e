"""manage.py seed_bulk: a scale data set from the seed texts, every derived field filled."""
import re

import pytest
from django.core.management import call_command

from academy.models import Academy, AcademyRole, ArticleMention, Course, Person
from news.models import Article
from news.search import search_articles
from zhtext.search import index_tokens, normalise

pytestmark = pytest.mark.django_db


def test_seed_bulk_makes_complete_rows(client, site):
    before = Article.objects.count()
    call_command("seed_bulk", articles=25, people=40, courses=8, tags=5, verbosity=0, stdout=open("/dev/null", "w"))
    bulk = Article.objects.filter(slug__startswith="bulk-")
    assert bulk.count() == 25 and Article.objects.count() == before + 25
    for article in bulk:
        assert 1500 <= len(article.body.encode()) <= 12000 and article.body.startswith("<p>")
        assert article.search_title == index_tokens(normalise(article.title))
        assert set(article.search_title.split()) <= set(article.search_tokens.split())
        assert 1 <= article.tags.count() <= 3 and article.is_public
    assert bulk.first().pk in search_articles(bulk.first().title).ids  # in the search index
    assert Person.objects.filter(slug__startswith="bulk-person-").count() == 40
    assert AcademyRole.objects.filter(person__slug__startswith="bulk-person-").count() == 40
    courses = Course.objects.filter(slug__startswith="bulk-course-")
    assert courses.count() == 8 and all(1 <= c.teachers.count() <= 2 for c in courses)
    named = Person.source_articles.through.objects.filter(article__slug__startswith="bulk-")
    assert 0 < named.count() <= 25  # half the articles name a person, none twice
    assert Academy.source_articles.through.objects.filter(article__slug__startswith="bulk-").exists()
    person = Person.objects.filter(slug__startswith="bulk-person-").first()
    article_path = re.sub(r"^/zh-[a-z]+", "", bulk.first().get_absolute_url())
    person_path = re.sub(r"^/zh-[a-z]+", "", person.get_absolute_url())
    for code in ("zh-hans", "zh-tw"):
        assert client.get(f"/{code}/news/").status_code == 200
        assert client.get(f"/{code}{article_path}").status_code == 200
        assert client.get(f"/{code}{person_path}").status_code == 200
    assert person.name in client.get(f"/zh-hans{person_path}").content.decode()


def test_seed_bulk_articles_name_their_records_as_an_editors_save_would(client, site):
    """Each named record is in the body, among the record's source articles, and an accepted mention whose
    link the article page draws (what the article page costs at size includes its body links)."""
    call_command("seed_bulk", articles=40, people=30, courses=6, tags=3, verbosity=0, stdout=open("/dev/null", "w"))
    mentions = ArticleMention.objects.filter(article__slug__startswith="bulk-").select_related(
        "article", "academy", "person", "course")
    kinds = {m.kind for m in mentions}
    assert {"academy", "person"} <= kinds and mentions.count() >= 20
    for mention in mentions:
        record = getattr(mention, mention.kind)
        assert mention.status == ArticleMention.Status.ACCEPTED and mention.linked and mention.count == 1
        assert record.name in mention.context and mention.context in mention.article.body
        assert mention.article in record.source_articles.all()
    sources = sum(model.source_articles.through.objects.filter(article__slug__startswith="bulk-").count()
                  for model in (Academy, Person, Course))
    assert sources == mentions.count()
    mention = mentions.filter(kind="person").first()
    html = client.get(mention.article.get_absolute_url()).content.decode()
    assert f'href="{mention.person.get_absolute_url()}"' in html


def test_seed_bulk_needs_the_seed_articles(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="load_site_content"):
        call_command("seed_bulk", articles=3, verbosity=0)


def test_seed_bulk_can_leave_the_links_out(site):
    call_command("seed_bulk", articles=5, tags=2, links=False, verbosity=0, stdout=open("/dev/null", "w"))
    assert not Person.source_articles.through.objects.filter(article__slug__startswith="bulk-").exists()
    assert not ArticleMention.objects.filter(article__slug__startswith="bulk-").exists()
