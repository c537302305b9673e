"""Emoji and pictographs injected into news text, found as whole sequences.

A sequence is one pictograph with everything that belongs to it: a skin-tone modifier, the
emoji variation selector (U+FE0F), tag characters (subdivision flags) and further pictographs
joined by ZERO WIDTH JOINER (🙋🏻‍♂️ is five code points and one emoji); or a pair of regional
indicators (a flag); or a keycap (1️⃣). The Unicode property Extended_Pictographic (through the
``regex`` module, which knows the Unicode emoji properties) decides what a pictograph is.

Symbols that Chinese news text uses as text are not emoji unless U+FE0F asks for the emoji
presentation: © ® ™ ★ ☆ and arrows. A keycap becomes its digit (1️⃣ → 1), since it numbers
something; everything else is removed. Where a writer used emoji instead of a mark between two clauses
(收获满满💪接下来将…), removing them would run the clauses together, so they become a comma
(`emoji_edits`); where they close a paragraph that has no mark of its own, zhtext.reprint adds the full
stop once the paragraph is known to be prose.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .chars import HAN_CLASS

# Extended_Pictographic characters kept as text when they stand without U+FE0F.
_TEXT_SYMBOLS = "©®™★☆↔↕←↑→↓‼⁉"

_PIC = rf"(?:[^\P{{Extended_Pictographic}}{_TEXT_SYMBOLS}]|[{_TEXT_SYMBOLS}]\uFE0F)"
_MOD = r"(?:\uFE0F|\p{Emoji_Modifier})*"
_TAGS = r"[\U000E0020-\U000E007F]*"
EMOJI_RE = regex.compile(
    rf"\p{{Regional_Indicator}}{{1,2}}"
    rf"|(?P<key>[0-9#*])\uFE0F?\u20E3"
    rf"|{_PIC}{_MOD}{_TAGS}(?:\u200D(?:{_PIC}{_MOD}{_TAGS})?)*"
    # what a broken sequence leaves behind: lone modifiers, joiners and selectors
    rf"|[\p{{Emoji_Modifier}}\u200D\uFE0F\u20E3]+"
)


@dataclass(frozen=True)
class Emoji:
    start: int
    end: int
    text: str
    replacement: str  # "" or the keycap's digit


def find_emoji(text: str) -> list[Emoji]:
    out = []
    for m in EMOJI_RE.finditer(text):
        out.append(Emoji(m.start(), m.end(), m.group(0), m.group("key") or ""))
    return out


def closes_with_emoji(text: str) -> bool:
    """The line ends in an emoji and does not open with one: the emoji stands where its sentence's full stop
    would (收获满满💪), which a heading decorated on both sides (🎉 开班啦 🎉) does not."""
    text = text.strip()
    found = find_emoji(text)
    return bool(found) and found[-1].end == len(text) and found[0].start > 0


# A clause a writer closed with emoji instead of a mark: at least this many Han characters each side, with
# no mark between (fewer is a word the emoji may stand for: 我❤️中国).
_CLAUSE = 4
_MARKS = "，。！？；：、,.!?;:…—（）()《》“”‘’「」『』【】[]"
_LEFT_CLAUSE = regex.compile(rf"(?:{HAN_CLASS}[^{regex.escape(_MARKS)}\s]*?){{{_CLAUSE}}}[”’」』）)]?\s*$", regex.V1)
_RIGHT_CLAUSE = regex.compile(rf"\s*[“‘「『（(《]?(?:[^{regex.escape(_MARKS)}\s]*?{HAN_CLASS}){{{_CLAUSE}}}")


def _clause_before(text: str, end: int | None = None) -> bool:
    """text[:end] ends in a clause of _CLAUSE Han characters or more, with no mark after it."""
    end = len(text) if end is None else end
    tail = text[max(0, end - 200):end]  # bounded: a text of many emoji is read once, not once per emoji
    cut = max((tail.rfind(m) for m in _MARKS if m not in "”’」』）)"), default=-1)
    return bool(_LEFT_CLAUSE.search(tail[cut + 1:]))


def emoji_edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for each emoji: its keycap's digit, a comma where a run of emoji (and the
    spaces around it) stands between two clauses, else nothing."""
    found = find_emoji(text)
    edits = []
    i = 0
    while i < len(found):
        j = i  # a run: emoji with only spaces between them
        while j + 1 < len(found) and not text[found[j].end:found[j + 1].start].strip():
            j += 1
        run = found[i:j + 1]
        start, end = run[0].start, run[-1].end
        if len(run) == 1 and run[0].replacement:
            edits.append((start, end, run[0].replacement))
        elif _clause_before(text, start) and _RIGHT_CLAUSE.match(text, end, min(len(text), end + 200)):
            while start and text[start - 1].isspace():
                start -= 1
            while end < len(text) and text[end].isspace():
                end += 1
            edits.append((start, end, "，"))
        elif any(e.replacement for e in run):
            edits += [(e.start, e.end, e.replacement) for e in run]
        else:  # the run goes whole, the spaces between its emoji with it
            edits.append((start, end, ""))
        i = j + 1
    return edits


def closes_clause_with_emoji(raw: str, text: str) -> bool:
    """The raw paragraph closes with emoji where its full stop would be (closes_with_emoji), and the cleaned
    one ends in a clause with no mark."""
    return closes_with_emoji(raw) and _clause_before(text.rstrip())
