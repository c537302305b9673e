"""Search normalisation: one form for text written in either script, so a query in Simplified finds an
article stored in Traditional (and the other way round)."""
import html
import re
import unicodedata

from zhtext.variants import HANS, HANT_TW, Converter

_TAGS = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_plain = {code: Converter(code) for code in (HANS, HANT_TW)}

MAX_TERMS = 5


def normalise(text: str) -> str:
    """Plain text, Simplified, NFKC (full-width letters and digits folded), lower case, single spaces."""
    text = html.unescape(_TAGS.sub(" ", text or ""))
    text = unicodedata.normalize("NFKC", text)
    return _SPACE.sub(" ", _plain[HANS].convert(text)).strip().lower()


def query_terms(query: str) -> list[str]:
    """The normalised words of a query (at most MAX_TERMS; each must appear)."""
    return [t for t in normalise(query).split(" ") if t][:MAX_TERMS]


def spellings(term: str) -> set[str]:
    """A normalised term as it may be stored in a clean single-script name: Simplified or Traditional."""
    return {term, _plain[HANT_TW].convert(term)}
