"""Text a copy holds twice: a page pasted again under itself, a paragraph copied twice, a summary line that the
article's first paragraph repeats (摘要：… / 【导语】… over the same words).

The later copy goes (the first stays where the writer put it), as a repair the editor may refuse; since the
text is kept in its first copy, no sentence is lost, and the removal is certain. Compared as read: Simplified,
spaces and width aside. Only lines long enough to be prose (twelve characters or more): a short line said twice
(是, 图片, a name in a list) may be meant, and a table's rows and a list's items are never judged.
"""
from __future__ import annotations

import re

from .script import t2s

MIN_CHARS = 12
_SUMMARY = re.compile(r"\s*[【\[（(]?(?:摘要|内容摘要|内容提要|提要|导语|导读|摘\s*要)[】\]）)]?\s*[:：]?\s*")
_SPACES = re.compile(r"[\s\u3000]+")


def _read(text: str) -> str:
    return _SPACES.sub("", t2s(text))


def later_copies(blocks: list[tuple[int, str, str]], title: str) -> list[tuple[tuple[int, str, str], str]]:
    """(block, what it repeats: "title", "paragraph" or "summary") for each block that is a later copy."""
    out = []
    seen: set[str] = set()
    headline = _read(title) if title else ""
    for pos, block in enumerate(blocks):
        _idx, kind, text = block
        if kind not in ("p", "h1", "h2", "h3"):
            continue
        read = _read(text)
        if headline and read == headline and pos >= 3:  # the page's headline again, further down (kept[:3]: reprint)
            out.append((block, "title"))
        elif len(read) >= MIN_CHARS and read in seen:
            out.append((block, "paragraph"))
        elif (summary := _SUMMARY.match(simplified := t2s(text))) and pos + 1 < len(blocks):
            said = _read(simplified[summary.end():])
            if len(said) >= MIN_CHARS and _read(blocks[pos + 1][2]).startswith(said):
                out.append((block, "summary"))
                continue
        seen.add(read)
    return out
