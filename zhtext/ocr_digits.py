"""Letters an OCR or a typist put in a number's place: O and o for 0, l and I for 1, 〇 among Arabic digits
(2O24年9月1O日, l0日, 1〇日). A date or a count with them reads as no date or count, so the publication date of
`2O24-O9-1O` was lost.

A run of digits and such letters is read as a number only where it is one: at least one real digit in it, no
Latin letter on either side (B2O, O2O模式 and iOS 17 stay), and a unit of a date, a time or a count after it
(年 月 日 时 分 号 期 名 家 人 个 % 元 万 …), or a date's or a time's separator joining it to another number
(2O24-O9-1O, 1O:2O).
"""
from __future__ import annotations

import re

_LOOKS = "OolI〇"
_AS_DIGIT = str.maketrans({"O": "0", "o": "0", "〇": "0", "l": "1", "I": "1"})
_RUN = re.compile(rf"(?<![A-Za-z])[0-9{_LOOKS}]*[0-9][0-9{_LOOKS}]*(?![A-Za-z])")
_UNIT = re.compile(r"\s?[年月日时時分秒号號期名家人个個位项項%％元万萬亿億届屆岁歲天次条條所座]")
_SEPARATORS = "-/:：."


def digit_edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, the number) for each number written with letters in it."""
    runs = list(_RUN.finditer(text))
    edits = []
    for n, m in enumerate(runs):
        run = m.group(0)
        if not any(c in _LOOKS for c in run):
            continue
        after, before = text[m.end():m.end() + 1], text[m.start() - 1:m.start()]
        joined = (after and after in _SEPARATORS and n + 1 < len(runs) and runs[n + 1].start() == m.end() + 1) or (
            before and before in _SEPARATORS and n and runs[n - 1].end() == m.start() - 1)
        if joined or _UNIT.match(text, m.end()):
            edits.append((m.start(), m.end(), run.translate(_AS_DIGIT)))
    return edits
