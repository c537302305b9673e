"""Script detection (Simplified vs Traditional) using OpenCC."""

from __future__ import annotations

import re
from functools import cache

import opencc


@cache
def opencc_converter(config: str) -> opencc.OpenCC:
    """One OpenCC object per configuration for the whole package (building one reads its dictionaries)."""
    return opencc.OpenCC(config)


# Hong Kong's standard forms that OpenCC's t2s and tw2s leave as they are (衞生 stays 衞生), mapped as hk2s
# maps them, one character for one so that positions keep. The table is OpenCC's own: a test compares it
# with hk2s over every CJK character (tests/zhtext/test_zhtext_script.py).
HK_FORMS = "敍枱潀粧糭衞衹"
_HK_FORM = re.compile(f"[{HK_FORMS}]")
_HK_FOLD = str.maketrans(HK_FORMS, "叙台潨妆粽卫只")


def fold_hk_forms(text: str) -> str:
    """Text written in Hong Kong's forms, with those OpenCC's Taiwan and generic tables miss made Simplified."""
    return text.translate(_HK_FOLD) if _HK_FORM.search(text) else text  # the search is ten times cheaper


def t2s(text: str) -> str:
    return opencc_converter("t2s.json").convert(fold_hk_forms(text))


def t2s_aligned(text: str) -> str:
    """The text in Simplified character for character, so that a position found in it is the text's; the text
    itself where OpenCC's conversion changes its length (a phrase mapped to a longer or shorter one)."""
    simp = t2s(text)
    return simp if len(simp) == len(text) else text


def s2t(text: str) -> str:
    return opencc_converter("s2t.json").convert(text)


def detect_script(text: str) -> str:
    """Return 'hant' when the text uses more Traditional-only than
    Simplified-only characters, else 'hans'.

    Converted texts often keep a few Simplified forms (并, 范, 杰), so we count
    rather than require purity.  Ties (e.g. text without Han) give 'hans'.
    """
    trad_only = _count(text, "t2s.json") + len(_HK_FORM.findall(text))  # chars that t2s (or the HK fold) would change
    simp_only = _count(text, "s2t.json")  # chars that s2t would change
    return "hant" if trad_only > simp_only else "hans"


def _count(text: str, config: str) -> int:
    converted = opencc_converter(config).convert(text)
    if len(converted) == len(text):
        return sum(1 for a, b in zip(text, converted, strict=True) if a != b)
    conv = opencc_converter(config)
    return sum(1 for ch in text if conv.convert(ch) != ch)
