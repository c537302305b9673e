"""Characters a copy lost on the way, of which only a placeholder is left: U+FFFD (a decoder's "not this
encoding"), or ASCII "?" where an encoder had no code for a character (a UTF-8 page saved as GB2312 loses the
rare characters of names, 朱镕基 → 朱?基, 王喆 → 王?). Nothing says what the character was, so nothing is
repaired: the editor is told where to look. (GBK byte damage, whose "?" its model explains, is
``gbk_damage``'s, and repaired there.)

A "?" is a question mark after a question (吗, 呢, 什么, 是否, 好不好 … in its clause) or at a clause's end; taken for
a lost character only between two Han characters (or a Han character and a comma, which never stands beside a
question mark), or as a run of them beside one, in a clause that asks nothing. The mark is left as it is (not set
full width by zhtext.punctuation, so no run of damaged punctuation takes it either).
"""
from __future__ import annotations

import re

from .chars import HAN_CLASS

_HAN = re.compile(HAN_CLASS)
_MARKER_RUN = re.compile(r"\ufffd+|\?+")
_COMMAS = "，、；：,;:"
_CLAUSE_CHARS = 200
_CLAUSE_END = re.compile(r"[。！？!?，,；;：:\n]")
_ASKS = re.compile(r"[吗嗎呢吧么麼嘛呀哪谁誰几幾何岂豈问問]|什么|什麼|怎|如何|为何|為何|为什么|為什麼|多少|是否|难道|難道|能否|可否|是不是|有没有|有沒有|(.)[不没沒]\1")  # 好不好, 去没去


def lost_characters(text: str) -> list[tuple[int, int]]:
    """(start, end) of each placeholder for a lost character: every U+FFFD run, and the "?" runs described above."""
    out = []
    for m in _MARKER_RUN.finditer(text):
        if m.group(0)[0] == "\ufffd":
            out.append(m.span())
            continue
        left, right = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        # (a question mark never stands beside a comma: 为期五?， lost its 天, ，?程 its 课)
        han_left, han_right = bool(_HAN.match(left)), bool(_HAN.match(right))
        comma_left, comma_right = bool(left) and left in _COMMAS, bool(right) and right in _COMMAS
        between = (han_left or comma_left) and (han_right or comma_right) and (han_left or han_right)
        beside = len(m.group(0)) >= 2 and (han_left or han_right)
        if not (between or beside):
            continue
        # its clause: back to the last mark, read at most _CLAUSE_CHARS back (a text of many "?" is read once)
        window = max(0, m.start() - _CLAUSE_CHARS)
        clause_start = max((c.end() for c in _CLAUSE_END.finditer(text, window, m.start())), default=window)
        if not _ASKS.search(text, clause_start, m.start()):
            out.append(m.span())
    return out
