"""Whole pages for anonymous readers from the shared cache, and HTTP caching headers for every response.

A cached page is stored, converted to its variant, under a key made of

- the *generation*: a random token replaced whenever content changes (any save, delete or m2m change of a
  model in PAGE_CACHE_APPS, after its transaction commits; bulk writes send base.signals.content_changed)
  or when the next scheduled change comes due
  (PAGE_CACHE_SCHEDULES name functions that return when the next article appears or expires, so no cron
  job is needed: the first request after that time starts a new generation);
- the code version (a hash of the templates, catalogues and Python sources, so a deploy never serves
  pages rendered by the old code);
- scheme, host, path and a bounded query string (only ``page=1..PAGE_CACHE_MAX_PAGE``, and on the
  paths PAGE_CACHE_QUERIES names, their one search parameter of bounded length).

Search pages are the unbounded kind: any reader can ask for a new one. They are kept for
PAGE_CACHE_QUERY_SECONDS, and at most PAGE_CACHE_QUERY_BUDGET new ones are stored per minute across all
workers, so a popular query is answered from the cache while a flood of new ones cannot fill it.

Content changes are rarer than reads on a news site, so one generation for the whole site is both
exact (no page is ever served after what it shows changed) and cheap (a hit is two cache reads).
Never cached: anything but GET/HEAD, unprefixed URLs (the admin, the variant switcher), requests with a
session or messages cookie (staff, editors), signed-in users, other query strings, responses that set a
cookie (a CSRF token among them) or say private/no-store, and whatever the variant converter refuses to
cache (variants.conversion.is_cacheable: any status but 200, very large pages, pages a view marks with
``cache_conversion = False``, except search pages within their budget). A failing cache is skipped:
pages are rendered (config.cache.FaultTolerantRedisCache answers misses, and _safe catches the rest).
"""
from __future__ import annotations

import hashlib
import logging
import os
import time
import uuid
from functools import cache as memoise
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import (
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.http import http_date, parse_http_date_safe, urlencode
from django.utils.module_loading import import_string

from base.versions import UNREAD, CacheVersion, State
from variants.conversion import CACHE_MAX_BYTES, is_cacheable

logger = logging.getLogger(__name__)

STATE_KEY = "pagecache:state:"
PAGE_KEY = "pagecache:page:"
BUDGET_KEY = "pagecache:query-budget:"
STATE_SECONDS = 30 * 24 * 3600  # an old release's state key does not stay in the cache for ever


def _setting(name, default):
    return getattr(settings, name, default)


# --- The generation ----------------------------------------------------------------------------------


@memoise
def code_version() -> str:
    """A hash of what renders pages: templates, catalogues, CSS/JS and the project's Python sources."""
    root = Path(settings.BASE_DIR)
    skip = {".venv", "node_modules", "media", "staticfiles", "tests", ".git", "screenshots", "wip"}
    suffixes = {".py", ".html", ".txt", ".xml", ".mo", ".css", ".js"}
    digest = hashlib.blake2b(digest_size=8)
    for directory, subdirs, files in os.walk(root):  # top-down: pruning subdirs skips whole trees
        if Path(directory) == root:
            subdirs[:] = [d for d in subdirs if d not in skip and not d.startswith(".")]
        subdirs[:] = sorted(d for d in subdirs if d not in ("node_modules", "__pycache__"))  # a stable order
        for name in sorted(files):
            path = Path(directory, name)
            if path.suffix in suffixes:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def next_scheduled_change() -> float | None:
    """The earliest time (epoch seconds) at which a scheduled change makes some page different."""
    times = []
    for dotted in _setting("PAGE_CACHE_SCHEDULES", ()):
        when = import_string(dotted)()
        if when is not None:
            times.append(when.timestamp())
    return min(times, default=None)


def _safe(call, default=None):
    try:
        return call()
    except Exception:  # the cache is an optimisation: any failure means "render the page"
        logger.warning("page cache unavailable", exc_info=True)
        return default


# The generation: one version of the whole site's pages (base.versions), per code version.
GENERATION = CacheVersion(lambda: STATE_KEY + code_version(), until=next_scheduled_change, seconds=STATE_SECONDS)


def current_state(now: float | None = None, state=UNREAD) -> State:
    """(generation, time of the next scheduled change, time the generation began); `state`: the state
    key's value if the caller has read it (None: it was not there)."""
    found = _safe(lambda: GENERATION.current(stored=state, now=now))
    # With the cache down every request starts (and cannot keep) a generation of its own.
    return found or State(uuid.uuid4().hex[:16], None, now or time.time())


def content_changed(**_kwargs) -> None:
    """Start a new generation now, and again once the writing transaction commits (so a page rendered
    in between, from the old rows, is not kept under the new generation)."""
    if _setting("PAGE_CACHE_ENABLED", True):
        _safe(GENERATION.forget)


def connect_invalidation() -> None:
    from django.apps import apps
    from django.db.models.signals import m2m_changed, post_delete, post_save

    for label in _setting("PAGE_CACHE_APPS", ()):
        for model in apps.get_app_config(label).get_models():
            post_save.connect(content_changed, sender=model, dispatch_uid=f"pagecache-save-{model._meta.label}")
            post_delete.connect(content_changed, sender=model, dispatch_uid=f"pagecache-delete-{model._meta.label}")
    m2m_changed.connect(content_changed, dispatch_uid="pagecache-m2m")
    for dotted in _setting("PAGE_CACHE_SIGNALS", ()):  # bulk writes (QuerySet.update) announce themselves
        import_string(dotted).connect(content_changed, dispatch_uid=f"pagecache-{dotted}")


# --- Which requests and responses --------------------------------------------------------------------


def _variant_prefixes():
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def is_public_path(request) -> bool:
    return request.path_info.startswith(_variant_prefixes())


def has_private_cookies(request) -> bool:
    return any(name in request.COOKIES for name in (settings.SESSION_COOKIE_NAME, "messages"))


def _search_parameter(request) -> str | None:
    """The search parameter PAGE_CACHE_QUERIES allows on this path (after the variant prefix), if any."""
    rest = request.path_info.split("/", 2)[2] if request.path_info.count("/") >= 2 else ""
    return _setting("PAGE_CACHE_QUERIES", {}).get("/" + rest)


def page_key(request) -> str | None:
    """The cache key of a request whose page may be cached, else None."""
    if request.method not in ("GET", "HEAD") or not is_public_path(request) or has_private_cookies(request):
        return None
    if any(request.path_info.endswith(suffix) for suffix in _setting("PAGE_CACHE_SKIP_SUFFIXES", ())):
        return None
    query = request.GET
    searched = _search_parameter(request)
    allowed = {"page"} | ({searched[0]} if searched else set())
    if any(name not in allowed or len(query.getlist(name)) != 1 for name in query):
        return None
    page = query.get("page")
    if page is not None and (
        not page.isdigit() or page != str(int(page)) or not 1 <= int(page) <= _setting("PAGE_CACHE_MAX_PAGE", 20)
    ):
        return None
    if searched and len(query.get(searched[0], "")) > searched[1]:
        return None
    url = f"{request.scheme}://{request.get_host()}{request.path}?{urlencode(sorted(query.items()))}"
    return hashlib.blake2b(url.encode(), digest_size=16).hexdigest()


def is_search_page(request) -> bool:
    """A page PAGE_CACHE_QUERIES names, asked for with its search parameter: stored within the budget."""
    searched = _search_parameter(request)
    return bool(searched and searched[0] in request.GET)


def _within_budget() -> bool:
    """Spend one of this minute's PAGE_CACHE_QUERY_BUDGET new search pages (shared by every worker)."""
    key = f"{BUDGET_KEY}{int(time.time() // 60)}"
    cache.add(key, 0, 120)
    return cache.incr(key) <= _setting("PAGE_CACHE_QUERY_BUDGET", 600)


def _storable(response, search=False) -> bool:
    """The converter's rules (a 200, not marked uncacheable, bounded size) and nothing private. A search
    page is marked uncacheable for the converter (whose cache has no budget) but may be stored here."""
    control = response.get("Cache-Control", "")
    fits = is_cacheable(response) or (
        search and response.status_code == 200 and len(response.content) <= CACHE_MAX_BYTES
    )
    return (
        not response.streaming and fits and not response.cookies
        and "private" not in control and "no-store" not in control
    )


def _is_private(request, response) -> bool:
    """Pages for one person: cookies set, a session or messages, a signed-in user, the admin, and any page
    that put a CSRF token in its HTML (Django then re-sends the cookie; checked here on its own too)."""
    user = getattr(request, "user", None)
    return (
        bool(response.cookies) or has_private_cookies(request) or bool(user is not None and user.is_authenticated)
        or request.path_info.startswith("/admin/") or bool(request.META.get("CSRF_COOKIE_NEEDS_UPDATE"))
    )


# --- The middleware ----------------------------------------------------------------------------------


class PageCacheMiddleware:
    """Serves anonymous readers' pages from the shared cache; sets Cache-Control, ETag, Last-Modified
    and Vary on every response and answers conditional requests with 304."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = page_key(request) if _setting("PAGE_CACHE_ENABLED", True) else None
        state = None
        if key:
            state, stored = self._lookup(key)
            full_key = f"{PAGE_KEY}{state[0]}:{key}"
            if stored is not None:
                return self._conditional(request, _rebuild(stored))
        response = self.get_response(request)
        if _is_private(request, response):
            patch_cache_control(response, private=True, no_store=True)
            patch_vary_headers(response, ("Cookie",))
            return response
        if not is_public_path(request):
            if 300 <= response.status_code < 400 and "Cache-Control" not in response:
                # An unprefixed address redirects by the reader's remembered variant and languages.
                patch_cache_control(response, private=True, no_cache=True)
                patch_vary_headers(response, ("Cookie", "Accept-Language"))
            return response  # static files, robots.txt, the sitemap index: as their views say
        enabled = _setting("PAGE_CACHE_ENABLED", True)
        self._public(response, (state or current_state())[2] if enabled else None)
        if key and _storable(response, search := is_search_page(request)):
            if not search:
                _safe(lambda: cache.set(full_key, _stored(response), _setting("PAGE_CACHE_SECONDS", 24 * 3600)))
            elif _safe(_within_budget, False):
                _safe(lambda: cache.set(full_key, _stored(response), _setting("PAGE_CACHE_QUERY_SECONDS", 900)))
        return self._conditional(request, response)

    def _lookup(self, key):
        """The current state and the stored page, in one round trip while the generation is the one this
        process saw last (the usual case): the state is read every time, the page key guessed from it."""
        state_key = STATE_KEY + code_version()
        guess = getattr(self, "_last_generation", None)
        guess_key = f"{PAGE_KEY}{guess}:{key}"
        found = _safe(lambda: cache.get_many([state_key, guess_key]), {}) if guess else {}
        state = current_state(state=found.get(state_key, UNREAD))
        self._last_generation = state[0]
        if guess == state[0]:
            return state, found.get(guess_key)
        full_key = f"{PAGE_KEY}{state[0]}:{key}"
        return state, _safe(lambda: cache.get(full_key))

    @staticmethod
    def _public(response, changed_at):
        if response.status_code == 200 and not response.streaming and not response.has_header("ETag"):
            set_response_etag(response)  # also under a view's own Cache-Control (the sitemaps' cache_page)
        if "Cache-Control" in response or response.status_code not in (200, 301, 404):
            return
        patch_cache_control(
            response, public=True, max_age=_setting("PAGE_CACHE_MAX_AGE", 60),
            stale_while_revalidate=_setting("PAGE_CACHE_STALE", 600),
        )
        # The address names the variant; the reader's cookies change nothing on a public page.
        vary = [v.strip() for v in response.get("Vary", "").split(",") if v.strip() and v.strip().lower() != "cookie"]
        if vary:
            response["Vary"] = ", ".join(vary)
        elif "Vary" in response:
            del response["Vary"]
        if response.status_code == 200 and not response.streaming:
            if changed_at is not None:  # the generation's start, known when the page cache is on
                response["Last-Modified"] = http_date(changed_at)

    @staticmethod
    def _conditional(request, response):
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        last_modified = response.get("Last-Modified")
        return get_conditional_response(
            request, etag=response.get("ETag"), last_modified=parse_http_date_safe(last_modified or ""),
            response=response,
        )


def _stored(response) -> tuple:
    return (response.status_code, response.content, list(response.items()))


def _rebuild(stored) -> HttpResponse:
    status, content, headers = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response
