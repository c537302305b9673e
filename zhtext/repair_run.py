"""The machinery every repair stage of zhtext.reprint shares: an edit on a span of one paragraph,
and a run that records each edit as a Repair, decides it (certain ones accepted unless the editor
said otherwise) and applies the accepted ones. Kept apart so reprint.py reads as the pipeline."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .chrome import contains_sentence

# Moved into a field (title, date, credits), or a second copy of text the article keeps (zhtext.repeats), not
# removed: never a deleted sentence.
MOVES = ("metadata", "credit", "headline", "duplicate")


@dataclass(frozen=True)
class Repair:
    kind: str
    before: str
    after: str
    paragraph: int  # index of the input block (line or HTML block)
    certain: bool = True
    id: str = ""
    accepted: bool = True
    label: str = ""  # what was found, in Chinese
    context: str = ""  # the text around it
    removes_sentence: bool = False


@dataclass(frozen=True)
class EditorWarning:
    kind: str
    message: str  # Chinese, for editors
    paragraph: int | None
    excerpt: str = ""


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    after: str
    kind: str
    certain: bool = True
    label: str = ""
    silent: bool = False  # applied without a repair record (damage markers shown as U+FFFD)
    fallback: str | None = None  # what the span becomes when the repair is rejected


class Run:
    """One run of the pipeline: proposes repairs, decides them, applies the accepted ones."""

    def __init__(self, decisions: Mapping[str, bool] | None, accept_all: bool) -> None:
        self.decisions = decisions or {}
        self.accept_all = accept_all
        self.repairs: list[Repair] = []
        self.warnings: list[EditorWarning] = []
        self._seen: Counter = Counter()
        # characters a byte lost in transcoding may still be guessed in this import (zhtext.read_as_gbk): each
        # costs a few milliseconds, so a hostile paste of garbled text cannot hold the request for minutes
        self.guesses_left = 400

    def propose(self, kind, para, before, after, certain=True, label="", context="") -> bool:
        key = (para, kind, before, after)
        n = self._seen[key]
        self._seen[key] += 1
        digest = hashlib.sha1(f"{before}\u2192{after}".encode()).hexdigest()[:8]
        rid = f"{para}-{kind}-{digest}-{n}"
        # moved into a field (title, date, credits), not removed
        sentence = not after and kind not in MOVES and contains_sentence(before)
        certain = certain and not sentence
        accepted = True if self.accept_all else self.decisions.get(rid, certain)
        self.repairs.append(
            Repair(kind, before, after, para, certain, rid, accepted, label, context, sentence)
        )
        return accepted

    def apply(self, text: str, para: int, edits: Iterable[Edit]) -> str:
        out: list[str] = []
        pos = 0
        for e in sorted(edits, key=lambda e: (e.start, -e.end)):
            if e.start < pos:
                continue  # overlaps an earlier edit: the earlier one decides
            before = text[e.start : e.end]
            if e.silent or self.propose(
                e.kind, para, before, e.after, e.certain, e.label,
                text[max(0, e.start - 10) : e.start] + "【" + before + "】" + text[e.end : e.end + 10],
            ):
                out.append(text[pos : e.start])
                out.append(e.after)
                pos = e.end
            elif e.fallback is not None:
                out.append(text[pos : e.start])
                out.append(e.fallback)
                pos = e.end
        out.append(text[pos:])
        return "".join(out)

    def warn(self, kind: str, message: str, para: int | None, excerpt: str = "") -> None:
        self.warnings.append(EditorWarning(kind, message, para, excerpt))
