"""Remove pinyin annotations glued after Han characters, e.g. 學(xué) -> 學.

Some reprint sites run a converter that appends the reading of selected
characters in parentheses.  An annotation is only removed when it really is
a reading of the character in front of it, so ordinary parentheses such as
"（撰稿：…）", "(AI)" or a pinyin that does not belong to that character survive.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pypinyin import Style, pinyin

from .chars import HAN_CLASS

# Letters that occur in pinyin annotations (lower case only: real annotations
# are lower case, and "(AI)" must not be mistaken for 爱's reading "ai").
PINYIN_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ:"
_BODY = rf"[{PINYIN_LETTERS}]{{1,7}}"
# One annotation in ASCII or full-width parentheses (mixed pairs tolerated).
ANNOTATION = rf"[(（](?P<py>{_BODY})[)）]"
ANNOTATION_RE = re.compile(ANNOTATION)
# A Han character followed by one or more annotations.
GLUED_RE = re.compile(rf"(?P<ch>{HAN_CLASS})(?P<anns>(?:{ANNOTATION})+)")

_TONE_MARKS = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}


def normalize_syllable(py: str) -> str | None:
    """Return the syllable as TONE3 ("lv4", "xue2", "ping" when toneless).

    ü may be written ü, v or u: ; tone marks become a trailing digit.
    Returns None when the text cannot be a pinyin syllable.
    """
    py = py.strip().lower().replace("u:", "v")
    tone = ""
    letters = []
    for ch in unicodedata.normalize("NFD", py):
        if ch in _TONE_MARKS:
            if tone:
                return None  # two tone marks: not a syllable
            tone = _TONE_MARKS[ch]
        elif ch == "\u0308":  # diaeresis of ü
            if not letters or letters[-1] != "u":
                return None
            letters[-1] = "v"
        elif "a" <= ch <= "z":
            letters.append(ch)
        else:
            return None
    if not letters:
        return None
    return "".join(letters) + tone


@lru_cache(maxsize=8192)
def readings(ch: str) -> frozenset[str]:
    """All TONE3 readings of a character, plus their toneless forms."""
    out: set[str] = set()
    for style in (Style.TONE3, Style.NORMAL):
        for group in pinyin(ch, style=style, heteronym=True, errors=lambda _x: [""]):
            for r in group:
                r = r.replace("ü", "v")
                if r and r.isascii():
                    out.add(r)
                    out.add(r.rstrip("12345"))
    return frozenset(out)


def is_reading(ch: str, py: str) -> bool:
    """True when *py* (as written in an annotation) is a reading of *ch*."""
    norm = normalize_syllable(py)
    if norm is None:
        return False
    rs = readings(ch)
    if norm in rs:
        return True
    # Neutral tone written as "5" or ASCII-only tone numbers are not used by the
    # sites we have seen; a toned annotation must match a toned reading.
    return False


# An annotation split by a second one, as produced when the site's byte-level
# replacement matched GBK bytes inside an earlier annotation: 動(dòn(jí)g).
NESTED_RE = re.compile(
    rf"(?P<ch>{HAN_CLASS})[(（](?P<a>[{PINYIN_LETTERS}]{{1,6}})"
    rf"[(（](?P<inner>{_BODY})[)）](?P<b>[{PINYIN_LETTERS}]{{0,6}})[)）]"
)


def _unnest(text: str, changes: list[tuple[str, str]]) -> str:
    def repl(m: re.Match[str]) -> str:
        ch, a, b, inner = m.group("ch"), m.group("a"), m.group("b"), m.group("inner")
        try:
            pair = a.encode("gbk")[-2:]  # the bytes the inserted group follows
            straddled = pair.decode("gbk")
        except (UnicodeError, ValueError):
            return m.group(0)
        if len(straddled) == 1 and is_reading(ch, a + b) and is_reading(straddled, inner):
            changes.append((m.group(0), ch))
            return ch
        return m.group(0)

    return NESTED_RE.sub(repl, text)


def strip_annotations(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Remove every run of annotations that are readings of the preceding char.

    Returns the cleaned text and (before, after) pairs for the report.  When a
    run contains an annotation that is not a reading, the valid ones before it
    are removed and the rest is left alone.
    """
    changes: list[tuple[str, str]] = []

    def repl(m: re.Match[str]) -> str:
        ch = m.group("ch")
        anns = m.group("anns")
        pos = 0
        for am in ANNOTATION_RE.finditer(anns):
            if am.start() != pos or not is_reading(ch, am.group("py")):
                break
            pos = am.end()
        if pos == 0:
            return m.group(0)
        changes.append((ch + anns[:pos], ch))
        return ch + anns[pos:]

    text = _unnest(text, changes)
    return GLUED_RE.sub(repl, text), changes


def has_annotation(text: str) -> bool:
    """True when *text* still contains a glued annotation that is a reading."""
    return bool(strip_annotations(text)[1])


def annotation_edits(text: str) -> list[tuple[int, int, str]]:
    """The same removals as strip_annotations, as (start, end, replacement) spans of *text*.

    Nested annotations are resolved first; the glued ones are then found in what is left, so a
    span never overlaps another."""
    nested: list[tuple[str, str]] = []
    spans: list[tuple[int, int, str]] = []
    for m in NESTED_RE.finditer(text):
        before = len(nested)
        _unnest(m.group(0), nested)
        if len(nested) > before:
            spans.append((m.start(), m.end(), m.group("ch")))
    covered = [(s, e) for s, e, _ in spans]
    for m in GLUED_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in covered):
            continue
        ch, anns = m.group("ch"), m.group("anns")
        pos = 0
        for am in ANNOTATION_RE.finditer(anns):
            if am.start() != pos or not is_reading(ch, am.group("py")):
                break
            pos = am.end()
        if pos:
            spans.append((m.start(), m.start() + 1 + pos, ch))
    return sorted(spans)


# --- Romanisation runs: "…工种。zhè cì dà sài gòng yǒu" ------------------------------------------
# Some converters append the pinyin of a sentence (toned or toneless) instead of annotating each
# character. A run of two or more syllables is removed when it spells Han text just before it
# (certain), or proposed for removal when it is toned or long but matches nothing (uncertain).
_SYLLABLE_RE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|vn"
    r"|ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v)[1-5]?"
)
_TOKEN = rf"[{PINYIN_LETTERS}]+"
# A run starts where its first word does (not inside a long word, and its words are taken whole): the
# regex then rejects each other position at once, where backtracking made a 20,000-letter word cost 8 s.
_RUN_RE = re.compile(rf"(?<![A-Za-z0-9{PINYIN_LETTERS.replace(':', '')}]){_TOKEN}+(?:[\s']+{_TOKEN}+)+(?![A-Za-z0-9])")
_HAN_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _syllables(run: str) -> list[str] | None:
    out = []
    for token in re.split(r"[\s']+", run.strip()):
        norm = normalize_syllable(token)
        if norm is None or not _SYLLABLE_RE.fullmatch(norm):
            return None
        out.append(norm.rstrip("12345"))
    return out


def _spells(syllables: list[str], han: str) -> bool:
    """True when the syllables read a contiguous stretch of *han*."""
    n = len(syllables)
    sets = [readings(c) for c in han]
    return any(all(s in sets[i + k] for k, s in enumerate(syllables)) for i in range(len(han) - n + 1))


def romanisation_runs(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, certain) of pinyin runs that follow Han text; the span includes the blank before it."""
    out = []
    for m in _RUN_RE.finditer(text):
        syllables = _syllables(m.group(0))
        if not syllables:
            continue
        han = "".join(_HAN_RE.findall(text[max(0, m.start() - 80) : m.start()]))
        if not han:
            continue
        toned = any(ch in m.group(0) for ch in "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ")
        certain = _spells(syllables, han)
        if certain or toned or len(syllables) >= 4:
            start, end = m.start(), m.end()
            if start > 0 and end < len(text) and text[start - 1] in "(（" and text[end] in ")）":
                start, end = start - 1, end + 1  # "车工(chē gōng)": the brackets go with it
            while start > 0 and text[start - 1] in " \t\u3000":
                start -= 1
            out.append((start, end, certain))
    return out
