"""Script detection (Simplified vs Traditional) using OpenCC."""

from __future__ import annotations

from functools import cache

import opencc


@cache
def opencc_converter(config: str) -> opencc.OpenCC:
    """One OpenCC object per configuration for the whole package (building one reads its dictionaries)."""
    return opencc.OpenCC(config)


def t2s(text: str) -> str:
    return opencc_converter("t2s.json").convert(text)


def s2t(text: str) -> str:
    return opencc_converter("s2t.json").convert(text)


def detect_script(text: str) -> str:
    """Return 'hant' when the text uses more Traditional-only than
    Simplified-only characters, else 'hans'.

    Converted texts often keep a few Simplified forms (并, 范, 杰), so we count
    rather than require purity.  Ties (e.g. text without Han) give 'hans'.
    """
    trad_only = _count(text, "t2s.json")  # chars that t2s would change
    simp_only = _count(text, "s2t.json")  # chars that s2t would change
    return "hant" if trad_only > simp_only else "hans"


def _count(text: str, config: str) -> int:
    converted = opencc_converter(config).convert(text)
    if len(converted) == len(text):
        return sum(1 for a, b in zip(text, converted, strict=True) if a != b)
    conv = opencc_converter(config)
    return sum(1 for ch in text if conv.convert(ch) != ch)
