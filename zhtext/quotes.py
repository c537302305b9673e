"""Corner quotation marks for Traditional Chinese: “ ” → 「 」 and ‘ ’ → 『 』.

Taiwan and Hong Kong readers expect 「」 with 『』 nested inside; Simplified text uses “” with ‘’ inside.
Double curly quotes are only ever quotation marks, so they are always replaced. A right single quote
is also the apostrophe (China’s, it’s): it is replaced only when it closes a ‘ opened before it, and
never between two Latin letters or digits. ASCII quotes (" and ') are never touched.

The state (how many ‘ are open) carries across the pieces of one document, so a quotation split by an
inline tag (‘<a>…</a>’) is still paired; call ``CornerQuotes()`` once per document.
"""
from __future__ import annotations

_DOUBLE = str.maketrans({"“": "「", "”": "」"})


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class CornerQuotes:
    def __init__(self) -> None:
        self.open_singles = 0

    def __call__(self, text: str) -> str:
        text = text.translate(_DOUBLE)
        if "‘" not in text and "’" not in text:
            return text
        out = []
        for i, ch in enumerate(text):
            if ch in "‘’":
                before = text[i - 1] if i else ""
                after = text[i + 1] if i + 1 < len(text) else ""
                inside_word = _latin(before) and _latin(after)
                if ch == "‘" and not inside_word:
                    ch = "『"
                    self.open_singles += 1
                elif ch == "’" and self.open_singles and not inside_word:
                    ch = "』"
                    self.open_singles -= 1
            out.append(ch)
        return "".join(out)


def corner_quotes(text: str) -> str:
    """One self-contained text."""
    return CornerQuotes()(text)
