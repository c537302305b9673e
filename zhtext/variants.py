"""Showing one stored text in Simplified, Taiwan Traditional or Hong Kong Traditional.

Only OpenCC's character-level configurations are used (s2tw, s2hk, tw2s): the phrase-rewriting ones
(s2twp …) change words inside proper names (电站设备 → 電站裝置, 智能制造 → 智慧製造).

Every text is first brought to Simplified with tw2s, then to the target. That one path handles text
written in either script, and also "Traditional" text that a reprint site converted character by
character and left with Simplified forms (并, 模范, 关系): tw2s then s2tw gives 並, 模範, 關係.

Proper names are taken out before conversion and put back in the form the glossary gives for the
target, so OpenCC never sees them (于朝阳 would become 於朝陽, 王曙群 王曙羣 in s2hk).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .chars import has_han
from .script import opencc_converter as _opencc

HANS, HANT_TW, HANT_HK = "zh-hans", "zh-tw", "zh-hk"
VARIANT_CODES = (HANS, HANT_TW, HANT_HK)
_TARGET_CONFIG = {HANS: None, HANT_TW: "s2tw.json", HANT_HK: "s2hk.json"}

# Surnames whose ordinary-word conversion is wrong for a name: 于 is not 於, 范 not 範, 余 not 餘 …
_SURNAMES_KEPT = frozenset("于范余郁朴台干党种丑谷征")

# Placeholders come from the Private Use Area, which no news text contains.
_PUA_START = 0xE000
_PUA_MAX = 6400
_PLACEHOLDER = re.compile("[\ue000-\uf8ff]")


def _to_simplified(text: str) -> str:
    return _opencc("tw2s.json").convert(text)


def _plain(text: str, variant: str) -> str:
    """OpenCC alone, no glossary: tw2s to Simplified, then the target's character-level table."""
    simplified = _to_simplified(text)
    config = _TARGET_CONFIG[variant]
    return _opencc(config).convert(simplified) if config else simplified


def name_forms(name: str, person: bool = False) -> dict[str, str]:
    """A person's, academy's or organisation's name in each variant.

    Names keep Taiwan-standard glyphs in Hong Kong too (a person's 群 is not rewritten to 羣). A
    person's leading surname that is also an ordinary word (于, 范, 余 …) is never converted.
    """
    simplified = _to_simplified(name)
    surname = simplified[:1] if person and simplified[:1] in _SURNAMES_KEPT else ""
    traditional = surname + _opencc("s2tw.json").convert(simplified[len(surname):])
    return {HANS: simplified, HANT_TW: traditional, HANT_HK: traditional}


@dataclass(frozen=True)
class Term:
    """One glossary entry: how a term reads in each variant (as MediaWiki's -{zh-hans:…;zh-hant:…}-)."""

    hans: str
    tw: str
    hk: str

    def form(self, variant: str) -> str:
        return {HANS: self.hans, HANT_TW: self.tw, HANT_HK: self.hk}[variant]

    @property
    def spellings(self) -> set[str]:
        return {self.hans, self.tw, self.hk} - {""}


class Converter:
    """Converts text to one variant, protecting the glossary's terms. Immutable once built."""

    def __init__(self, variant: str, terms: Iterable[Term] = ()):
        if variant not in _TARGET_CONFIG:
            raise ValueError(f"unknown variant {variant!r}; expected one of {VARIANT_CODES}")
        self.variant = variant
        by_spelling: dict[str, str] = {}
        for term in terms:
            for spelling in term.spellings:
                # Later entries (editors' glossary) override earlier ones (automatic names).
                by_spelling[spelling] = term.form(variant)
        self._targets = by_spelling
        spellings = sorted(by_spelling, key=len, reverse=True)  # longest match wins
        if len(spellings) > _PUA_MAX:
            raise ValueError(f"glossary too large ({len(spellings)} spellings, at most {_PUA_MAX})")
        self._pattern = re.compile("|".join(map(re.escape, spellings))) if spellings else None

    def convert(self, text: str) -> str:
        if not text or not has_han(text):
            return text
        if self._pattern is None:
            return _plain(text, self.variant)
        found: list[str] = []

        def hide(match: re.Match) -> str:
            found.append(self._targets[match.group(0)])
            return chr(_PUA_START + len(found) - 1)

        hidden = self._pattern.sub(hide, text)
        converted = _plain(hidden, self.variant)
        return _PLACEHOLDER.sub(lambda m: found[ord(m.group(0)) - _PUA_START], converted)


def terms_from_names(names: Iterable[str], person: bool = False) -> list[Term]:
    """Glossary terms that protect proper names automatically."""
    terms = []
    for name in names:
        if name and has_han(name):
            forms = name_forms(name, person=person)
            terms.append(Term(forms[HANS], forms[HANT_TW], forms[HANT_HK]))
    return terms


def terms_from_table(rows: Iterable[Mapping[str, str]]) -> list[Term]:
    """Editors' glossary rows {'hans','tw','hk'}; a blank Hong Kong form falls back to Taiwan's."""
    return [Term(r["hans"], r["tw"], r.get("hk") or r["tw"]) for r in rows if r.get("hans") and r.get("tw")]
