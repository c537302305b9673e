"""Issue 9 item 17: /healthz says the process answers, /readyz that database, cache and media storage do;
cheap, never cached, and quiet in the access log."""
import json
import logging
import runpy
from pathlib import Path

import pytest
from django.db import connection
from ops_helpers import REDIS_TEST_URL, closed_port

from config.cache import cache_settings

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def test_healthz_answers_without_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200 and response.content == b"ok\n"
    assert "no-store" in response["Cache-Control"] and "max-age=0" in response["Cache-Control"]


def test_probes_work_by_ip_over_plain_http(client, settings):
    """A load balancer probes http://10.0.0.5/healthz: no host refusal, no HTTPS redirect."""
    settings.SECURE_SSL_REDIRECT = True
    for path in ("/healthz", "/readyz"):
        assert client.get(path, HTTP_HOST="10.0.0.5").status_code == 200


def test_readyz_checks_database_cache_and_media(client, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get("/readyz")
    assert response.status_code == 200, response.content
    body = json.loads(response.content)
    assert body["ready"] is True and all(body[k].startswith("ok") for k in ("database", "cache", "media"))
    assert "no-store" in response["Cache-Control"]


def test_readyz_with_real_redis(client, settings):
    settings.CACHES = cache_settings(REDIS_TEST_URL)
    assert client.get("/readyz").status_code == 200
    settings.CACHES = cache_settings(None)


def test_readyz_is_503_when_redis_is_down(client, settings, caplog):
    settings.CACHES = cache_settings(f"redis://127.0.0.1:{closed_port()}/0")
    with caplog.at_level(logging.WARNING, logger="config.health"):
        response = client.get("/readyz")
    settings.CACHES = cache_settings(None)
    assert response.status_code == 503 and json.loads(response.content)["cache"] == "unavailable"
    assert any("cache not ready" in r.getMessage() for r in caplog.records)
    # The site itself still answers (item 12): only the probe tells the balancer.
    assert client.get("/healthz").status_code == 200


def test_readyz_is_503_when_media_is_not_writable(client, settings, tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    settings.MEDIA_ROOT = tmp_path / "a-file" / "media"  # cannot be made (and root ignores permissions)
    response = client.get("/readyz")
    assert response.status_code == 503 and json.loads(response.content)["media"] == "unavailable"


def test_readyz_is_503_when_the_database_fails(client, monkeypatch):
    from django.db import OperationalError

    def broken(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken)
    response = client.get("/readyz")
    assert response.status_code == 503 and json.loads(response.content)["database"] == "unavailable"


def test_probes_are_never_cached_or_converted(client):
    first, second = client.get("/readyz"), client.get("/readyz")
    assert first.content != b"" and "no-cache" in second["Cache-Control"]
    assert client.get("/healthz").get("Content-Language") is None  # never went through the variant layer


def access_record(path, status):
    return logging.LogRecord("gunicorn.access", logging.INFO, "", 0, "%(h)s %(U)s %(s)s",
                             ({"h": "127.0.0.1", "U": path, "s": status},), None)


def test_gunicorn_access_log_leaves_out_successful_probes():
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    quiet = config["QuietProbes"]()
    assert not quiet.filter(access_record("/healthz", "200"))
    assert not quiet.filter(access_record("/readyz", 200))
    assert quiet.filter(access_record("/readyz", "503"))  # a failing probe is news
    assert quiet.filter(access_record("/zh-hans/", "200"))
