"""The directory's names as a user dictionary for jieba (issue 15.4).

jieba's dictionary is process-wide. Names of people, academies, organisations … are added to it, in
both scripts, so that segmentation keeps them whole: the proposals' name check (jieba.posseg), the search
index's words (zhtext.search) and the ranking of byte-damage repairs (zhtext.gbk_damage, which prefers
candidates that make dictionary words) all know them.

Plain Python: the caller that knows the directory registers a provider (`set_provider`), called lazily the
first time jieba is needed and again at most every `RECHECK_SECONDS`, so a name added in another process
reaches this one without a query per use and without touching the database at start-up. `add_words` adds
names at once (a record saved in this process).
"""
from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable, Iterable
from functools import cache

from zhtext.script import s2t, t2s

log = logging.getLogger(__name__)
RECHECK_SECONDS = 300
# A name should win over splitting it into common words, but not outweigh the words around it.
NAME_FREQ = 2000

_known: set[str] = set()
_provider: Callable[[], Iterable[tuple[str, str]]] | None = None
_checked_at = float("-inf")
_lock = threading.Lock()
_listeners: list[Callable[[], None]] = []


def on_change(listener: Callable[[], None]) -> None:
    """`listener()` runs after words were added (a module that caches segmentations clears its cache)."""
    if listener not in _listeners:
        _listeners.append(listener)


@cache
def jieba_ready():
    """jieba with its dictionary loaded and its start-up chatter off: loaded once, the first time a module needs it."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.initialize()
    return jieba


@cache
def frequencies() -> tuple[dict[str, int], float]:
    """jieba's live word counts (added names are in them) and the log of their total, for scoring readings."""
    dt = jieba_ready().dt
    return dt.FREQ, math.log(dt.total)


def set_provider(provider: Callable[[], Iterable[tuple[str, str]]] | None) -> None:
    """`provider()` returns every (name, part-of-speech tag) the directory has (nr a person, nt an
    organisation, nz another proper name); None forgets it."""
    global _provider, _checked_at
    _provider, _checked_at = provider, float("-inf")


def _forms(name: str) -> set[str]:
    name = name.strip()
    return {form for form in (name, t2s(name), s2t(name)) if 2 <= len(form) <= 40} if name else set()


def add_words(names: Iterable[tuple[str, str] | str]) -> int:
    """Teach jieba these names, (name, tag) pairs or bare names (tag nz), each in both scripts; returns
    how many words were new."""
    new: dict[str, str] = {}
    for item in names:
        name, tag = (item, "nz") if isinstance(item, str) else item
        for form in _forms(name or ""):
            if form not in _known:
                new.setdefault(form, tag)
    if not new:
        return 0
    import jieba

    with _lock:
        for word in sorted(new):
            jieba.add_word(word, freq=NAME_FREQ, tag=new[word])
        _known.update(new)
    _changed()
    return len(new)


def ensure_words(now: Callable[[], float] = time.monotonic) -> None:
    """Before using jieba: the provider's names, loaded on first use and re-read every RECHECK_SECONDS."""
    global _checked_at
    if _provider is None or now() - _checked_at < RECHECK_SECONDS:
        return
    _checked_at = now()
    try:
        words = list(_provider())
    except Exception:  # the directory unreachable (database down): segment without it, try again later
        log.warning("could not read the directory's names for the segmenter", exc_info=True)
        return
    add_words(words)


def known(word: str) -> bool:
    return word in _known


def forget() -> None:
    """Take every added word out of jieba again and drop the provider (tests keep jieba as they found it)."""
    import jieba

    with _lock:
        for word in _known:
            jieba.del_word(word)
        _known.clear()
    set_provider(None)
    _changed()


def _changed() -> None:
    frequencies.cache_clear()  # jieba's total moved
    for listener in _listeners:
        listener()
