"""/healthz (the process answers) and /readyz (database, cache and media storage answer).

Answered by the first middleware, before host validation, HTTPS redirects, sessions or script conversion:
a load balancer probes by IP over plain HTTP, often several times a second. Never cached; gunicorn's
access log leaves them out (gunicorn.conf.py) and a healthy answer logs nothing.
"""
import json
import logging
import os
import time

from django.core.cache import cache
from django.core.files.storage import FileSystemStorage, storages
from django.db import connection
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger("config.health")

PROBE_PATHS = ("/healthz", "/readyz")
MEDIA_PROBE = ".readyz-probe"  # looked up, never written


def check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache() -> None:
    ping = getattr(cache, "ping", None)  # config.cache.FaultTolerantRedisCache: a real round trip
    if ping is not None:
        if not ping():
            raise ConnectionError("Redis does not answer")
        return
    cache.get(MEDIA_PROBE)  # a process-local cache is always there


def check_media() -> None:
    storage = storages["default"]
    if isinstance(storage, FileSystemStorage):
        location = storage.location  # local disk: the folder must be writable (made on a fresh site)
        os.makedirs(location, exist_ok=True)
        if not os.access(location, os.W_OK):
            raise OSError(f"media folder {location} is missing or not writable")
    storage.exists(MEDIA_PROBE)  # object storage: one HEAD request; raises when unreachable


CHECKS = {"database": check_database, "cache": check_cache, "media": check_media}


def readiness() -> tuple[bool, dict]:
    results = {}
    for name, check in CHECKS.items():
        started = time.monotonic()
        try:
            check()
        except Exception as exc:  # any failure means "not ready"; the reason goes to the log
            logger.warning("readyz: %s not ready: %s", name, exc)
            results[name] = "unavailable"
        else:
            results[name] = f"ok {1000 * (time.monotonic() - started):.0f} ms"
    return all(v.startswith("ok") for v in results.values()), results


def probe_response(path: str) -> HttpResponse:
    if path == "/healthz":
        response = HttpResponse("ok\n", content_type="text/plain; charset=utf-8")
    else:
        ready, results = readiness()
        response = HttpResponse(
            json.dumps({"ready": ready, **results}) + "\n", content_type="application/json", status=200 if ready else 503
        )
    add_never_cache_headers(response)
    response["X-Content-Type-Options"] = "nosniff"
    return response


class HealthCheckMiddleware:
    """Answers the two probe addresses itself; every other request goes on untouched."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info in PROBE_PATHS and request.method in ("GET", "HEAD"):
            return probe_response(request.path_info)
        return self.get_response(request)
