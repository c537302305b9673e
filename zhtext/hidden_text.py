"""Text a page hides from its readers: an anti-copy site's watermark inside words
(劳<span style="display:none">转载自某网</span>模), a hidden credit line or list.

zhtext.htmlinput marks what a hidden element held (`is_hidden`, `marked`), and the importer removes each marked
passage as a repair the editor may refuse (`shown`). What the reader saw is the article; a hidden passage that
holds a sentence is only proposed, since a page may hide its whole article until a script shows it (WeChat's
#js_content, the walk's root, is never judged).
"""
from __future__ import annotations

import re

from .repair_run import Run

OPEN, CLOSE = "\ue003", "\ue004"
_SPAN = re.compile("\ue003([^\ue003\ue004]*)\ue004")
_HIDING_STYLE = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.0*)?(?![\d.])[a-z%]*)\s*(?:!important\s*)?(?=;|$)",
    re.IGNORECASE,
)


def is_hidden(attrs: dict[str, str]) -> bool:
    """An element with these attributes draws nothing (display:none, visibility:hidden, font-size:0, hidden)."""
    return "hidden" in attrs or bool(_HIDING_STYLE.search(attrs.get("style", "")))


def marked(text: str) -> str:
    """`text` marked as hidden (a hidden passage inside it is part of it)."""
    return OPEN + text.replace(OPEN, "").replace(CLOSE, "") + CLOSE


def unmarked(text: str) -> str:
    """`text` without its hidden passages (a page's title)."""
    return _SPAN.sub("", text)


def shown(run: Run, idx: int, line: str) -> str:
    """The line as the page showed it: each hidden passage removed, unless the editor keeps it."""
    def hidden(match: re.Match) -> str:
        text = match.group(1)
        context = _SPAN.sub(lambda m: m.group(1), line[max(0, match.start() - 10):match.end() + 10])
        if not text.strip() or run.propose("chrome", idx, text, "", True, "网页隐藏的文字（读者看不到）", context):
            return ""
        return text
    return _SPAN.sub(hidden, line).replace(OPEN, "").replace(CLOSE, "")
