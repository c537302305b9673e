"""The people list pages role holders first, then everyone else, each by slug (Person.role_holders_first,
base.pagination.Concatenated): the order one query sorting every person gave, at a cost that does not
grow with the directory."""
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from academy.models import Academy, AcademyRole, Person
from academy.views import PERSON_PAGE_SIZE

pytestmark = pytest.mark.django_db

CARD = re.compile(r'<h2 class="card-title"><a href="/zh-hans/people/([^/]+)/">')


def _people(holders, others):
    academy = Academy.objects.create(name="甲学院", slug="a-academy")
    draft = Academy.objects.create(name="乙学院", slug="b-academy", published=False)
    made = Person.objects.bulk_create(
        [Person(name=f"导师{i}", slug=f"p-{(i * 7919) % 1000:03d}-{i}") for i in range(holders + others)]
    )
    AcademyRole.objects.bulk_create([
        AcademyRole(person=person, academy=academy if i < holders else draft, role=AcademyRole.Role.MENTOR)
        for i, person in enumerate(made) if i < holders or i % 3 == 0  # some others hold a hidden role
    ])


def _pages(client):
    count = Person.objects.published().count()
    pages = -(-count // PERSON_PAGE_SIZE)
    return [CARD.findall(client.get(f"/zh-hans/people/?page={n}").content.decode()) for n in range(1, pages + 1)]


@pytest.mark.parametrize("holders,others", [(0, 30), (10, 50), (24, 24), (30, 40), (60, 5)])
def test_every_page_is_the_sorted_lists_page(client, holders, others):
    """Seams inside a page, on a page's edge, none on either side; a role at a draft academy counts as none."""
    _people(holders, others)
    expected = list(Person.objects.published().for_cards().values_list("slug", flat=True))
    pages = _pages(client)
    assert sum(pages, []) == expected
    assert all(len(page) == PERSON_PAGE_SIZE for page in pages[:-1])


@pytest.mark.parametrize("holders,others", [(30, 60), (300, 600)])
def test_a_page_costs_the_same_queries_at_any_size(client, holders, others):
    """In the first part, at the seam (one query more: the rest), past it (two: the rest, and the first
    part counted), whatever the number of people. The whole directory's size is kept (whole_list_count)."""
    _people(holders, others)
    seam = holders // PERSON_PAGE_SIZE + 1
    counts = []
    for page in (1, seam, seam + 1):
        client.get(f"/zh-hans/people/?page={page}")
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/zh-hans/people/?page={page}").status_code == 200
        counts.append(len(queries))
    assert counts == [6, 7, 8]
    # The seam page's cards show the roles of the holders on it (prefetched once for both parts).
    seam_page = client.get(f"/zh-hans/people/?page={seam}").content.decode()
    assert 'href="/zh-hans/academies/a-academy/"' in seam_page
