"""Issue 9 items 12-14: the cache is an optimisation, never a point of failure, and never grows unbounded."""
import logging
import subprocess
import sys

import pytest
from django.core.cache import cache
from ops_helpers import REDIS_TEST_URL, closed_port

from config.cache import FaultTolerantRedisCache, cache_settings


@pytest.fixture
def dead_redis(settings):
    settings.CACHES = cache_settings(f"redis://127.0.0.1:{closed_port()}/0")
    yield cache
    settings.CACHES = cache_settings(None)


def test_settings_use_the_fault_tolerant_backend():
    assert cache_settings("redis://x:6379/0")["default"]["BACKEND"] == "config.cache.FaultTolerantRedisCache"


def test_pages_render_uncached_when_redis_is_unreachable(client, public_paths, dead_redis, caplog):
    """Every public page type in every variant answers 200 with Redis down, and the outage is logged."""
    with caplog.at_level(logging.WARNING, logger="config.cache"):
        for path in public_paths:
            response = client.get(path)
            assert response.status_code == 200, path
    assert any("Cache unavailable" in r.getMessage() for r in caplog.records)
    # Logged once per outage, not once per call.
    assert sum("Cache unavailable" in r.getMessage() for r in caplog.records) == 1


def test_traditional_page_is_still_converted_without_redis(client, site, dead_redis):
    response = client.get("/zh-tw/academies/")
    assert response.status_code == 200
    assert "學院" in response.content.decode()


def test_cache_api_answers_as_misses_when_down(dead_redis):
    backend = dead_redis
    assert backend.get("k") is None and backend.get("k", "d") == "d"
    assert backend.set("k", 1) is None
    assert backend.add("k", 1) is False
    assert backend.get_many(["a", "b"]) == {}
    assert backend.get_or_set("k", 5) == 5
    with pytest.raises(ValueError):
        backend.incr("k")


def test_tolerant_backend_caches_in_the_real_redis_and_recovers(caplog):
    backend = FaultTolerantRedisCache(REDIS_TEST_URL, {"KEY_PREFIX": "harden-test", "RETRY_AFTER": 0})
    backend.set("probe", "ok", 30)
    assert backend.get("probe") == "ok" and backend.ping()
    # Point the same backend at a closed port: misses; point it back: it works again and says so.
    working = backend._cache
    backend._servers = [f"redis://127.0.0.1:{closed_port()}/0"]
    del backend._cache
    with caplog.at_level(logging.WARNING, logger="config.cache"):
        assert backend.get("probe") is None and not backend.ping()
        backend._cache = working
        assert backend.get("probe") == "ok"
    messages = [r.getMessage() for r in caplog.records]
    assert any("Cache unavailable" in m for m in messages) and "Cache reachable again" in messages
    backend.delete("probe")


def test_a_dead_redis_costs_one_attempt_per_interval(settings):
    """While paused, calls do not touch the network at all."""
    backend = FaultTolerantRedisCache(f"redis://127.0.0.1:{closed_port()}/0", {"RETRY_AFTER": 60})
    assert backend.get("a") is None
    assert backend.is_down
    del backend._cache  # a call that reached Redis now would rebuild the client
    backend._class = None  # …and fail loudly, not as a RedisError
    for _ in range(50):
        assert backend.get("a") is None


# --- item 13: nothing unbounded is cached -------------------------------------------------------------


def cached_keys():
    return len(cache._cache)  # the test settings' LocMemCache


@pytest.mark.parametrize("variant", ["zh-hans", "zh-tw", "zh-hk"])
def test_search_results_and_404s_are_not_cached(client, site, variant):
    client.get(f"/{variant}/news/")  # warm: glossary version, converted list page
    before = cached_keys()
    for n in range(30):
        assert client.get(f"/{variant}/search/", {"q": f"劳模{n}"}).status_code == 200
        assert client.get(f"/{variant}/news/no-such-article-{n}/").status_code == 404
        assert client.get(f"/{variant}/news/tag/no-such-tag-{n}/").status_code == 404
    assert cached_keys() - before <= 1


def test_bounded_pages_are_cached(client, site):
    before = cached_keys()
    client.get("/zh-tw/academies/")
    assert cached_keys() > before


def test_the_memory_cache_is_capped(settings):
    assert cache_settings(None)["default"]["OPTIONS"]["MAX_ENTRIES"] <= 10_000


# --- item 14: production refuses a per-process cache ---------------------------------------------------


def run_check_deploy(extra_env):
    import os
    import secrets

    env = {k: v for k, v in os.environ.items()
           if k not in {"DEBUG", "SECRET_KEY", "DJANGO_SETTINGS_MODULE", "TESTING", "REDIS_URL", "DATABASE_URL",
                         "SECURE_SSL_REDIRECT", "ALLOWED_HOSTS"}}
    env.update({"DJANGO_SETTINGS_MODULE": "config.settings", "SECRET_KEY": secrets.token_urlsafe(64),
                "ALLOWED_HOSTS": "example.org", "DEBUG": "0", **extra_env})
    return subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                          capture_output=True, text=True, env=env, timeout=120)


def test_check_deploy_refuses_a_process_local_cache():
    result = run_check_deploy({})
    assert result.returncode != 0
    assert "config.E002" in result.stderr and "REDIS_URL" in result.stderr


def test_check_deploy_accepts_redis():
    result = run_check_deploy({"REDIS_URL": REDIS_TEST_URL})
    assert result.returncode == 0, result.stderr


def test_debug_allows_the_memory_cache():
    result = run_check_deploy({"DEBUG": "1"})
    assert "config.E002" not in result.stderr


def test_plan_size_hints_are_kept_in_the_real_redis_and_worked_out_when_it_is_down(settings):
    """base.planner.size_hint: one count per hour across workers with Redis up; with it down, the count on
    each call (the plan is still chosen, never an error)."""
    import secrets

    from base.planner import size_hint

    calls = []

    def compute():
        calls.append(1)
        return [3, 40]

    settings.CACHES = cache_settings(REDIS_TEST_URL)
    settings.CACHES["default"]["KEY_PREFIX"] = f"hint-test-{secrets.token_hex(4)}"
    try:
        assert size_hint("test:hint", compute) == (3, 40) and size_hint("test:hint", compute) == (3, 40)
        assert len(calls) == 1
        cache.delete("planner:size:test:hint")
        settings.CACHES = cache_settings(f"redis://127.0.0.1:{closed_port()}/0")
        assert size_hint("test:hint", compute) == (3, 40) and size_hint("test:hint", compute) == (3, 40)
        assert len(calls) == 3
    finally:
        settings.CACHES = cache_settings(None)
