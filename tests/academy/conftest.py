"""Fixtures for the academy tests: the real fixtures, users, and ~100x generated rows."""
import pytest
from academy_helpers import load_fixtures, make_bulk_data


@pytest.fixture
def loaded(db):
    """The site's fixtures, loaded as `make run` loads them."""
    load_fixtures()


@pytest.fixture
def superuser(db, django_user_model):
    return django_user_model.objects.create_superuser("chief", "chief@example.com", "correct-horse-battery")


@pytest.fixture
def editor(db, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("bianji", "bianji@example.com", "correct-horse-battery", is_staff=True)
    user.groups.add(Group.objects.get(name="编辑"))
    return user


@pytest.fixture
def big_data(db):
    """About 100 times the fixture: 50 academies, 400 organisations, 200 people, 300 courses, 500 training bases,
    200 events with 2,000 sessions, and the rows between them, all by bulk_create. One academy, person,
    course, event and organisation carry a large share, so that detail pages are tested at size too."""
    return make_bulk_data()
