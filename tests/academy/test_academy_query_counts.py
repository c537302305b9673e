"""Each public academy page runs a fixed number of queries: the same ceiling with the fixtures and with
about 100 times as many rows (tests/academy/academy_helpers.py:make_bulk_data)."""
import pytest
from django.urls import reverse

from academy.models import Academy, Course, Event, Field, Honour, Organisation, Person, TrainingBase

# page: (most queries, how to build its URL from the targets)
PAGES = {
    "academy-list": (3, lambda t: reverse("academy:academy-list")),
    "academy-detail": (12, lambda t: t["academy"].get_absolute_url()),
    "course-list": (7, lambda t: reverse("academy:course-list")),
    "course-list-filtered": (7, lambda t: reverse("academy:course-list")
                             + f"?academy={t['academy'].slug}&field={t['field'].slug}&teacher={t['teacher'].slug}"),
    "course-detail": (9, lambda t: t["course"].get_absolute_url()),
    # Role holders, then the rest (Person.role_holders_first): a page at the seam reads both parts.
    "person-list": (8, lambda t: reverse("academy:person-list")),
    "person-list-filtered": (7, lambda t: reverse("academy:person-list")
                             + f"?academy={t['academy'].slug}&honour={t['honour'].slug}"),
    "person-list-mentors": (7, lambda t: reverse("academy:person-list") + f"?academy={t['academy'].slug}&role=mentor-any"),
    "person-detail": (8, lambda t: t["person"].get_absolute_url()),
    "base-list": (4, lambda t: reverse("academy:base-list")),
    "base-detail": (4, lambda t: t["base"].get_absolute_url()),
    "event-list": (6, lambda t: reverse("academy:event-list")),
    "event-detail": (9, lambda t: t["event"].get_absolute_url()),
    "organisation-list": (2, lambda t: reverse("academy:organisation-list")),
    "organisation-detail": (9, lambda t: t["organisation"].get_absolute_url()),
    # A record's news (academy.record_news): the record, the page of articles, their tags.
    "academy-news": (3, lambda t: reverse("academy:academy-news", args=[t["academy"].slug])),
    "person-news": (3, lambda t: reverse("academy:person-news", args=[t["person"].slug])),
}


@pytest.fixture
def fixture_targets(loaded):
    return {
        "academy": Academy.objects.get(name="上海大零号湾工匠学院"),
        "field": Field.objects.get(name="人工智能"),
        "teacher": Person.objects.get(name="包起帆"),
        "honour": Honour.objects.get(name="全国劳动模范"),
        "course": Course.objects.get(name="在创新中践行核心价值观"),
        "person": Person.objects.get(name="包起帆"),
        "base": TrainingBase.objects.get(name="上海航天技术研究院"),
        "event": Event.objects.get(slug="da-ling-hao-wan-gong-jiang-xue-yuan-gua-pai-yi-shi"),
        "organisation": Organisation.objects.get(name="上海闵行职业技术学院"),
    }


@pytest.fixture
def large_targets(big_data):
    academy = big_data["academy"]
    course = Course.objects.filter(academy=academy, fields__isnull=False, teachers__isnull=False).first()
    return {
        **big_data,
        "field": course.fields.first(),
        "teacher": course.teachers.first(),
        "honour": Honour.objects.filter(person_honours__person__academy_roles__academy=academy).first(),
    }


def test_large_data_is_about_a_hundred_times_the_fixtures(large_targets):
    assert Person.objects.count() >= 200 and Course.objects.count() >= 300 and Academy.objects.count() >= 50
    academy = large_targets["academy"]
    assert academy.courses.count() > 100 and academy.training_bases.count() > 200 and academy.events.count() > 50


@pytest.mark.django_db
@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("size", ["fixtures", "large"])
def test_fixed_number_of_queries(client, request, django_assert_max_num_queries, name, size):
    targets = request.getfixturevalue("fixture_targets" if size == "fixtures" else "large_targets")
    most, url = PAGES[name]
    url = url(targets)
    client.get(url)  # builds the script-variant glossary once (tests/variants)
    with django_assert_max_num_queries(most):
        response = client.get(url)
    assert response.status_code == 200, url


@pytest.mark.django_db
def test_large_pages_show_many_rows(client, large_targets):
    html = client.get(large_targets["event"].get_absolute_url()).content.decode()
    assert html.count("批量活动") > 40  # its parts
    html = client.get(large_targets["organisation"].get_absolute_url()).content.decode()
    assert html.count("/people/bulk-person-") > 50
    html = client.get(reverse("academy:course-list") + f"?academy={large_targets['academy'].slug}").content.decode()
    assert "下一页" in html
    for name in ("course-list-filtered", "person-list-filtered", "person-list-mentors"):
        html = client.get(PAGES[name][1](large_targets)).content.decode()
        assert "/courses/bulk-course-" in html or "/people/bulk-person-" in html, name
