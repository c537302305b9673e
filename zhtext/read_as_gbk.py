"""A page read as GBK that was written in UTF-8 (the best-known Chinese mojibake: 工匠学院 → 宸ュ尃瀛﹂櫌, 劳模 → 鍔虫ā)
or in Big5 (a Taiwan or Hong Kong page opened on the mainland: 勞模 → 骋家), served, opened or pasted as GBK (a
browser's GB18030, or Python's ``gbk`` with ``errors="replace"``).

A run of such characters is turned back into GBK's bytes and read as UTF-8, else as Big5. Where a byte could not
pair into a GBK character (its next byte was ASCII, or the pair is one GBK leaves unassigned) the decoder wrote
U+FFFD for it: that byte is lost, and every byte the source encoding allows there that GBK would also have refused
before the next byte is tried (a handful, not 64). The candidate that makes the likeliest Chinese with its
neighbours (jieba's word frequencies, ``zhtext.gbk_damage.score``) is chosen.

A run with no lost byte reads back exactly; a run with a guessed character is read back too (the garbled run is of
no use to anyone) and the guessed characters are named for the editor, who may refuse the repair. A run is read
back only when what it gives is Chinese (two Han characters or more) and far likelier Chinese than the run as it
stands (jieba's frequencies again): Chinese text is almost never valid UTF-8 as GBK bytes, and what it then gives
(师徒协 → ʦͽЭ) is never likelier.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from math import prod

from . import dictionary
from .chars import is_han
from .decode import COMMON_HAN
from .script import detect_script, t2s

LOST = "\ufffd"
# GBK's characters (two bytes each) with the ASCII and the lost bytes between them; a run starts and ends with
# one of the characters or a lost byte.
# (with the ASCII letter or mark after its last one: Big5's second byte may be ASCII, 、 is A1 42 and reads as �B)
_RUN_RE = re.compile(r"[^\x00-\x7f](?:[^\x00-\x7f]|[\x20-\x7e]{1,40}(?=[^\x00-\x7f]))*[\x40-\x7e]?")
_FIRST_BYTES = [*range(0xE4, 0xEA), 0xE3, 0xEF, 0xE2]  # Han first, then CJK marks, full-width forms, quotes
_CONTINUATION = range(0x80, 0xC0)
_MAX_LOST_SHARE = 0.34  # more lost bytes than one in three characters: too much to guess
_MAX_OPTIONS = 40_000  # a character whose three UTF-8 bytes were all lost (9 × 64 × 64): about 20 ms to try


@dataclass(frozen=True)
class Misread:
    start: int
    end: int
    text: str  # what the run stands for
    guessed: tuple[str, ...] = ()  # the characters chosen for a lost byte (empty: read back exactly)
    source: str = "UTF-8"  # what the page was written in


def _gbk_bytes(run: str) -> list[int | None] | None:
    """The run's bytes as GBK gave them (None: a byte lost), or None when a character is not GBK's."""
    out: list[int | None] = []
    for c in run:
        if c == LOST:
            out.append(None)
        elif c == "€":  # a browser's GB18030 reads the lone byte 0x80 as the euro sign
            out.append(0x80)
        elif ord(c) < 0x80:
            out.append(ord(c))
        else:
            try:
                out += c.encode("gb18030")
            except UnicodeEncodeError:
                return None
    return out


def _plausible(c: str) -> bool:
    """What UTF-8 Chinese text is made of: Han, CJK marks, full-width forms, quotes and dashes."""
    return is_han(c) or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef" or "\u2010" <= c <= "\u2027"


def _utf8_layout(first: int | None) -> list | None:
    """The bytes each place of a UTF-8 character starting with `first` may hold (None: no character starts so)."""
    if first is None:
        return [_FIRST_BYTES, _CONTINUATION, _CONTINUATION]
    size = 2 if 0xC2 <= first <= 0xDF else 3 if 0xE0 <= first <= 0xEF else 4 if 0xF0 <= first <= 0xF4 else 0
    return [[first], *[_CONTINUATION] * (size - 1)] if size else None


_BIG5_FIRST = range(0xA1, 0xFA)
_BIG5_SECOND = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]


def _big5_layout(first: int | None) -> list | None:
    return [_BIG5_FIRST, _BIG5_SECOND] if first is None or 0xA1 <= first <= 0xF9 else None


def _characters(raw: list[int | None], encoding: str, layout) -> list[list[str]] | None:
    """The characters of the bytes in `encoding`, each as its possible readings (one, unless a byte of it was
    lost); None when the bytes are not that encoding's."""
    out, i = [], 0
    while i < len(raw):
        first = raw[i]
        if first is not None and first < 0x80:
            out.append([chr(first)])
            i += 1
            continue
        places = layout(first)
        if places is None or i + len(places) > len(raw):
            return None
        choices = [[raw[k]] if raw[k] is not None else _lost(raw, k, allowed) for k, allowed in enumerate(places, start=i)]
        if any(raw[k] is not None and raw[k] not in allowed for k, allowed in enumerate(places, start=i)):
            return None
        if prod(len(c) for c in choices) > _MAX_OPTIONS:
            return None
        exact = all(len(c) == 1 and raw[k] is not None for k, c in enumerate(choices, start=i))
        readings = []
        for combo in product(*choices):
            try:
                c = bytes(combo).decode(encoding)
            except UnicodeDecodeError:
                continue
            if exact or _plausible(c):
                readings.append(c)
        if not readings:
            return None
        out.append(readings)
        i += len(places)
    return out


# Most GBK text is valid Big5 too, and reads as other Traditional characters (代鲁鲁 → 測糧糧): a run is read as
# Big5 only when it holds what Big5 as GBK leaves and Chinese text does not, a lost byte or a character of GBK's
# rows of kana, Greek, Cyrillic, pinyin, zhuyin and box drawing (Big5's commonest characters land there or are lost:
# 月 → る, 的 → ��).
_BIG5_MARKS = re.compile("[\ufffd\u3040-\u30ff\u0391-\u03c9\u0401-\u0451\u2500-\u257f\u3105-\u3129\u0101-\u01dc]")


# What a page in GBK's hands was written in: (its name, how its bytes read as characters)
_SOURCES = (("UTF-8", lambda raw: _characters(raw, "utf-8", _utf8_layout)),
            ("Big5", lambda raw: _characters(raw, "big5", _big5_layout)))


@lru_cache(maxsize=65536)
def _unpaired(byte: int, following: int) -> bool:
    """Whether GBK's decoder gives up on `byte` before `following`: the decoder lost only such a byte."""
    try:
        bytes([byte, following]).decode("gbk")
    except UnicodeDecodeError:
        return True
    return False


def _lost(raw: list[int | None], at: int, allowed) -> list[int]:
    """The bytes UTF-8 allows at `at` that GBK's decoder could have lost there: the decoder writes U+FFFD for a
    byte that does not pair with the next one (an ASCII byte, or a pair GBK leaves unassigned), so the byte after a
    lost one rules out most of the 64 (when it is known)."""
    following = raw[at + 1] if at + 1 < len(raw) else None
    if following is None:
        return list(allowed)
    return [b for b in allowed if _unpaired(b, following)]


def _likelier(text: str, run: str) -> bool:
    """Whether the reading is far likelier Chinese than the run as it stands (two readings of the same bytes, so
    their probabilities compare): read-back stretches of the corpus gain 9.7 nats or more, while Chinese text
    whose bytes happen to be UTF-8 (师徒协 → ʦͽЭ) would lose 4.7 or more."""
    from .gbk_damage import score

    hant = detect_script(text) == "hant"
    return score(text, hant) >= score(run, hant) + _MARGIN


_MARGIN = 5.0


# A date's or a time's unit between its digits (9月10日, 8时30分): words the dictionary cannot see, as digits break
# its words.
_UNITS = "年月日号时点分秒"
_NEXT_UNIT = {"年": "月", "月": "日号", "日": "时点", "号": "时点", "时": "分", "点": "分", "分": "秒"}
_FIT = 8.0  # what a date's unit or a closing quotation mark adds to a reading's log-probability


def _fitting(before: list[str | None]) -> str:
    """The characters that fit the place after `before` whatever the words: a date's or a time's next unit after
    its digits (9月10日: 日 after 月10), and the quotation mark that closes one left open."""
    known = "".join(c for c in before if c is not None)
    fits = "”" if known.count("“") > known.count("”") else "“"
    digits = re.search(r"(?:(?P<unit>[年月日号时点分])?\d{1,4})$", known)
    if digits:
        fits += _NEXT_UNIT.get(digits.group("unit") or "", _UNITS)  # no unit before the digits: any unit
    return fits


def _chosen(chars: list[list[str]], before: str, after: str) -> tuple[str, tuple[str, ...]]:
    """Each lost byte's character: the reading that makes the likeliest text with four characters each side.
    Each place's readings are first ranked beside the characters read exactly (another guess's place cuts the
    window); then guesses two or fewer characters apart (技术 with both bytes lost) are chosen together from
    their best few, so a word that needs both wins."""
    from .gbk_damage import score  # jieba's frequencies, loaded only when a byte was lost

    freq, _ = dictionary.frequencies()

    text: list[str | None] = [options[0] if len(options) == 1 else None for options in chars]
    lost = [i for i, options in enumerate(chars) if len(options) > 1]
    padded = [*before, *text, *after]
    shift = len(before)
    hant = detect_script("".join(c for c in padded if c is not None)) == "hant"  # a guess in the text's own script

    def window(i: int) -> tuple[str, str]:
        left, right = padded[max(0, i + shift - 4):i + shift], padded[i + shift + 1:i + shift + 5]
        if None in left:
            left = left[len(left) - left[::-1].index(None):]
        if None in right:
            right = right[:right.index(None)]
        return "".join(left), "".join(right)

    ranked, fits = {}, {}
    for i in lost:
        options = chars[i]
        if len(options) > 64:  # two bytes lost: the marks and the characters in use (about 4,000), far fewer to score
            options = [c for c in options if not is_han(c) or freq.get(t2s(c), 0) >= _IN_USE] or options
        left, right = window(i)
        fits[i] = _fitting(padded[:i + shift])
        ranked[i] = sorted(options, key=lambda c: (
            score(left + c + right, hant) + (_FIT if c in fits[i] else 0.0), c in COMMON_HAN), reverse=True)[:_KEPT]
        padded[i + shift] = ranked[i][0]
    for group in _groups(lost):
        if group[1] == group[0] + 1:  # side by side: the words they could make together are candidates too
            for first, second in _words(chars[group[0]], chars[group[1]]):
                ranked[group[0]].append(first)
                ranked[group[1]].append(second)
        lo, hi = group[0] + shift, group[-1] + shift + 1

        def joint(picks: tuple[str, ...], lo: int = lo, hi: int = hi, group: list[int] = group) -> float:
            span = _placed(padded[lo:hi], [i - group[0] for i in group], picks)
            words = "".join(c for c in [*padded[max(0, lo - 4):lo], *span, *padded[hi:hi + 4]] if c is not None)
            return score(words, hant) + sum(_FIT for i, c in zip(group, picks, strict=True) if c in fits[i])

        best = max(product(*(list(dict.fromkeys(ranked[i])) for i in group)), key=joint)
        for i, c in zip(group, best, strict=True):
            padded[i + shift] = c
    text = padded[shift:shift + len(chars)]
    return "".join(text), tuple(text[i] for i in lost)


_IN_USE = 200  # a character's own count in jieba's dictionary: about 4,000 characters have more
_KEPT = 8  # readings kept per place for the joint choice, with the words the pair can make


def _words(firsts: list[str], seconds: list[str], most: int = 8) -> list[tuple[str, str]]:
    """The commonest two-character dictionary words (in either script) with a first and a second from these."""
    freq, _ = dictionary.frequencies()
    simple = {c: t2s(c) for c in {*firsts, *seconds}}  # one character at a time: OpenCC once each, not per pair
    found = [(freq.get(simple[a] + simple[b], 0), a, b) for a in firsts for b in seconds]
    return [(a, b) for f, a, b in sorted(found, reverse=True)[:most] if f]


def _groups(lost: list[int]) -> list[list[int]]:
    """Guessed places two or fewer characters apart, in pairs."""
    groups: list[list[int]] = []
    for i in lost:
        if groups and i - groups[-1][-1] <= 2 and len(groups[-1]) < 2:
            groups[-1].append(i)
        else:
            groups.append([i])
    return [g for g in groups if len(g) > 1]


def _placed(span: list, places: list[int], picks: tuple[str, ...]) -> list:
    span = list(span)
    for place, c in zip(places, picks, strict=True):
        span[place] = c
    return span


def find_read_as_gbk(line: str, guesses: int = 400) -> tuple[list[Misread], int]:
    """Runs of UTF-8 (or Big5) read as GBK in the line, with the Chinese they stand for, and how many lost bytes
    were guessed; at most `guesses` in all (a run that would need more is left as it is)."""
    out, spent = [], 0
    for m in _RUN_RE.finditer(line):
        run = m.group(0)
        lost = run.count(LOST)
        if sum(1 for c in run if ord(c) >= 0x80) < 3 or lost > _MAX_LOST_SHARE * len(run) or spent + lost > guesses:
            continue
        raw = _gbk_bytes(run)
        if raw is None:
            continue
        for source, read in _SOURCES:
            if source == "Big5" and not _BIG5_MARKS.search(run):
                continue
            chars = read(raw)
            if chars is None:
                continue
            if all(len(options) == 1 for options in chars):
                text, guessed = "".join(o[0] for o in chars), ()
            else:
                text, guessed = _chosen(chars, line[max(0, m.start() - 4):m.start()], line[m.end():m.end() + 4])
                spent += lost
            if sum(1 for c in text if is_han(c)) >= 2 and _likelier(text, run):
                out.append(Misread(m.start(), m.end(), text, guessed, source))
                break
    return out, spent
