"""Characters that are not Chinese text, left inside Han text by byte damage.

Bopomofo (ㄅㄆㄇ…), box drawing (─ ┌ …) and the pinyin tone letters live in GBK next to the Han
characters (rows A8 and A9): one wrong lead byte turns a character into one of them, and visually
ㄧ and ─ pass for 一. For each such character between Han characters the repair tries every Han
character that differs from it in one GBK byte, plus its visual twin, and scores each in context
with the same word-frequency model as the GBK repair, a typed ㄧ's 一 with a head start. A clear
winner is applied (and marked uncertain unless its lead is large); otherwise the spot is flagged with the
best candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gbk_damage import CERTAIN_MARGIN, MARGIN, score
from .punctuation import is_han
from .script import detect_script

STRAYS = "\u3100-\u312f\u31a0-\u31bf\u2500-\u257f\u02c9\u02ca\u02c7\u02cb\u02d9"
_STRAY_RE = re.compile(f"[{STRAYS}]")
_TWINS = {"ㄧ": "一", "─": "一", "━": "一", "ㄨ": "乂", "ㄏ": "厂", "ㄇ": "冂", "ㄖ": "日", "ㄒ": "丁", "ㄎ": "丂"}
_CONTEXT = 6
# Zhuyin typists write ㄧ for 一, so between Han characters it is a typed 一 far more often (e^5, about 150
# times) than byte damage to any one other character: 一 gets this head start (log-probability). Not the
# line-art twins: ─ between two names is a dash (北京─上海).
_TYPED_FOR = {"ㄧ": "一"}
TYPED_PRIOR = 5.0


@dataclass(frozen=True)
class Stray:
    start: int
    end: int
    found: str
    replacement: str  # "" when no clear repair
    certain: bool
    candidates: tuple[str, ...]


def _one_byte_neighbours(ch: str) -> set[str]:
    try:
        b1, b2 = ch.encode("gbk")
    except (UnicodeEncodeError, ValueError):
        return set()
    out = set()
    for x in range(0x81, 0xFF):
        for pair in (bytes((x, b2)), bytes((b1, x))):
            try:
                c = pair.decode("gbk")
            except UnicodeDecodeError:
                continue
            if len(c) == 1 and is_han(c):
                out.add(c)
    return out


def find_strays(text: str) -> list[Stray]:
    out = []
    hant = None
    for m in _STRAY_RE.finditer(text):
        s, e = m.start(), m.end()
        left = text[s - 1] if s else ""
        right = text[e] if e < len(text) else ""
        if not (is_han(left) or is_han(right)):
            continue  # a table drawn with box characters, or bopomofo taught as such
        if hant is None:
            hant = detect_script(text) == "hant"
        ch = m.group(0)
        cands = _one_byte_neighbours(ch) | ({_TWINS[ch]} if ch in _TWINS else set())
        before, after = text[max(0, s - _CONTEXT) : s], text[e : e + _CONTEXT]
        typed = _TYPED_FOR.get(ch)
        ranked = sorted(((score(before + c + after, hant) + (TYPED_PRIOR if c == typed else 0.0), c) for c in cands),
                        reverse=True)
        if not ranked:
            out.append(Stray(s, e, ch, "", False, ()))
            continue
        margin = ranked[0][0] - ranked[1][0] if len(ranked) > 1 else float("inf")
        top = tuple(c for _, c in ranked[:3])
        if margin >= MARGIN:
            out.append(Stray(s, e, ch, ranked[0][1], margin >= CERTAIN_MARGIN, top))
        else:
            out.append(Stray(s, e, ch, "", False, top))
    return out
