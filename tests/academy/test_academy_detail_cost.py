"""The academy page builds only what it shows: leaders and speakers, not every mentor's role or article."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from academy.models import Academy, AcademyRole, Person
from academy.models.academies import SHOWN_ROLES

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
    detail = Academy.objects.for_detail().get(pk=academy.pk)
    assert len(detail.role_list) <= SHOWN_ROLES
    assert all(r.role != AcademyRole.Role.MENTOR for r in detail.role_list)
    client.get(academy.get_absolute_url())
    with CaptureQueriesContext(connection) as queries:
        response = client.get(academy.get_absolute_url())
    assert response.status_code == 200
    roles = [q for q in queries if 'FROM "academy_academyrole"' in q["sql"] and "academy_person" in q["sql"]]
    assert roles and all("ROW_NUMBER" in q["sql"].upper() or "LIMIT" in q["sql"].upper() for q in roles)
