"""Search normalisation: one form for text written in either script, so a query in Simplified finds an
article stored in Traditional (and the other way round)."""
import functools
import html
import re
import unicodedata
from dataclasses import dataclass

from zhtext import dictionary
from zhtext.variants import HANS, HANT_TW, Converter, _to_simplified

_TAGS = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_plain = {code: Converter(code) for code in (HANS, HANT_TW)}

MAX_TERMS = 5


def normalise(text: str) -> str:
    """Plain text, Simplified, NFKC (full-width letters and digits folded), lower case, single spaces."""
    text = html.unescape(_TAGS.sub(" ", text or ""))
    text = unicodedata.normalize("NFKC", text)
    return _SPACE.sub(" ", _to_simplified(text)).strip().lower()


def query_terms(query: str) -> list[str]:
    """The normalised words of a query (at most MAX_TERMS; each must appear)."""
    return [t for t in normalise(query).split(" ") if t][:MAX_TERMS]


def name_index(*names: str) -> str:
    """Names as the site search matches them: each normalised, one per line. Query terms are normalised the
    same way and hold no line break, so a plain substring test per term finds a name written in either
    script, in full-width letters or in any case, and never matches across two names."""
    return "\n".join(filter(None, (normalise(name) for name in names)))


def _gram(text: str) -> str:
    # A number: a character's code point, or a pair's two code points in one (the first, plus one, above 21
    # bits, so never a lone character's). One plain token whatever the characters (FTS5's tokenizers split
    # on punctuation and symbols, which names may hold: 劳模·工匠, C++, 100%), and on PostgreSQL an integer
    # array, which a scan tests ten times faster than an array of text.
    if len(text) == 1:
        return str(ord(text))
    return str((ord(text[0]) + 1) << 21 | ord(text[1]))


def name_grams(names: str) -> str:
    """The index tokens of name_index() output: every character and every two adjacent characters of
    each name, space-separated, distinct. A term (normalised, no line break) that is a substring of a name
    has all of term_grams(term) among them, so a lookup by its grams finds every record a substring
    test would, and the substring test then drops the few the grams find by chance (模劳模 holds both
    pairs of 劳模劳, 劳模 and 模劳, but not 劳模劳)."""
    seen: dict[str, None] = {}
    for name in names.split("\n"):
        seen.update(dict.fromkeys(map(_gram, [*name, *_bigrams(name)])))
    return " ".join(seen)


def term_grams(term: str) -> list[str]:
    """The grams every name holding `term` has (name_grams): the character of a one-character term, else
    each two adjacent characters."""
    return list(dict.fromkeys(map(_gram, _bigrams(term))))


def spellings(term: str) -> set[str]:
    """A normalised term as it may be stored in a clean single-script name: Simplified or Traditional."""
    return {term, _plain[HANT_TW].convert(term)}


# --- Index tokens ----------------------------------------------------------------------------------
# The search index holds, for normalised text (one script), a stream of tokens: every character bigram
# of each run of Chinese characters (so any query of two or more characters is found, whatever the word
# boundaries), jieba's search-mode words of three or more characters (whole words rank a document
# higher), a lone character where a run is one character long, and each run of letters or digits.
# The same function tokenises queries, so both sides agree.

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_RUN = re.compile(f"([{_HAN}]+)|([^\\W_{_HAN}]+)")


@functools.lru_cache(maxsize=65536)
def _words(run: str) -> tuple[str, ...]:
    """jieba's search-mode words of three or more characters (two-character words are bigrams already).

    Cached per run: text is made of runs between punctuation, and generated or reprinted text repeats them.
    """
    return tuple(w for w in dictionary.jieba_ready().cut_for_search(run, HMM=False) if len(w) >= 3)


dictionary.on_change(_words.cache_clear)  # a run cut before a name was known is cut again


def _bigrams(run: str) -> list[str]:
    return [run] if len(run) == 1 else [run[i:i + 2] for i in range(len(run) - 1)]


def index_tokens(text: str) -> str:
    """Space-separated distinct tokens of already normalised text, in order of first appearance."""
    dictionary.ensure_words()
    seen: dict[str, None] = {}
    for han, word in _RUN.findall(text):
        if han:
            seen.update(dict.fromkeys(_bigrams(han)))
            if len(han) >= 3:
                seen.update(dict.fromkeys(_words(han)))
        else:
            seen[word] = None
    return " ".join(seen)


@dataclass(frozen=True)
class QueryPart:
    """One run of a query term: a Chinese run matches when all its bigrams are there (or, for three or
    more characters, the whole run is one of the document's words); a lone character or a run of letters
    or digits matches as a prefix of a token."""

    text: str
    bigrams: tuple[str, ...]
    prefix: bool


def query_parts(terms: list[str]) -> list[QueryPart]:
    """The parts every matching document must contain, for terms from query_terms()."""
    parts = []
    for term in terms:
        for han, word in _RUN.findall(term):
            if han and len(han) > 1:
                parts.append(QueryPart(han, tuple(dict.fromkeys(_bigrams(han))), prefix=False))
            else:
                parts.append(QueryPart(han or word, (), prefix=True))
    return parts[: MAX_TERMS * 2]


# --- Highlighting ----------------------------------------------------------------------------------


class _NFKCByChar(dict):
    """For str.translate: a code point's NFKC form where that is one character, else the character itself
    (one character for one). Filled on first sight of each character, so a page's text is folded at C
    speed: Chinese punctuation (，：（）) is not NFKC, so most articles need the per-character mapping, and a
    Python call per character cost 3.4 ms per search page. At most MAX_KEPT code points are kept (hostile
    text could name every one)."""

    MAX_KEPT = 50_000

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        nfkc = unicodedata.normalize("NFKC", ch)
        value = nfkc if len(nfkc) == 1 else ch
        if len(self) < self.MAX_KEPT:
            self[code] = value
        return value


_NFKC_BY_CHAR = _NFKCByChar()


@functools.lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    """One character folded as normalise() folds it, or itself where that is not one character."""
    folded = _to_simplified(_NFKC_BY_CHAR[ord(ch)]).lower()
    return folded if len(folded) == 1 else ch


def _folded(text: str) -> str:
    """text folded as normalise() folds it, one character for one, so positions map back to text."""
    if unicodedata.is_normalized("NFKC", text):  # most text: a C check instead of a call per character
        nfkc = text
    else:
        nfkc = text.translate(_NFKC_BY_CHAR)
    folded = _to_simplified(nfkc).lower()
    if len(folded) == len(text):
        return folded
    return "".join(_fold_char(ch) for ch in text)  # e.g. NFKC made … into ...: character by character


def match_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where the terms (normalised) occur in plain text written in either script: merged (start, end)."""
    folded = _folded(text)
    spans = []
    for term in {t for t in terms if t}:
        start = folded.find(term)
        while start != -1:
            spans.append((start, start + len(term)))
            start = folded.find(term, start + len(term))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def first_match(text: str, terms: list[str], chunk: int = 400) -> int | None:
    """Where the first term occurs in *text* (as match_spans finds it), folding only as much of the text as
    it takes: a snippet needs the first match of a common word, near the start of a 3,000-character body."""
    longest = max((len(t) for t in terms if t), default=0)
    pos = 0
    while longest and pos < len(text):
        spans = match_spans(text[pos:pos + chunk + longest - 1], terms)  # a match that starts in the chunk
        if spans:
            return pos + spans[0][0]
        pos += chunk
    return None


def plain_text(html_text: str) -> str:
    """Text of HTML (tags dropped, entities decoded, whitespace collapsed), in its own script."""
    return _SPACE.sub(" ", html.unescape(_TAGS.sub(" ", html_text or ""))).strip()
