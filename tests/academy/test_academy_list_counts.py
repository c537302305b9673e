"""A whole directory list's size (people, courses, academies, events, organisations) is counted once and kept
until a record changes (academy.search.whole_list_count); a filtered list is counted on every request;
whatever changes what a list shows (a record added, made a draft, its academy made a draft, deleted, a
bulk write) shows in its count at once."""
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from academy.models import Academy, Course, Person
from base.signals import content_changed

pytestmark = pytest.mark.django_db


def _total(client, path, unit):
    html = client.get(path).content.decode()
    return int(re.search(rf"共 (\d+) {unit}", html).group(1))


def _queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_the_people_lists_count_follows_every_change(client):
    people = Person.objects.bulk_create([Person(name=f"人{i}", slug=f"p-{i}") for i in range(5)])
    content_changed.send(sender=Person)
    assert _total(client, "/zh-hans/people/", "人") == 5
    kept = _queries(client, "/zh-hans/people/")
    Person.objects.create(name="新人", slug="new")
    assert _total(client, "/zh-hans/people/", "人") == 6
    people[0].published = False
    people[0].save()
    assert _total(client, "/zh-hans/people/", "人") == 5
    people[1].delete()
    assert _total(client, "/zh-hans/people/", "人") == 4
    Person.objects.filter(pk=people[2].pk).update(published=False)
    content_changed.send(sender=Person)  # what a bulk write sends (base.signals)
    assert _total(client, "/zh-hans/people/", "人") == 3
    assert _queries(client, "/zh-hans/people/") == kept  # counted once after the change, then kept


def test_a_courses_count_follows_its_academy(client):
    academy = Academy.objects.create(name="学院", slug="academy")
    Course.objects.bulk_create([Course(name=f"课程{i}", slug=f"c-{i}", academy=academy) for i in range(3)])
    content_changed.send(sender=Course)
    assert _total(client, "/zh-hans/courses/", "门") == 3
    academy.published = False  # its courses are shown no more, and counted no more
    academy.save()
    html = client.get("/zh-hans/courses/").content.decode()
    assert "课程0" not in html and "共 3 门" not in html


def _counted(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return any("COUNT(" in q["sql"].upper() for q in queries.captured_queries)


def test_a_whole_list_is_counted_once_and_a_filtered_one_each_time(client):
    Person.objects.bulk_create([Person(name=f"人{i}", slug=f"p-{i}") for i in range(30)])
    content_changed.send(sender=Person)
    assert _counted(client, "/zh-hans/people/")
    assert not _counted(client, "/zh-hans/people/")
    filtered = "/zh-hans/people/?role=mentor-any"
    assert _counted(client, filtered)
    assert _counted(client, filtered)
