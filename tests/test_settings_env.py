"""Settings come from the environment; production refuses to start without a real key."""
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from tests.local_services import REDIS_TEST_URL

ROOT = Path(__file__).resolve().parent.parent
# Set by config.test_settings for the test process itself; the child must see production defaults.
TEST_ONLY_VARS = {"DEBUG", "SECRET_KEY", "DJANGO_SETTINGS_MODULE", "TESTING", "SECURE_SSL_REDIRECT", "ALLOWED_HOSTS", "DATABASE_URL",
                  "DJANGO_ALLOW_ASYNC_UNSAFE"}


def run(env_overrides, *args):
    env = {k: v for k, v in os.environ.items() if k not in TEST_ONLY_VARS}
    env.update(env_overrides)
    env["DJANGO_SETTINGS_MODULE"] = "config.settings"
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("key", [None, "short", "django-insecure-" + "x" * 60, "a" * 80])
def test_production_refuses_weak_or_missing_secret_key(key):
    env = {"DEBUG": "0"}
    if key is not None:
        env["SECRET_KEY"] = key
    result = run({**env, "ALLOWED_HOSTS": "example.org"}, "check", "--deploy")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
    # The WSGI application (what gunicorn and runserver load) refuses to start.
    started = subprocess.run(
        [sys.executable, "-c", "import config.wsgi"], cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**{k: v for k, v in os.environ.items() if k not in TEST_ONLY_VARS}, **env},
    )
    assert started.returncode != 0 and "SECRET_KEY must be set" in started.stderr


def test_build_commands_need_no_key():
    """makemigrations and collectstatic run on a build machine that holds no secrets."""
    result = run({"DEBUG": "0"}, "makemigrations", "--check", "--dry-run")
    assert result.returncode == 0, result.stderr


def test_production_settings_pass_check_deploy():
    result = run(
        {"DEBUG": "0", "SECRET_KEY": secrets.token_urlsafe(64), "ALLOWED_HOSTS": "example.org",
         "REDIS_URL": REDIS_TEST_URL},
        "check", "--deploy", "--fail-level", "WARNING",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_bad_boolean_is_a_clear_error():
    result = run({"DEBUG": "maybe"}, "check")
    assert result.returncode != 0
    assert "DEBUG must be one of" in result.stderr


def test_database_url_selects_postgresql():
    code = "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])"
    result = run(
        {"DEBUG": "1", "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/example"}, "shell", "-c", code
    )
    assert "postgresql" in result.stdout, result.stderr
    result = run({"DEBUG": "1"}, "shell", "-c", code)
    assert "sqlite3" in result.stdout, result.stderr


def test_redis_url_caches_in_the_real_redis_server():
    """The production cache path, against the machine's Redis (127.0.0.1:6379), not a mock."""
    code = (
        "from django.core.cache import cache; from variants.glossary import bump_version, glossary_version; "
        "cache.set('ci-probe', 'ok', 30); v = glossary_version(); bump_version(); "
        "print(type(cache._cache).__module__, cache.get('ci-probe'), glossary_version() == v + 1)"
    )
    result = run({"DEBUG": "1", "REDIS_URL": REDIS_TEST_URL}, "shell", "-c", code)
    assert result.returncode == 0, result.stderr
    assert "redis" in result.stdout and "ok True" in result.stdout, result.stdout + result.stderr


def test_postgresql_connections_run_without_jit():
    """The real PostgreSQL server, through the site's settings: JIT is off for the site's connections (it
    cost 15-30 ms of compiling on queries the planner thinks dear), and PG_OPTIONS replaces the default."""
    code = "from django.db import connection as c; k = c.cursor(); k.execute('SHOW jit'); print(k.fetchone()[0])"
    database = {"DATABASE_URL": "postgres://postgres@127.0.0.1:5432/postgres"}
    result = run(database, "shell", "-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == "off"
    result = run({**database, "PG_OPTIONS": "-c jit=on"}, "shell", "-c", code)
    assert result.stdout.split()[-1] == "on", result.stderr
