"""Characters a copy puts between Chinese characters that the text never had.

- **Invisible characters**: zero-width spaces, a byte-order mark inside the text, soft hyphens, direction
  marks and controls, a variation selector after a Han character, and the blanks social media draw with
  (ㅤ U+3164, ⠀ U+2800; a space between Latin words). Editors cannot see them, but search and the name finder
  read 劳模\u200b工匠 as two words. (The zero-width joiner and the variation selectors after an emoji belong to
  its sequence: the emoji stage reads them.)
- **Spaces between Chinese characters**, in a paragraph that holds a sentence (a headline may use a
  space as a pause: 推動工匠學院 培育技術人才). Chinese separates nothing with spaces, so:
  a letter-spaced run (全 国 劳 模, three characters or more each one space apart, as justified text
  copies) and a space beside a Chinese mark (授课 。 / 。 他) are certain; any other single space between two
  Chinese characters (数\u00a0控) is proposed, since a list may pad a name (王　强). A line whose every
  character stands apart (劳 模 工 匠 学 院) loses its single gaps whatever they part, headline or not.

- **A line drawn twice** (杭杭州州市市, a PDF's fake bold copied): each character once.

Each function returns (start, end, replacement, certain).
"""

from __future__ import annotations

import re

from .chars import HAN_CLASS, is_han
from .chrome import contains_sentence

# Format characters: soft hyphen, Mongolian vowel separator and variation selectors (not after a Mongolian
# letter, which they shape), zero-width space and non-joiner, direction marks, embeddings, overrides and
# isolates, word joiner and invisible operators, the combining grapheme joiner, Khmer's inherent vowels, the
# byte-order mark.
_INVISIBLE_RE = re.compile("(?<![\u1800-\u18af])[\u180b-\u180d\u180f]+|[\u00ad\u034f\u061c\u17b4\u17b5\u180e\u200b\u200c\u200e\u200f\u202a-\u202e"
                           "\u2060-\u2064\u2066-\u2069\ufeff]+")
# Characters that draw nothing and that social media use as a blank a space would not give (Hangul fillers,
# the blank Braille pattern): no space between Chinese, one between Latin words.
_BLANK_RE = re.compile("[\u115f\u1160\u3164\uffa0\u2800]+")
_GAP = "[ \u00a0\u3000]"
_HAN = HAN_CLASS
_LETTER_SPACED_RE = re.compile(rf"{_HAN}(?:{_GAP}{_HAN}){{2,}}")
_BEFORE_MARK_RE = re.compile(rf"(?<={_HAN}){_GAP}+(?=[，。、；：！？”」』）》])|(?<=[，。、；：！？“「『（《]){_GAP}+(?={_HAN})")
_BETWEEN_RE = re.compile(rf"(?<={_HAN}){_GAP}(?={_HAN})")
_GAP_RUN_RE = re.compile(f"{_GAP}+")
_SINGLE_GAP_RE = re.compile(rf"(?<=[^ \u00a0\u3000]){_GAP}(?=[^ \u00a0\u3000])")


# A variation selector after a Han character (葛\U000e0100: an ideographic variation sequence, a Japanese or Hong Kong
# font's glyph choice): invisible, no font of the site honours it, and search and the name finder read past it.
# After an emoji or a digit it is the emoji's own (❤️, 1️⃣) and stays for the emoji stage.
_HAN_VARIATION_RE = re.compile(rf"(?<={HAN_CLASS})[\ufe00-\ufe0f\U000e0100-\U000e01ef]+")


def _latin_both_sides(text: str, start: int, end: int) -> bool:
    left, right = text[start - 1:start], text[end:end + 1]
    # between two words (a letter on one side at least): 3ㅤ2 is one number
    return (left + right).isascii() and left.isalnum() and right.isalnum() and not (left + right).isdigit()


def find_invisibles(text: str) -> list[tuple[int, int, str, bool]]:
    found = [(m.start(), m.end(), "", True) for m in _INVISIBLE_RE.finditer(text)]
    found += [(m.start(), m.end(), " " if _latin_both_sides(text, m.start(), m.end()) else "", True)
              for m in _BLANK_RE.finditer(text)]
    found += [(m.start(), m.end(), "", True) for m in _HAN_VARIATION_RE.finditer(text)]
    return sorted(found)


def letter_spaced(text: str) -> bool:
    """Every character of the line stands apart (劳 模 工 匠 学 院 举 办, 5 月 7 日 ， 全 市 1 8 家): a copy of
    justified or letter-spaced type, headline or not. Four in five of its pieces between spaces are one
    character, and at least four of them Han."""
    pieces = _GAP_RUN_RE.split(text.strip())
    singles = [p for p in pieces if len(p) == 1]
    return len(pieces) >= 6 and len(singles) * 5 >= len(pieces) * 4 and sum(map(is_han, singles)) >= 4


def find_stray_spaces(text: str) -> list[tuple[int, int, str, bool]]:
    """Spaces between Chinese characters (see the module), in a paragraph that holds a sentence once they
    are taken out (they cut its clauses into pieces too short to count). In a letter-spaced line every
    single gap goes, beside digits and Latin letters too (a wider gap stays a space: it was a word's)."""
    if letter_spaced(text):
        return [(m.start(), m.end(), "", True) for m in _SINGLE_GAP_RE.finditer(text.rstrip())]
    if not contains_sentence(_BETWEEN_RE.sub("", _BEFORE_MARK_RE.sub("", text))):
        return []
    out = [(m.start(), m.end(), "", True) for m in _BEFORE_MARK_RE.finditer(text)]
    spaced = [(m.start(), m.end()) for m in _LETTER_SPACED_RE.finditer(text)]
    for m in _BETWEEN_RE.finditer(text):
        certain = any(start < m.start() < end for start, end in spaced)
        out.append((m.start(), m.end(), "", certain))
    return sorted(set(out))


def find_doubled(text: str) -> list[tuple[int, int, str, bool]]:
    """A line with every character twice (杭杭州州市市劳劳模模): a PDF's fake bold, its text drawn twice a hair apart,
    copied. Six characters or more, three of them different (哈哈哈哈哈哈 is laughter); certain, since no
    writing doubles every character of a line."""
    line = text.strip()
    half = line[::2]
    if len(line) < 12 or len(line) % 2 or line[1::2] != half or len(set(half)) < 3:
        return []
    start = text.index(line)
    return [(start, start + len(line), half, True)]
