"""Converting a rendered HTML page to another script variant without touching its machinery.

Converted: text between tags, and the attributes meant for people (title, alt, aria-label,
placeholder, and the content of description/title meta tags). Never converted: tag and attribute
names, URLs, ids, classes, slugs, e-mail addresses, and anything inside script, style, code, pre,
textarea or kbd, or in an element marked translate="no". A URL copied from one variant therefore works in every other.

The converter may write editors' text (glossary forms, names) into the page: each replacement is escaped
for where it lands: HTML text, a quoted attribute, a JSON string in JSON-LD, or (in feeds) HTML that is
itself escaped inside XML.
"""
from __future__ import annotations

import html
import json
import re
from collections.abc import Callable

_TOKENS = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
_RAW_TAGS = ("script", "style", "code", "pre", "textarea", "kbd", "samp")
_OPEN_RAW = re.compile(r"<(" + "|".join(_RAW_TAGS) + r")\b", re.I)
# An element marked translate="no" (HTML's own "leave this text alone") is not converted either:
# the script switcher names each variant in its own script.
_NO_TRANSLATE = re.compile(r"<([a-zA-Z][\w-]*)\b[^>]*\stranslate=\"no\"", re.I)
_HUMAN_ATTRS = re.compile(
    r'(\s(?:title|alt|aria-label|aria-description|placeholder|label)=)("[^"]*"|\'[^\']*\')', re.I
)
_META_CONTENT = re.compile(
    r'<meta\s[^>]*(?:name|property)="(?:description|keywords|og:title|og:description|og:site_name|'
    r'og:image:alt|twitter:title|twitter:description|twitter:image:alt)"',
    re.I,
)
# Structured data is for people in the end (search result titles): its strings are converted,
# its URLs protected like any other address.
_JSON_LD = re.compile(r'<script\b[^>]*type="application/ld\+json"', re.I)
_CONTENT_ATTR = re.compile(r'(\scontent=)("[^"]*"|\'[^\']*\')', re.I)
# Inside text: things that look like addresses stay as they are.
_UNTOUCHABLE = re.compile(r"(?:https?://|www\.)[^\s<>\"'，。；）]+|[\w.+-]+@[\w-]+\.[\w.-]+")

Escape = Callable[[str], str]
# convert(text, escape): the text in the target variant, each inserted replacement passed through escape.
Convert = Callable[[str, Escape], str]
# A pass over the converted text between tags only (corner quotes): text in, text out.
TextOnly = Callable[[str], str]


def escape_html(text: str) -> str:
    """For HTML text and quoted attribute values alike."""
    return html.escape(text, quote=True)


def escape_json_string(text: str) -> str:
    """For the inside of a JSON string in a <script> block: no quote, backslash or tag can break out."""
    quoted = json.dumps(text, ensure_ascii=False)[1:-1]
    return quoted.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def escape_feed_text(text: str) -> str:
    """Feed text is XML whose content readers then read as HTML: escaped twice, no level can open a tag."""
    return html.escape(html.escape(text, quote=True), quote=True)


def _convert_text(text: str, convert: Convert, escape: Escape = escape_html) -> str:
    pieces, last = [], 0
    for match in _UNTOUCHABLE.finditer(text):
        pieces.append(convert(text[last:match.start()], escape))
        pieces.append(match.group(0))
        last = match.end()
    pieces.append(convert(text[last:], escape))
    return "".join(pieces)


def _convert_tag(tag: str, convert: Convert, escape: Escape = escape_html) -> str:
    def attr(match: re.Match) -> str:
        quoted = match.group(2)
        return match.group(1) + quoted[0] + _convert_text(quoted[1:-1], convert, escape) + quoted[-1]

    tag = _HUMAN_ATTRS.sub(attr, tag)
    if _META_CONTENT.match(tag):
        tag = _CONTENT_ATTR.sub(attr, tag)
    return tag


def convert_html(html: str, convert: Convert, feed: bool = False, text_only: TextOnly | None = None) -> str:
    """Apply `convert` to the human-readable parts of `html`; the markup is returned byte for byte.

    `feed`: the document is an RSS or Atom feed, whose text holds escaped HTML.
    `text_only` (e.g. corner quotes) is applied after `convert` wherever `convert` applies (text, the
    attributes meant for people, structured data), so a headline reads the same in the h1, the title
    and JSON-LD; never to URLs, code or anything else left raw."""
    text_escape = escape_feed_text if feed else escape_html
    if text_only is not None:
        plain = convert

        def convert(text, escape):  # noqa: F811 (the same conversion, then the text-only pass)
            return text_only(plain(text, escape))

    out: list[str] = []
    raw_until: str | None = None
    json_ld = False
    for index, token in enumerate(_TOKENS.split(html)):
        if token.isascii() and not raw_until:
            # Nothing in ASCII converts (no Han, no name, no curly quote, no kept-text mark): the spaces
            # between tags and most tags, about half of a page's tokens, skip the pass. An opening tag of
            # script, code … must still be seen, so that what follows it is left raw.
            if index % 2 == 0 or not (_OPEN_RAW.match(token) or _NO_TRANSLATE.match(token)):
                out.append(token)
                continue
        if index % 2 == 0:  # text between tags
            if json_ld:
                out.append(_convert_text(token, convert, escape_json_string))
            elif raw_until:
                out.append(token)
            else:
                out.append(_convert_text(token, convert, text_escape))
            continue
        if raw_until:
            if token.lower().startswith(raw_until):
                raw_until, json_ld = None, False
            out.append(token)
            continue
        opened = _OPEN_RAW.match(token) or _NO_TRANSLATE.match(token)
        if opened and not token.endswith("/>"):
            raw_until = f"</{opened.group(1).lower()}"
            json_ld = bool(_JSON_LD.match(token))
        out.append(token if token.startswith("<!--") else _convert_tag(token, convert, text_escape))
    return "".join(out)
