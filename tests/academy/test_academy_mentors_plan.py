"""An academy's page lists its mentors by name (Person.teaching_at): the first few of thousands by walking
the name index and probing each person, a small academy's by reading its mentors' ids and sorting them,
chosen by base.planner.walk_from from sizes kept for an hour (base.planner.size_hint). Either plan gives
the same people in the same order."""
import random

import pytest
from django.core.cache import cache
from django.db import connection

from academy.models import Academy, AcademyRole, Course, Person

pytestmark = pytest.mark.django_db

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚"
ROLES = [AcademyRole.Role.MENTOR, AcademyRole.Role.LECTURER, AcademyRole.Role.FORUM_SPEAKER,
         AcademyRole.Role.PRESIDENT]


def _site(seed, people, share):
    """`people` with random (often repeated) names; about `share` of them teach at the big academy by a
    role or a course, some of those hidden (a draft person, a draft or forum course, a speaker's role)."""
    rng = random.Random(seed)
    big = Academy.objects.create(name="大学院", slug="big-academy")
    small = Academy.objects.create(name="小学院", slug="small-academy")
    draft = Academy.objects.create(name="草稿学院", slug="draft-academy", published=False)
    made = Person.objects.bulk_create([
        Person(name=rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.randint(0, 2))), slug=f"p-{i}",
               published=rng.random() > 0.05)
        for i in range(people)
    ])
    courses = Course.objects.bulk_create([
        Course(name=f"课程{i}", slug=f"course-{i}", academy=rng.choice((big, big, small, draft)),
               format=rng.choice(Course.Format.values), published=rng.random() > 0.1)
        for i in range(20)
    ])
    roles = []
    for person in made:
        if rng.random() < share:
            if rng.random() < 0.5:
                roles.append(AcademyRole(person=person, academy=big, role=rng.choice(ROLES)))
            else:
                rng.choice(courses).teachers.add(person)
        if rng.random() < 0.02:
            roles.append(AcademyRole(person=person, academy=rng.choice((small, draft)), role=AcademyRole.Role.MENTOR))
    AcademyRole.objects.bulk_create(roles)
    return big, small, draft


def _plans(academy):
    people = Person.objects.published()
    by_ids = people.mentors(academy).order_by("name", "pk")
    probed = people.mentors(academy, probe=True).order_by("name", "pk")
    return list(by_ids.values_list("pk", flat=True)), list(probed.values_list("pk", flat=True))


@pytest.mark.parametrize("seed", range(4))
def test_probing_each_person_finds_the_mentors_the_id_lists_find(seed):
    for academy in _site(seed, people=300, share=0.3):
        by_ids, probed = _plans(academy)
        assert by_ids == probed
    big = Academy.objects.get(slug="big-academy")
    assert _plans(big)[0], "the big academy has mentors"
    # Speaking at a forum is not teaching; a draft person is not listed.
    shown = set(_plans(big)[0])
    assert not Person.objects.filter(pk__in=shown, published=False).exists()
    assert not Person.objects.filter(pk__in=shown).exclude(
        academy_roles__academy=big, academy_roles__role__in=AcademyRole.TEACHING_ROLES,
    ).exclude(courses__academy=big, courses__published=True, courses__format__in=[
        f for f in Course.Format.values if f != Course.Format.FORUM
    ]).exists()


def _walks(queryset):
    sql = str(queryset.query)
    return "IS NOT NULL" in sql and " IN (SELECT" not in sql


@pytest.mark.parametrize("seed", range(3))
def test_a_big_academy_is_walked_a_small_one_looked_up_with_the_same_rows(seed):
    big, small, _draft = _site(seed, people=600, share=0.4)
    wanted = 24
    for academy, walked in ((big, True), (small, False)):
        chosen = Person.objects.published().teaching_at(academy, wanted)
        assert _walks(chosen) is walked, academy
        assert list(chosen[:wanted]) == list(Person.objects.published().mentors(academy).order_by("name", "pk")[:wanted])


def test_the_sizes_are_counted_once_then_kept(django_assert_num_queries):
    big, _small, _draft = _site(1, people=200, share=0.4)
    people = Person.objects.published()
    with django_assert_num_queries(1):  # both sizes in one query
        people.teaching_at(big, 24)
    picks, total = cache.get(f"planner:size:academy-mentors:{big.pk}")
    assert picks == people.mentors(big).count() and total == people.count()
    with django_assert_num_queries(0):
        people.teaching_at(big, 24)


def test_a_stale_hint_chooses_a_plan_never_other_people():
    big, small, _draft = _site(2, people=300, share=0.4)
    for academy in (big, small):
        expected = list(Person.objects.published().mentors(academy).order_by("name", "pk")[:24])
        for sizes in ((0, 1), (10**6, 10**6)):  # look up a big academy, walk a small one
            cache.set(f"planner:size:academy-mentors:{academy.pk}", sizes)
            chosen = Person.objects.published().teaching_at(academy, 24)
            assert _walks(chosen) is (sizes[0] > 0)
            assert list(chosen[:24]) == expected


def test_the_academy_page_lists_its_mentors_by_name(client):
    big, _small, _draft = _site(3, people=400, share=0.5)
    expected = list(Person.objects.published().mentors(big).order_by("name", "pk")[:24])
    assert _walks(Person.objects.published().teaching_at(big, 24))
    html = client.get(big.get_absolute_url()).content.decode()
    aside = html[html.index('id="people-title"'):]
    positions = [aside.index(f'href="{person.get_absolute_url()}"') for person in expected]
    assert positions == sorted(positions)


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's plan")
def test_the_walk_reads_the_name_index_and_stops(client):
    big, _small, _draft = _site(0, people=600, share=0.4)
    chosen = Person.objects.published().teaching_at(big, 24).only("name", "slug")[:24]
    plan = chosen.explain()
    assert "USING INDEX person_name" in plan and "TEMP B-TREE" not in plan
    assert len(list(chosen)) == 24


def test_the_pages_prepared_mentors_are_either_plans_people():
    """academy.page_reads.academy_mentors compiles each plan's query once and binds the academy: for every
    academy and either plan, the people of teaching_at, in its order, with only what the page shows."""
    from academy.page_reads import DETAIL_LIMIT, academy_mentors

    shown = DETAIL_LIMIT * 2
    big, small, draft = _site(5, people=300, share=0.4)
    for sizes in ((0, 1), (10**6, 10**6)):
        for academy in (big, small, draft):
            cache.set(f"planner:size:academy-mentors:{academy.pk}", sizes)
            expected = list(Person.objects.published().mentors(academy).order_by("name", "pk").only("name", "slug")[:shown])
            got = academy_mentors(academy)
            assert [p.pk for p in got] == [p.pk for p in expected]
            assert bool(got) is (academy != draft)  # a draft academy's page lists no one
            assert all(p.get_deferred_fields() == expected[0].get_deferred_fields() for p in got[:1])
