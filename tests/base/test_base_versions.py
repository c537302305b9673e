"""base.versions.CacheVersion: the token that names what the page cache and the news lists' counts keep."""
import pytest
from django.core.cache import cache

from base.versions import CacheVersion, State

pytestmark = pytest.mark.django_db


@pytest.fixture
def version():
    cache.delete("test:version")
    yield CacheVersion("test:version")
    cache.delete("test:version")


def test_a_version_lasts_until_it_is_forgotten(version):
    first = version.current()
    assert version.current() == first
    version.forget()
    assert version.current().token != first.token


def test_forgetting_inside_a_write_ends_the_version_again_at_commit(version, django_capture_on_commit_callbacks):
    # Not a transactional test: one here flushes the database and breaks the browser suite's set-up after it.
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        version.forget()
        during = version.current()  # worked out from the rows before the commit
        assert version.current() == during
    assert len(callbacks) == 1
    assert version.current().token != during.token


def test_a_version_ends_when_its_scheduled_change_comes(monkeypatch):
    times = iter([1000.0, 2000.0])
    version = CacheVersion("test:version", until=lambda: next(times))
    cache.delete("test:version")
    seen = {}
    real_set = cache.set
    monkeypatch.setattr(
        cache, "set", lambda key, value, timeout=None: seen.update({key: timeout}) or real_set(key, value, timeout),
    )
    first = version.current(now=400.0)
    assert first.ends_at == 1000.0 and seen["test:version"] == 601  # the key goes a second after the change
    assert version.current(now=999.0) == first
    second = version.current(now=1000.0)
    assert second.token != first.token and second.began == 1000.0 and second.ends_at == 2000.0
    cache.delete("test:version")


def test_a_state_the_caller_read_is_not_read_again(version, monkeypatch):
    stored = State("abc", None, 5.0)
    monkeypatch.setattr(cache, "get", lambda *a, **k: pytest.fail("read again"))
    assert version.current(stored=tuple(stored)) == stored
