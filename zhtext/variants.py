"""Showing one stored text in Simplified, Taiwan Traditional or Hong Kong Traditional.

Only OpenCC's character-level configurations are used (s2tw, s2hk, tw2s): the phrase-rewriting ones
(s2twp …) change words inside proper names (电站设备 → 電站裝置, 智能制造 → 智慧製造).

Every text is first brought to Simplified with tw2s (after Hong Kong's own forms, 衞 for 衛, which tw2s
does not know: zhtext.script.fold_hk_forms), then to the target. That one path handles text
written in either script, and also "Traditional" text that a reprint site converted character by
character and left with Simplified forms (并, 模范, 关系): tw2s then s2tw gives 並, 模範, 關係.

Proper names are taken out before conversion and put back in the form the glossary gives for the
target, so OpenCC never sees them (于朝阳 would become 於朝陽, 王曙群 王曙羣 in s2hk). The cost does not grow
with the directory:

- only the spellings that OpenCC alone could get wrong are protected: those whose plain conversion differs
  from their wanted form, and those with a character that an OpenCC phrase converts otherwise when it
  reaches across the name's edge (周 in 第一周建国 → 第一週建國; data/opencc_context.json). The rest need nothing;
- they are found with one Aho–Corasick automaton (leftmost-longest, the Rust `aho-corasick` crate through
  ahocorasick-rs), one pass over the text whatever the number of names;
- each occurrence is hidden behind the same Private Use Area character, and the replacements are put back
  in order (OpenCC never reorders, drops or merges characters), so there is no limit on the number of
  names or occurrences.

A replacement is an editor's text written into a page: `convert(text, escape)` passes each one through
`escape` for where it lands (HTML text, attribute, JSON string), see zhtext.html_variants.
"""
from __future__ import annotations

import bisect
import itertools
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import ahocorasick_rs

from .chars import has_han
from .phrase_edges import mend as mend_edges
from .script import fold_hk_forms
from .script import opencc_converter as _opencc

HANS, HANT_TW, HANT_HK = "zh-hans", "zh-tw", "zh-hk"
VARIANT_CODES = (HANS, HANT_TW, HANT_HK)
_TARGET_CONFIG = {HANS: None, HANT_TW: "s2tw.json", HANT_HK: "s2hk.json"}

# Surnames whose ordinary-word conversion is wrong for a name: 于 is not 於, 范 not 範, 余 not 餘 …
_SURNAMES_KEPT = frozenset("于范余郁朴台干党种丑谷征")

# One placeholder for every protected occurrence, from the Private Use Area (no news text contains it;
# a text that does is converted piece by piece instead).
_PLACEHOLDER = "\ue000"
# Text between these two marks is already in the target's wording and is left as it is (the marks are
# dropped): the interface catalogues of Taiwan and Hong Kong mark their regional words so (variants/regional.py).
KEEP_OPEN, KEEP_CLOSE = "\ue001", "\ue002"
_KEPT = re.compile("\ue001([^\ue001\ue002]*)\ue002")
# Separates many short strings converted in one OpenCC call: no dictionary entry spans a line break.
_SEPARATOR = "\n"

# What a name or glossary form may never contain: it is written into pages as it is.
MARKUP_CHARACTERS = re.compile(r"[<>\"'&\x00-\x1f\x7f-\x9f]")
MARKUP_CHARACTERS_MULTILINE = re.compile(r"[<>\"'&\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f]")

Escape = Callable[[str], str]


def _to_simplified(text: str) -> str:
    return _opencc("tw2s.json").convert(fold_hk_forms(text))


def _plain(text: str, variant: str) -> str:
    """OpenCC alone, no glossary: tw2s to Simplified, then the target's character-level table, with the
    phrases that reach across a word's edge mended (zhtext.phrase_edges: 带头发展 is not 帶頭髮展)."""
    simplified = _to_simplified(text)
    config = _TARGET_CONFIG[variant]
    if not config:
        return simplified
    converter = _opencc(config)
    return mend_edges(simplified, converter.convert(simplified), converter.convert)


def _plain_many(texts: list[str], variant: str) -> list[str]:
    """`_plain` of many one-line strings in a single OpenCC call (names: thousands at once)."""
    if not texts:
        return []
    converted = _plain(_SEPARATOR.join(texts), variant).split(_SEPARATOR)
    if len(converted) != len(texts):  # cannot happen with one-line inputs; stay correct anyway
        return [_plain(text, variant) for text in texts]
    return converted


def _one_line(text: str) -> bool:
    return _SEPARATOR not in text and "\r" not in text and _PLACEHOLDER not in text


def name_forms(name: str, person: bool = False) -> dict[str, str]:
    """A person's, academy's or organisation's name in each variant.

    Names keep Taiwan-standard glyphs in Hong Kong too (a person's 群 is not rewritten to 羣). A
    person's leading surname that is also an ordinary word (于, 范, 余 …) is never converted.
    """
    return name_forms_many([name], person=person)[0]


def name_forms_many(names: list[str], person: bool = False) -> list[dict[str, str]]:
    """`name_forms` of many one-line names with two OpenCC calls in all."""
    simplified = _plain_many(names, HANS)
    surnames = [s[:1] if person and s[:1] in _SURNAMES_KEPT else "" for s in simplified]
    rests = [s[len(k):] for s, k in zip(simplified, surnames, strict=True)]
    if rests and all(map(_one_line, rests)):
        converted = _opencc("s2tw.json").convert(_SEPARATOR.join(rests)).split(_SEPARATOR)
    else:
        converted = []
    if len(converted) != len(rests):
        converted = [_opencc("s2tw.json").convert(rest) for rest in rests]
    return [
        {HANS: s, HANT_TW: k + t, HANT_HK: k + t}
        for s, k, t in zip(simplified, surnames, converted, strict=True)
    ]


_TERM_FIELD = {HANS: "hans", HANT_TW: "tw", HANT_HK: "hk"}


@dataclass(frozen=True)
class Term:
    """One glossary entry: how a term reads in each variant (as MediaWiki's -{zh-hans:…;zh-hant:…}-)."""

    hans: str
    tw: str
    hk: str

    def form(self, variant: str) -> str:
        return getattr(self, _TERM_FIELD[variant])

    @property
    def spellings(self) -> set[str]:
        return {self.hans, self.tw, self.hk} - {""}


@cache
def _context_characters() -> dict[str, re.Pattern]:
    """Per conversion step, the characters some OpenCC phrase converts otherwise than alone (data/)."""
    data = json.loads((Path(__file__).parent / "data" / "opencc_context.json").read_text(encoding="utf-8"))
    return {step: re.compile("[" + re.escape(chars) + "]") for step, chars in data.items() if isinstance(chars, str)
            and step != "opencc"}


def _context_free(spelling: str, simplified: str, converted: str, variant: str) -> bool:
    """Whether OpenCC converts `spelling` the same whatever stands beside it in a text."""
    steps = _context_characters()
    if steps["tw2s"].search(spelling):
        return False
    if variant == HANS:
        return True
    return not steps["s2t"].search(simplified) and not steps["tw" if variant == HANT_TW else "hk"].search(converted)


def protected_table(terms: Iterable[Term]) -> dict[str, tuple[str, str, str]]:
    """The spellings that must be hidden from OpenCC, each with its form in (zh-hans, zh-tw, zh-hk).

    A spelling is left to OpenCC when, in every variant, OpenCC alone gives its wanted form and none of
    its characters is one that an OpenCC phrase could convert otherwise across the name's edge
    (长于 + 飞 → 長於飛), unless a protected spelling occurs inside it (then the inner one would be
    replaced and the outer one come out wrong, so the outer one is protected too; repeated until nothing
    changes). One table serves the three variants, so a worker builds one automaton.
    """
    wanted: dict[str, tuple[str, str, str]] = {}
    for term in terms:
        for spelling in term.spellings:
            if _one_line(spelling):
                wanted[spelling] = (term.hans, term.tw, term.hk)  # later entries (editors' glossary) win
    spellings = list(wanted)
    simplified = _plain_many(spellings, HANS)
    plain = {HANS: simplified, **{v: _plain_many(spellings, v) for v in (HANT_TW, HANT_HK)}}
    protected, unprotected = {}, []
    for i, spelling in enumerate(spellings):
        forms = wanted[spelling]
        if all(
            plain[v][i] == forms[k] and _context_free(spelling, simplified[i], plain[v][i], v)
            for k, v in enumerate(VARIANT_CODES)
        ):
            unprotected.append(spelling)
        else:
            protected[spelling] = forms
    while protected and unprotected:
        names = ProtectedNames(protected)
        inner = names.containing(unprotected)
        wrong = {
            s for s in inner
            if any(Converter(v, names=names).convert(s) != wanted[s][k] for k, v in enumerate(VARIANT_CODES))
        }
        if not wrong:
            break
        protected.update((s, wanted[s]) for s in wrong)
        unprotected = [s for s in unprotected if s not in wrong]
    return protected


class ProtectedNames:
    """The protected spellings of one glossary version and their Aho–Corasick automaton (built once)."""

    def __init__(self, table: Mapping[str, tuple[str, str, str]]):
        self.table = {s: tuple(forms) for s, forms in table.items() if s and _one_line(s)}
        self.forms = {v: [forms[k] for forms in self.table.values()] for k, v in enumerate(VARIANT_CODES)}
        self.automaton = (
            ahocorasick_rs.AhoCorasick(list(self.table), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
            if self.table else None
        )

    @classmethod
    def of(cls, terms: Iterable[Term]) -> ProtectedNames:
        return cls(protected_table(terms))

    def dump(self) -> tuple[str, str, str, str]:
        """The table as four strings (spellings, then each variant's forms, one a line): cheap to store
        in a shared cache and to read back (`ProtectedNames.load`)."""
        return (_SEPARATOR.join(self.table), *(_SEPARATOR.join(self.forms[v]) for v in VARIANT_CODES))

    @classmethod
    def load(cls, dumped: tuple[str, str, str, str]) -> ProtectedNames:
        columns = [column.split(_SEPARATOR) if column else [] for column in dumped]
        return cls(dict(zip(columns[0], zip(*columns[1:], strict=True), strict=True)))

    def __len__(self) -> int:
        return len(self.table)

    def find(self, text: str) -> list[tuple[int, int, int]]:
        return self.automaton.find_matches_as_indexes(text) if self.automaton else []

    def containing(self, texts: list[str]) -> list[str]:
        """Those of the one-line `texts` in which a protected spelling occurs (one automaton pass)."""
        if not self.automaton or not texts:
            return []
        starts = list(itertools.accumulate((len(t) + 1 for t in texts), initial=0))
        found = self.find(_SEPARATOR.join(texts))
        return [texts[i] for i in sorted({bisect.bisect_right(starts, start) - 1 for _i, start, _e in found})]


_NO_NAMES = ProtectedNames({})


# A page's text runs repeat from page to page (navigation, footer, labels, names, headlines): a page whose
# conversion is not cached whole (a search result) converts hundreds of them. Each converter remembers
# its short runs, a bounded number (it is immutable, so they never go stale); an article's paragraphs are
# longer and converted each time.
MEMO_MAX_CHARS = 200
MEMO_ENTRIES = 4096


class Converter:
    """Converts text to one variant, protecting the glossary's terms. Immutable once built.

    `Converter(variant, terms)` works out which spellings need protecting; `Converter(variant, names=…)`
    shares a ready `ProtectedNames` (the site builds one per glossary version for the three variants).
    """

    def __init__(self, variant: str, terms: Iterable[Term] = (), names: ProtectedNames | None = None):
        if variant not in _TARGET_CONFIG:
            raise ValueError(f"unknown variant {variant!r}; expected one of {VARIANT_CODES}")
        self.variant = variant
        if names is None:
            terms = list(terms)
            names = ProtectedNames.of(terms) if terms else _NO_NAMES
        self.names = names
        self._forms = names.forms[variant]
        self._memo: dict[tuple[str, Escape | None], str] = {}

    def __len__(self) -> int:
        return len(self.names)

    def convert(self, text: str, escape: Escape | None = None) -> str:
        """`text` in this variant; each protected name's form goes through `escape` (if given)."""
        if len(text) > MEMO_MAX_CHARS:
            return self._convert(text, escape)
        key = (text, escape)
        converted = self._memo.get(key)
        if converted is None:
            converted = self._convert(text, escape)
            if len(self._memo) >= MEMO_ENTRIES:  # a flood of new runs: start again rather than grow
                self._memo.clear()
            self._memo[key] = converted
        return converted

    def _convert(self, text: str, escape: Escape | None) -> str:
        if KEEP_OPEN in text or KEEP_CLOSE in text:
            return self._convert_around_kept(text, escape)
        if not text or not has_han(text):
            return text
        matches = self.names.find(text)
        if not matches:
            return _plain(text, self.variant)
        forms = [self._forms[index] for index, _start, _end in matches]
        if escape is not None:
            forms = [escape(form) for form in forms]
        pieces, last = [], 0
        for _index, start, end in matches:
            pieces.append(text[last:start])
            last = end
        pieces.append(text[last:])
        if _PLACEHOLDER not in text:
            converted = _plain(_PLACEHOLDER.join(pieces), self.variant).split(_PLACEHOLDER)
            if len(converted) == len(pieces):
                pieces = converted
            else:  # cannot happen (OpenCC keeps every character); stay correct anyway
                pieces = [_plain(piece, self.variant) for piece in pieces]
        else:
            pieces = [_plain(piece, self.variant) for piece in pieces]
        out = [pieces[0]]
        for form, piece in zip(forms, pieces[1:], strict=True):
            out += (form, piece)
        return "".join(out)


    def _convert_around_kept(self, text: str, escape: Escape | None) -> str:
        """Converts what lies outside the kept spans; a stray mark is dropped."""
        pieces, last = [], 0
        for match in _KEPT.finditer(text):
            pieces += (self.convert(_drop_marks(text[last:match.start()]), escape), match.group(1))
            last = match.end()
        pieces.append(self.convert(_drop_marks(text[last:]), escape))
        return "".join(pieces)


def _drop_marks(text: str) -> str:
    return text.replace(KEEP_OPEN, "").replace(KEEP_CLOSE, "")


def keep_as_is(text: str) -> str:
    """`text` marked to pass a conversion unchanged (it is already in the target's wording)."""
    return f"{KEEP_OPEN}{text}{KEEP_CLOSE}"


def terms_from_names(names: Iterable[str], person: bool = False) -> list[Term]:
    """Glossary terms that protect proper names automatically (names with markup are never terms)."""
    usable = [n for n in dict.fromkeys(names) if n and has_han(n) and _one_line(n) and not MARKUP_CHARACTERS.search(n)]
    return [Term(f[HANS], f[HANT_TW], f[HANT_HK]) for f in name_forms_many(usable, person=person)]


def terms_from_table(rows: Iterable[Mapping[str, str]]) -> list[Term]:
    """Editors' glossary rows {'hans','tw','hk'}; a blank Hong Kong form falls back to Taiwan's."""
    return [Term(r["hans"], r["tw"], r.get("hk") or r["tw"]) for r in rows if r.get("hans") and r.get("tw")]
