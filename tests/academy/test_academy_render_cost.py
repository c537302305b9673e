"""Academy cards and pages read only what they show (issue 13.8): a list's or a page's other records come
with the columns their names, links and dates need, never whole rows, and the academy page counts its
courses and events with the rows it shows."""
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from academy.models import Academy, Person

pytestmark = pytest.mark.django_db

EDITOR_NOTE = re.compile(r'"academy_\w+"\."editor_note"')  # every record has one; no public page shows it


def selects(client, url):
    """(html, the column list of each SELECT) of a GET of `url`, after a first GET (the glossary)."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    columns = [q["sql"].split(" FROM ")[0] for q in queries if q["sql"].startswith("SELECT")]
    return response.content.decode(), columns


@pytest.mark.parametrize("url", [
    "/zh-hans/", reverse("academy:academy-list"), reverse("academy:course-list"), reverse("academy:person-list"),
    reverse("academy:organisation-list"), reverse("academy:event-list"), reverse("academy:base-list"),
])
def test_cards_read_only_what_they_show(client, loaded, url):
    html, columns = selects(client, url)
    whole_rows = [c for c in columns if EDITOR_NOTE.search(c)]
    assert not whole_rows, whole_rows
    if url == reverse("academy:academy-list"):
        assert not [c for c in columns if '"academy_organisation"' in c]  # a card does not show the headquarters


@pytest.mark.parametrize("kind", ["academy", "person"])
def test_a_page_reads_its_own_record_whole_and_the_rest_lean(client, loaded, kind):
    record = Academy.objects.get(name="上海大零号湾工匠学院") if kind == "academy" else Person.objects.get(name="包起帆")
    html, columns = selects(client, record.get_absolute_url())
    whole_rows = [c for c in columns if EDITOR_NOTE.search(c)]
    own_table = f'"academy_{kind}"."editor_note"'
    assert all(own_table in c for c in whole_rows), whole_rows
    assert record.name in html


def test_the_academy_page_counts_its_courses_and_events_with_the_rows_it_shows(client, big_data):
    academy = big_data["academy"]
    courses, events = academy.courses.count(), academy.events.count()
    assert courses > 12 and events > 24  # more than the page shows: it links to the rest with their number
    client.get(academy.get_absolute_url())
    with CaptureQueriesContext(connection) as queries:
        html = client.get(academy.get_absolute_url()).content.decode()
    # No query of its own: the totals are subqueries of the queries that read the rows shown.
    assert not [q["sql"] for q in queries if q["sql"].upper().startswith("SELECT COUNT(")]
    assert sum("(SELECT COUNT(*) FROM" in q["sql"].upper() for q in queries) == 2
    assert f"查看该学院全部 {courses} 门课程" in html and f"查看全部 {events} 项活动" in html


def test_a_list_reverses_each_listed_record_once(client, loaded, monkeypatch):
    """Its card and the page's JSON-LD ItemList link it: one reverse() (base.addresses.record_url)."""
    url = reverse("academy:person-list")
    client.get(url)
    calls = []
    original = Person.get_absolute_url
    monkeypatch.setattr(Person, "get_absolute_url", lambda self: calls.append(self.pk) or original(self))
    html = client.get(url).content.decode()
    listed = set(re.findall(r"\"@type\":\"ListItem\",\"position\":\d+,\"url\":\"[^\"]*/people/([^/\"]+)/\"", html))
    assert len(listed) > 10
    assert len(calls) >= len(listed) and len(calls) == len(set(calls))  # teachers and leaders elsewhere on the page are other instances
