"""Radicals, strokes and compatibility ideographs that stand for ordinary Han characters (PDF copy damage).

A PDF's font may draw 工 with the glyph of the Kangxi radical ⼯ (U+2F2F), 一 with ⼀, 长 with the simplified
radical ⻓ (U+2ED3); copying its text then gives those code points. They look like the characters, so an editor
cannot see them, but OpenCC does not convert them (⻓ stays on a Traditional page), the mention finder and the
search index read something else, and a screen reader names a radical. Korean fonts and encodings leave the
CJK Compatibility Ideographs the same way (勞 U+F92C for 勞 U+52DE).

Each is replaced by the character it stands for: a radical or a stroke by Unicode's EquivalentUnifiedIdeograph
table (data/radicals.json; for the Kangxi radicals it agrees with NFKC), a compatibility ideograph by its
canonical form (NFC). Only in Chinese text: the edit is certain where the nearest character on either side,
past spaces, is Chinese (a Han character, another such code point, a Chinese mark or a digit); elsewhere in a
line with Chinese it is proposed (型号 A⼯B: a radical cited alone may be meant); a line with no Han character of
its own is left.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from .chars import HAN_CLASS

_DATA = json.loads((Path(__file__).parent / "data" / "radicals.json").read_text(encoding="utf-8"))["pairs"]
_COMPATIBILITY = [*range(0xF900, 0xFB00), *range(0x2F800, 0x2FA20)]


def _table() -> dict[str, str]:
    table = {_DATA[i]: _DATA[i + 1] for i in range(0, len(_DATA), 2)}
    for code in _COMPATIBILITY:
        canonical = unicodedata.normalize("NFC", chr(code))
        if canonical != chr(code) and len(canonical) == 1:  # FA0E 﨎 and its like are unified: they stay
            table[chr(code)] = canonical
    return table


STANDS_FOR = _table()
_RUN = re.compile("[" + "".join(re.escape(c) for c in sorted(STANDS_FOR)) + "]+")
_HAN = re.compile(HAN_CLASS)
_CHINESE = re.compile(rf"{HAN_CLASS}|[\u3000-\u303f\uff01-\uff5e0-9]")
_SPACES = " \t\u00a0\u3000"


def _beside_chinese(text: str, start: int, end: int) -> bool:
    # past at most eight spaces each way (a letter-spaced copy): a line of many runs is read once
    left, right = text[max(0, start - 9):start].rstrip(_SPACES)[-1:], text[end:end + 9].lstrip(_SPACES)[:1]
    return any(c and (_CHINESE.match(c) or c in STANDS_FOR) for c in (left, right))


def radical_edits(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, replacement, certain) for each run of such code points in a line of Chinese."""
    runs = list(_RUN.finditer(text))
    if not runs:
        return []
    if not _HAN.search(_RUN.sub("", text)):  # no Chinese of its own around them
        return []
    return [(m.start(), m.end(), "".join(STANDS_FOR[c] for c in m.group(0)), _beside_chinese(text, m.start(), m.end()))
            for m in runs]


def mended(text: str) -> str:
    """`text` with the certain edits applied (a page's <title>, read apart from its lines)."""
    out, last = [], 0
    for start, end, after, certain in radical_edits(text):
        if certain:
            out += (text[last:start], after)
            last = end
    return "".join(out) + text[last:]
