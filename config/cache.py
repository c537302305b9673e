"""A Redis cache that degrades to "no cache" when Redis is unreachable, instead of failing the page.

Every cache user (the script-variant converter, the glossary version, any page cache) gets this for free
by going through `django.core.cache.cache`: a read answers "not cached", a write is dropped, and the page
is rendered uncached. The outage is logged once (a warning), then calls skip Redis for `RETRY_AFTER`
seconds, so a dead server costs one failed connection per interval, not one per cache call.
"""
import functools
import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger("config.cache")

_MISSING = object()


def _tolerant(fallback):
    """Run the cache call; on a Redis error (or during the pause after one) return `fallback(args)`."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            if self._paused():
                return fallback(*args, **kwargs)
            try:
                result = method(self, *args, **kwargs)
            except RedisError as exc:
                self._went_down(method.__name__, exc)
                return fallback(*args, **kwargs)
            self._came_back()
            return result

        return wrapper

    return decorate


def _default(key, default=None, *args, **kwargs):
    return default


def _none(*args, **kwargs):
    return None


def _false(*args, **kwargs):
    return False


def _empty_dict(*args, **kwargs):
    return {}


def _all_failed(data, *args, **kwargs):
    return list(data)  # set_many returns the keys it could not store


class FaultTolerantRedisCache(RedisCache):
    """django.core.cache.backends.redis.RedisCache whose failures are logged and answered as misses.

    `incr` on a missing key still raises ValueError (that is the cache API, not a fault); with Redis
    down it raises ValueError too, so callers fall back to `set`, which is then dropped.
    """

    def __init__(self, server, params):
        super().__init__(server, params)
        self.retry_after = float(params.get("RETRY_AFTER", 5))
        self._down_until = 0.0
        self._down = False
        self._lock = threading.Lock()

    # --- outage bookkeeping ----------------------------------------------------------------------
    def _paused(self) -> bool:
        return self._down and time.monotonic() < self._down_until

    def _went_down(self, operation: str, exc: Exception) -> None:
        with self._lock:
            first = not self._down
            self._down = True
            self._down_until = time.monotonic() + self.retry_after
        if first:
            logger.warning(
                "Cache unavailable (%s failed: %s); serving pages uncached, retrying every %.0f s",
                operation, exc, self.retry_after,
            )

    def _came_back(self) -> None:
        if self._down:
            with self._lock:
                self._down = False
            logger.warning("Cache reachable again")

    @property
    def is_down(self) -> bool:
        return self._down

    # --- the cache API ---------------------------------------------------------------------------
    add = _tolerant(_false)(RedisCache.add)
    get = _tolerant(_default)(RedisCache.get)
    set = _tolerant(_none)(RedisCache.set)
    touch = _tolerant(_false)(RedisCache.touch)
    delete = _tolerant(_false)(RedisCache.delete)
    get_many = _tolerant(_empty_dict)(RedisCache.get_many)
    has_key = _tolerant(_false)(RedisCache.has_key)
    set_many = _tolerant(_all_failed)(RedisCache.set_many)
    delete_many = _tolerant(_none)(RedisCache.delete_many)
    clear = _tolerant(_false)(RedisCache.clear)

    def incr(self, key, delta=1, version=None):
        if self._paused():
            raise ValueError(f"Key '{key}' not found (cache unavailable)")
        try:
            result = super().incr(key, delta, version)
        except RedisError as exc:
            self._went_down("incr", exc)
            raise ValueError(f"Key '{key}' not found (cache unavailable)") from exc
        self._came_back()
        return result

    def ping(self) -> bool:
        """True when Redis answers now (for the readiness check); never raises."""
        try:
            ok = bool(self._cache.get_client(write=True).ping())
        except RedisError as exc:
            self._went_down("ping", exc)
            return False
        self._came_back()
        return ok


def cache_settings(redis_url: str | None, retry_after: int = 5) -> dict:
    """CACHES for the settings: Redis when a URL is given, else a bounded per-process memory cache.

    A slow or dead Redis costs at most the socket timeouts below per retry interval. The per-process
    cache is for development only: `check --deploy` refuses it when DEBUG is off (config.checks),
    because a glossary change would then reach only the worker that made it.
    """
    if redis_url:
        return {
            "default": {
                "BACKEND": "config.cache.FaultTolerantRedisCache",
                "LOCATION": redis_url,
                "KEY_PREFIX": "craftsman",
                "RETRY_AFTER": retry_after,
                "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1.0},
            }
        }
    return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 1000}}}
