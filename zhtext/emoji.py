"""Emoji and pictographs injected into news text, found as whole sequences.

A sequence is one pictograph with everything that belongs to it: a skin-tone modifier, the
emoji variation selector (U+FE0F), tag characters (subdivision flags) and further pictographs
joined by ZERO WIDTH JOINER (🙋🏻‍♂️ is five code points and one emoji); or a pair of regional
indicators (a flag); or a keycap (1️⃣). The Unicode property Extended_Pictographic (through the
``regex`` module, which knows the Unicode emoji properties) decides what a pictograph is.

Symbols that Chinese news text uses as text are not emoji unless U+FE0F asks for the emoji
presentation: © ® ™ ★ ☆ and arrows. A keycap becomes its digit (1️⃣ → 1), since it numbers
something; everything else is removed.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

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
