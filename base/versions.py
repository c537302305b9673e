"""Versions of what is worked out from the content and kept in the shared cache.

A version is a random token under one cache key; what is derived from the content is stored under keys
that hold the token. A write drops the key (now, and again when its transaction commits, so a value
worked out in between from the old rows is not kept under the next version), and the next reader starts
a new version: nothing stale is read and nothing has to be found and deleted. A version also ends when
`until()` says the content changes with no write (an article whose publication or expiry time comes).

    COUNTS = CacheVersion("news:archive-version", until=next_scheduled_change)
    COUNTS.kept("news", lambda: articles.count())   # under f"news:archive-version:{token}:news"
    COUNTS.forget()

Used by the page cache (config.pagecache: its generation) and the news lists' counts and months
(news.archive). A failing cache is the caller's concern (the page cache treats every failure as a miss).
"""
from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import NamedTuple

from django.core.cache import cache
from django.db import transaction

UNREAD = object()


class State(NamedTuple):
    token: str
    ends_at: float | None  # epoch seconds of the next change no write marks, if any
    began: float           # epoch seconds: when the content last changed, as far as this version knows


class CacheVersion:
    def __init__(self, key: str | Callable[[], str], until: Callable[[], float | None] | None = None,
                 seconds: int = 24 * 3600):
        self._key, self.until, self.seconds = key, until, seconds

    @property
    def key(self) -> str:
        return self._key() if callable(self._key) else self._key

    def current(self, stored=UNREAD, now: float | None = None) -> State:
        """The version in force, starting a new one if there is none or its time has come. `stored`: the
        value of `key` (None if absent) when the caller has read it already, with other keys in one
        round trip."""
        now = now or time.time()
        state = cache.get(self.key) if stored is UNREAD else stored
        if state is not None:
            state = State(*state)
            if state.ends_at is None or now < state.ends_at:
                return state
        ends_at = self.until() if self.until else None
        state = State(uuid.uuid4().hex[:16], ends_at, now)
        # The key outlives nothing it describes: at most `seconds`, and a second past the scheduled change.
        seconds = self.seconds if ends_at is None else max(1, min(self.seconds, int(ends_at - now) + 1))
        cache.set(self.key, tuple(state), seconds)
        return state

    def kept(self, name: str, compute: Callable[[], object], seconds: int | None = None,
             worth_keeping: Callable[[object], bool] | None = None):
        """compute(), kept under `name` in this version for `seconds` (the version's own by default); only
        when worth_keeping(value) says so, if given (a value that costs less than its key is not kept)."""
        key = f"{self.key}:{self.current().token}:{name}"
        value = cache.get(key)
        if value is None:
            value = compute()
            if worth_keeping is None or worth_keeping(value):
                cache.set(key, value, self.seconds if seconds is None else seconds)
        return value

    def forget(self) -> None:
        """End the version now and again once the writing transaction commits."""
        key = self.key
        cache.delete(key)
        transaction.on_commit(lambda: cache.delete(key), robust=True)  # a failure is logged, not raised
