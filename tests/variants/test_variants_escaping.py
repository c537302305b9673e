"""Issue 9 item 1: glossary forms and names are written into pages, so they are escaped for where they land,
and markup in a glossary or name field is refused, on every way into the database."""
import html
import json
import re
from html.parser import HTMLParser

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection, transaction
from django.urls import reverse

from academy.models import Academy, Person
from variants.glossary import bump_version
from variants.models import GlossaryTerm

pytestmark = pytest.mark.django_db

PAYLOAD = '掛牌"><meta http-equiv="refresh" content="0;url=https://evil.example/"><i x="'
SHANGHAI = "da-ling-hao-wan-gong-jiang-xue-yuan-gua-pai"


@pytest.fixture
def stored_payload(site):
    """The issue's entry, stored as it was before markup was refused (raw SQL: nothing can save it now)."""
    table = GlossaryTerm._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (hans, tw, hk, note, updated_at) VALUES (%s, %s, %s, '', CURRENT_TIMESTAMP)",
            ["挂牌", PAYLOAD, ""],
        )
    bump_version()


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _no_injection(page):
    """Parsed as a browser would: no meta refresh, no <i>, and no attribute the payload opened."""
    parser = _Elements()
    parser.feed(page)
    assert not [t for t, attrs in parser.tags if t == "i" or "http-equiv" in attrs or "x" in attrs]
    assert '<meta http-equiv="refresh"' not in page


@pytest.mark.parametrize("code", ["zh-tw", "zh-hk"])
def test_the_issue_payload_injects_nothing_into_pages(client, stored_payload, code):
    page = client.get(f"/{code}/news/{SHANGHAI}/").content.decode()
    _no_injection(page)
    escaped = html.escape(PAYLOAD, quote=True)
    description = re.search(r'<meta name="description" content="([^"]*)"', page).group(1)
    assert escaped in description  # the replacement is there, as text
    for prop in ("og:title", "og:description", "twitter:title"):
        content = re.search(rf'<meta (?:property|name)="{prop}" content="([^"]*)"', page)
        assert content and "<" not in content.group(1) and '"' not in content.group(1), prop
    assert "<h1 id=\"article-title\">" in page and escaped in page.split('<h1 id="article-title">')[1].split("</h1>")[0]
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert blocks
    data = [json.loads(block) for block in blocks]  # every block still parses
    assert PAYLOAD in json.dumps(data, ensure_ascii=False).replace('\\"', '"')
    for listing in (f"/{code}/", f"/{code}/news/"):
        _no_injection(client.get(listing).content.decode())


@pytest.mark.parametrize("code", ["zh-tw", "zh-hk"])
@pytest.mark.parametrize("feed", ["rss", "atom"])
def test_the_issue_payload_injects_nothing_into_feeds(client, stored_payload, code, feed):
    xml = client.get(f"/{code}/news/feed/{feed}/").content.decode()
    from xml.etree import ElementTree

    root = ElementTree.fromstring(xml)  # still well-formed XML
    texts = " ".join(element.text or "" for element in root.iter())
    assert "掛牌" in texts
    assert "<meta" not in texts and "<i x" not in texts  # a reader rendering the HTML sees no element
    assert not any(element.tag.endswith("meta") or element.tag == "i" for element in root.iter())


def test_the_admin_refuses_markup_in_the_glossary(editor_client, site):
    response = editor_client.post(reverse("admin:variants_glossaryterm_add"), {"hans": "挂牌", "tw": PAYLOAD, "hk": ""})
    assert response.status_code == 200
    assert "不能包含" in response.content.decode()
    assert not GlossaryTerm.objects.filter(tw=PAYLOAD).exists()


def test_the_admin_refuses_markup_in_names(editor_client, site):
    response = editor_client.post(reverse("admin:academy_person_add"), {"name": '王"><b>', "aliases": ""})
    assert response.status_code == 200 and "不能包含" in response.content.decode()
    assert not Person.objects.filter(name__contains="<b>").exists()


@pytest.mark.parametrize("bad", ["<b>", 'a"b', "a'b", "A&B", "tab\there", "nul\x00", "bell\x07", "new\nline"])
def test_model_validation_refuses_markup_and_control_characters(bad):
    with pytest.raises(ValidationError):
        GlossaryTerm(hans="术语", tw=f"術語{bad}").full_clean()
    with pytest.raises(ValidationError):
        Person(name=f"王{bad}").full_clean()


def test_aliases_may_have_one_per_line_but_no_markup():
    Person(name="王曙群", aliases="王院长\r\n曙群").full_clean(exclude=["slug"])
    with pytest.raises(ValidationError):
        Person(name="王曙群", aliases="王院长\n<b>").full_clean(exclude=["slug"])


def test_no_way_into_the_database_stores_markup(db, tmp_path):
    with pytest.raises(ValidationError), transaction.atomic():
        GlossaryTerm.objects.create(hans="挂牌", tw=PAYLOAD)
    with pytest.raises(ValidationError), transaction.atomic():
        Person.objects.create(name="<script>")
    with pytest.raises(ValidationError), transaction.atomic():
        Academy.objects.bulk_create([Academy(name="学院", slug="x", short_name="<i>")])
    person = Person.objects.create(name="王曙群")
    with pytest.raises(ValidationError), transaction.atomic():
        Person.objects.filter(pk=person.pk).update(aliases="<b>曙群</b>")
    person.aliases = "<b>曙群</b>"
    with pytest.raises(ValidationError), transaction.atomic():  # each row's value is checked inside the CASE
        Person.objects.bulk_update([person], ["aliases"])
    fixture = tmp_path / "evil.json"
    fixture.write_text(json.dumps([{"model": "variants.glossaryterm", "fields": {"hans": "挂牌", "tw": PAYLOAD}}]))
    with pytest.raises(Exception, match="不能包含"):
        call_command("loaddata", str(fixture), verbosity=0)
    assert not GlossaryTerm.objects.filter(hans="挂牌").exists()
    assert Person.objects.get(pk=person.pk).aliases == ""
