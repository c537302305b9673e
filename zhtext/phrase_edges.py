"""OpenCC phrases that reach across a word's edge.

OpenCC converts by the longest phrase of its dictionaries at each point, reading left to right, so a phrase
can take a character from the next word: 带头发展 is read 带/头发/展 and becomes 帶頭髮展 (頭髮 is hair);
工人参加 becomes 工人蔘加 in Hong Kong (人参, ginseng); 评定，并为考核 becomes 併爲考核 (并为, to merge into).
Each is common in this site's news, and each is wrong on a Traditional page.

Only phrases that convert their first or last character otherwise than that character alone can do this
(data/opencc_context.json, `s2t_edge_phrases`, built from OpenCC's own dictionaries). Around each one the
text is cut into words by jieba, the project's segmenter; where the cut splits the phrase, the characters
inside it take the forms their own words give them. The cut is trusted only where jieba had the phrase to
weigh (it is in jieba's dictionary: 并为, 头发) or one of jieba's words reaches across the phrase's edge
(发展 in 带头发展): a phrase jieba does not know (铁制 of 铁制的门, 鐵製) stays as OpenCC converts it.

The phrases are found with one Aho–Corasick automaton, so a text without one costs a single pass; jieba
is loaded the first time a phrase is found, and each window's cut is kept (texts repeat their phrases).
"""
from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path

import ahocorasick_rs

from . import dictionary

# Characters of context on each side of a phrase: enough for the words that meet it (发展, 参加培训).
WINDOW = 4


@cache
def _automaton() -> ahocorasick_rs.AhoCorasick:
    data = json.loads((Path(__file__).parent / "data" / "opencc_context.json").read_text(encoding="utf-8"))
    return ahocorasick_rs.AhoCorasick(data["s2t_edge_phrases"])


@lru_cache(maxsize=16384)
def _cut(window: str) -> tuple[tuple[int, int], ...]:
    """jieba's words of `window` (no HMM: only its dictionary's words) as (start, end) spans."""
    spans, pos = [], 0
    for word in dictionary.jieba_ready().cut(window, HMM=False):
        spans.append((pos, pos + len(word)))
        pos += len(word)
    return tuple(spans)


dictionary.on_change(_cut.cache_clear)  # a name added to jieba may cut a window otherwise


def mend(simplified: str, converted: str, convert: Callable[[str], str]) -> str:
    """`converted` (OpenCC's conversion of `simplified`, character for character) with the characters of
    phrases that reach across a word's edge in the forms `convert` gives their own words."""
    if len(converted) != len(simplified):  # not character for character: nothing to align
        return converted
    hits = _automaton().find_matches_as_indexes(simplified, overlapping=True)
    if not hits:
        return converted
    chars = None
    for _pattern, start, end in hits:
        low, high = max(0, start - WINDOW), min(len(simplified), end + WINDOW)
        words = [(low + a, low + b) for a, b in _cut(simplified[low:high])]
        if not any(start < b < end for _a, b in words):
            continue  # the phrase is one of the words, or inside one
        across = any(a < start < b or a < end < b for a, b in words)
        if not across and simplified[start:end] not in dictionary.frequencies()[0]:
            continue  # jieba never weighed this phrase: its cut says nothing against it
        for a, b in words:
            if b <= start or a >= end:
                continue
            own = convert(simplified[a:b])
            if len(own) != b - a:
                continue
            for k in range(max(a, start), min(b, end)):
                if own[k - a] != converted[k]:
                    chars = chars if chars is not None else list(converted)
                    chars[k] = own[k - a]
    return "".join(chars) if chars is not None else converted
