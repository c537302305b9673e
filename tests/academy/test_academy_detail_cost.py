"""The academy page builds only what it shows: leaders and speakers, not every mentor's role or article."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from academy.models import Academy, AcademyRole, Person
from academy.models.academies import SHOWN_ROLES, page_roles

pytestmark = pytest.mark.django_db


def test_the_academy_page_does_not_load_every_role(client, loaded):
    academy = Academy.objects.first()
    people = Person.objects.bulk_create(Person(name=f"导师{i}号", slug=f"mentor-{i}") for i in range(400))
    AcademyRole.objects.bulk_create(
        AcademyRole(academy=academy, person=p, role=AcademyRole.Role.MENTOR, order=i) for i, p in enumerate(people)
    )
    AcademyRole.objects.bulk_create(
        AcademyRole(academy=academy, person=p, role=AcademyRole.Role.FORUM_SPEAKER, order=1000 + i)
        for i, p in enumerate(people[:SHOWN_ROLES + 20])
    )
    roles = page_roles(academy)
    assert len(roles) == SHOWN_ROLES
    assert all(r.role != AcademyRole.Role.MENTOR for r in roles)
    client.get(academy.get_absolute_url())
    with CaptureQueriesContext(connection) as queries:
        response = client.get(academy.get_absolute_url())
    assert response.status_code == 200
    roles = [q for q in queries if q["sql"].startswith('SELECT "academy_academyrole"."id"')]
    # One plain LIMIT query for this one academy, not a sliced prefetch's ROW_NUMBER window.
    assert len(roles) == 1 and "ROW_NUMBER" not in roles[0]["sql"].upper()
    assert roles[0]["sql"].upper().endswith(f"LIMIT {SHOWN_ROLES}")


def test_the_academy_news_come_from_the_link_tables(loaded, make_article):
    """Articles naming the academy, its events, courses or bases; read as a UNION over the four link
    tables by academy, never the article table joined to all four (which read every article)."""
    from academy.models import Course, Event, TrainingBase
    from news.models import Article

    academy = Academy.objects.filter(courses__isnull=False, events__isnull=False).first()
    routes = {
        "academy": academy.source_articles,
        "event": Event.objects.filter(academy=academy).first().source_articles,
        "course": Course.objects.filter(academy=academy).first().source_articles,
    }
    base = TrainingBase.objects.filter(academy=academy).first()
    if base:
        routes["base"] = base.source_articles
    made = {}
    for name, manager in routes.items():
        made[name] = make_article(title=f"经由{name}", days_ago=0)
        manager.add(made[name])
    draft = make_article(title="草稿", status=Article.Status.DRAFT)
    academy.source_articles.add(draft)
    news = academy.news()
    found = set(news[:50])
    assert set(made.values()) <= found and draft not in found
    sql = str(news.query).upper()
    assert sql.count("UNION") == 3 and "LEFT OUTER JOIN" not in sql


@pytest.mark.parametrize("courses", [0, 1, 12, 13, 150])
def test_first_and_total_counts_ids_not_whole_rows(loaded, courses):
    """The first rows and the total of every row, in one query: the total a subquery counting ids, not a
    window count that builds every row in full (joins included) before sending the first."""
    from academy.models import Course
    from academy.models.common import first_and_total

    academy = Academy.objects.create(name="课程很多的学院", slug="many-courses")
    hidden = Academy.objects.create(name="草稿学院", slug="draft-academy", published=False)
    Course.objects.bulk_create(
        [Course(name=f"课程{i}", slug=f"c-{i}", academy=academy, published=i % 5 != 4) for i in range(courses)]
        + [Course(name="别处的课", slug="elsewhere", academy=hidden)]
    )
    queryset = Course.objects.published().at(academy).for_cards()
    with CaptureQueriesContext(connection) as queries:
        rows, total = first_and_total(queryset, 12)
    assert total == queryset.count() == sum(1 for i in range(courses) if i % 5 != 4)
    assert rows == list(queryset[:12])
    assert len(queries) == 3 if rows else 1  # the rows (their teachers and fields prefetched)
    assert " OVER " not in queries[0]["sql"].upper() and "COUNT(*)" in queries[0]["sql"].upper()
