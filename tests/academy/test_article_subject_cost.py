"""What an article page reads of the academy records it is about (issue 13.8): only the columns it shows
("本文涉及", the JSON-LD `about`, the first-mention links), each record's address reversed once, and a
draft venue still cut from an event without a query."""
import json
import re

import pytest

from academy.models import Academy, ArticleMention, Event, Organisation, Person, TrainingBase
from academy.publishing import record_withdraw
from academy.services import article_mentions_refresh, decide_mention
from news.models import Article
from tests.page_queries import warm_page

pytestmark = pytest.mark.django_db

SLUG = "da-ling-hao-wan-gong-jiang-xue-yuan-gua-pai"  # about records of all six kinds
ACADEMY_TABLE = re.compile(r'FROM "academy_|JOIN "academy_')
ONE_RECORD = re.compile(r'WHERE "academy_\w+"\."id" = ')


@pytest.fixture
def article(loaded, settings):
    settings.PAGE_CACHE_ENABLED = False
    return Article.objects.get(slug=SLUG)


def page(client, article):
    return warm_page(client, article.get_absolute_url())


def about(html):
    blocks = [json.loads(b) for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]
    return next(b for b in blocks if b.get("@type") == "NewsArticle")["about"]


def test_the_records_are_read_with_only_the_columns_the_page_shows(client, article):
    article_mentions_refresh(article)
    for mention in ArticleMention.objects.filter(article=article):
        decide_mention(mention, ArticleMention.Status.ACCEPTED)
    html, sqls = page(client, article)
    record_reads = [sql for sql in sqls if sql.startswith("SELECT") and ACADEMY_TABLE.search(sql)]
    assert len(record_reads) >= 7  # six kinds of subject and the accepted mentions
    for sql in record_reads:
        columns = sql.split(" FROM ")[0]
        assert '"editor_note"' not in columns and '"academy_academy"."description"' not in columns, sql
    assert 'class="mention-link"' in html
    for record in article.people.all():
        assert record.get_absolute_url() in html


def test_each_record_address_is_reversed_once(client, article, monkeypatch):
    ArticleMention.objects.filter(article=article).delete()  # only "本文涉及" and the JSON-LD link them
    calls = []
    for model in (Academy, Event, Person, TrainingBase, Organisation):
        original = model.get_absolute_url
        monkeypatch.setattr(model, "get_absolute_url", lambda self, original=original: calls.append(self) or original(self))
    html, _ = page(client, article)
    records = [r for relation in ("academies", "events", "people", "training_bases", "organisations")
               for r in getattr(article, relation).all()]
    assert len(records) > 40
    assert len(calls) == 2 * len(records)  # two pages: each GET reverses each record once
    for record in records:
        assert html.count(f'href="{record.get_absolute_url()}"') >= 1
    urls = {entry["url"] for entry in about(html)}
    assert {f"http://testserver{record.get_absolute_url()}" for record in records} <= urls


def test_a_draft_venue_is_cut_from_the_events_without_a_query(client, article):
    event = article.events.exclude(venue=None).first()
    venue = event.venue
    html, sqls = page(client, article)
    located = [e for e in about(html) if e["@type"] == "Event" and e["name"] == event.name]
    assert located[0]["location"]["name"] == venue.name
    record_withdraw(venue)
    html, sqls_after = page(client, article)
    located = [e for e in about(html) if e["@type"] == "Event" and e["name"] == event.name]
    assert located and "location" not in located[0]
    assert len(sqls_after) == len(sqls)
    # The cut reads the venue's `published` with the events, never by a query of its own (a deferred field).
    assert not [sql for sql in sqls + sqls_after if ONE_RECORD.search(sql)]
