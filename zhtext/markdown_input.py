"""Reprints pasted as Markdown: read the marks as the structure they stand for, not as text.

Note apps, 语雀, 知乎's "copy as Markdown", WeChat layout editors and chat assistants hand editors text
such as ``# 标题``, ``**3月15日**``, ``[全国劳动模范张伟](https://…)``, ``![开班仪式](https://….jpg)``,
``- 理论课程`` and ``> 来源：…``. Read as plain text, every mark stays in the article (a headline starting
with "# ", asterisks around dates, a paragraph that is only a link's address). Read as Markdown, they are
the headings, lists, quotations, tables and pictures of the HTML path, which already knows those.

Only text that is plainly Markdown is read so (`looks_like_markdown`): two different kinds of mark that
ordinary prose and forum or mail text do not use (an ATX heading, ``**strong**``, a ``[link](address)``,
an ``![image](address)``, a fenced block), or two headings. A single ``- `` list or ``> `` quotation, a
``#话题#`` hashtag, ``王五_NE0011`` or ``5*3`` is not enough.

The conversion is markdown-it-py's (CommonMark, with GitHub's tables and strike-through): a maintained,
specification-tested parser, not patterns written here. Raw HTML in the text is not executed (``html``
off: it stays text, and the HTML path sanitises what it keeps), and a single line break stays a line
break (``breaks``), since pasted text often ends each paragraph with one.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

_MARKS = {
    "heading": re.compile(r"^#{1,6}[ \t]+\S", re.M),
    "strong": re.compile(r"(\*\*|__)(?=\S)[^\n]{1,200}?(?<=\S)\1"),
    "link": re.compile(r"(?<!!)\[[^\]\n]{1,200}\]\((?:https?://|/|\.{1,2}/|#)[^)\s]{0,500}\)"),
    "image": re.compile(r"!\[[^\]\n]{0,200}\]\([^)\s]{1,500}\)"),
    "fence": re.compile(r"^(```|~~~)", re.M),
}
# What the editor is shown of each kind of mark, and what it is read as.
SHOWN = {"heading": "# 标题", "strong": "**加粗**", "link": "[链接](网址)", "image": "![图片](网址)", "fence": "```"}
READ_AS = {"heading": "标题", "strong": "加粗", "link": "链接", "image": "图片", "fence": "代码块"}


def markdown_marks(text: str) -> list[str]:
    """The kinds of Markdown mark *text* holds, if it is plainly Markdown (see the module); else []."""
    kinds = [kind for kind, pattern in _MARKS.items() if pattern.search(text)]
    headings = len(_MARKS["heading"].findall(text)) if "heading" in kinds else 0
    return kinds if len(kinds) >= 2 or headings >= 2 else []


def looks_like_markdown(text: str) -> bool:
    return bool(markdown_marks(text))


@cache
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "breaks": True}).enable(["table", "strikethrough"])


def paragraph_lines(text: str) -> list[tuple[int, int]]:
    """Each Markdown paragraph's source lines, (first, last + 1), 0-based."""
    return [tuple(t.map) for t in _parser().parse(text, {}) if t.type == "paragraph_open" and t.map]


def _breaks(tokens):
    """(break token, its source line) for every break inside a paragraph, in order."""
    for i, token in enumerate(tokens):
        if token.type == "paragraph_open" and token.map and i + 1 < len(tokens) and tokens[i + 1].children:
            line = token.map[0]
            for child in tokens[i + 1].children:
                if child.type in ("softbreak", "hardbreak"):
                    yield child, line
                    line += 1


def markdown_html(text: str, joined: Mapping[int, str] | None = None) -> str:
    """The HTML the Markdown stands for (a fragment; raw HTML in it escaped as text). A line break inside a
    paragraph is a break (``<br>``), which the HTML path reads as the end of a paragraph, unless its line
    is in *joined* (a wrap the text path's judge found, zhtext.linebreaks): then the lines run on, with
    what *joined* gives (a space between two English words, else nothing).

    A text that starts with a heading of any level and has no ``# `` heading starts with its headline
    (``## 标题`` over the article, as note apps write it): that heading becomes the ``h1`` the HTML path
    takes as the title."""
    parser = _parser()
    env: dict = {}
    tokens = parser.parse(text, env)
    if tokens and tokens[0].type == "heading_open" and not any(t.tag == "h1" for t in tokens):
        close = next(t for t in tokens if t.type == "heading_close")
        tokens[0].tag = close.tag = "h1"
    for token, line in _breaks(tokens):
        if token.type == "softbreak" and joined and line in joined:
            token.type, token.content = "text", joined[line]
    return parser.renderer.render(tokens, parser.options, env)
