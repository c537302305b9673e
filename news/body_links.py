"""Linked first mentions: the first time an article's body names a record it is linked to, the name
links to the record's page. Done when the page is rendered; the stored body is never changed.

news cannot import the apps that own the records, so the owner registers a *provider* (academy.apps):
``provider(article) -> [BodyLink]``, the accepted links of one article in one query. It may name the
article's relation whose rows it reads (and which of them: ``where``), so that the article page, which
asks whether those rows exist with the article itself (news.presence), skips it when there are none.

The transform works on the sanitised body (nh3's output: well-formed, attribute values quoted and
escaped), so splitting it into tags and text is exact. Only text nodes change; text inside a heading, a
link, a caption, code, or a credit paragraph (撰稿：…, 责任编辑：…) is never linked. Names are matched in
Simplified (zhtext.script.t2s) on text whose conversion keeps every position, so a body written in
繁體 links a record kept in 简体 and the other way round; the variant middleware converts the page
(link text included) afterwards. At each place the longest name wins; each record is linked once. A
person's name is linked where it reads as the name (zhtext.name_reading): not the 李明 of 李明确表示.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from django.utils.html import escape

from news.presence import has_rows
from zhtext.mentions import inside_longer_name, match_form
from zhtext.name_reading import name_doubt
from zhtext.script import t2s


@dataclass(frozen=True)
class BodyLink:
    names: tuple[str, ...]   # name, short name, aliases (any script)
    url: str
    kind: str = ""


_providers: list[tuple[Callable, tuple]] = []  # (provider, (relation, where) or ())

_TOKEN = re.compile(r"(<[^>]*>)")
_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)")
SKIPPED = frozenset({"a", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "code", "pre", "script", "style", "button"})
_CREDIT = re.compile(r"^\s*[（(]?\s*(?:撰稿|审核|審核|责任编辑|責任編輯|编辑|編輯|来源|來源|作者|记者|記者|通讯员|通訊員|"
                     r"文/图|文／图|文/圖|文／圖|摄影|攝影|供稿|校对|校對)\s*[：:]")


def register_link_provider(provider: Callable, relation: str = "", where: tuple = ()) -> None:
    check = (relation, tuple(where)) if relation else ()
    if all(known is not provider for known, _ in _providers):
        _providers.append((provider, check))


def link_checks() -> tuple:
    """news.presence checks: the rows each provider reads, when it named them."""
    return tuple(check for _, check in _providers if check)


def body_links(article) -> list[BodyLink]:
    return [
        link for provider, check in _providers
        if not check or has_rows(article, *check) is not False  # None: not asked, so the provider looks
        for link in provider(article)
    ]


def _pattern(links: list[BodyLink]) -> tuple[re.Pattern | None, dict[str, int]]:
    surfaces: dict[str, int] = {}
    shared: set[str] = set()
    for i, link in enumerate(links):
        for name in link.names:
            surface = match_form(t2s(name.strip()))
            if len(surface) >= 2:
                if surfaces.setdefault(surface, i) != i:
                    shared.add(surface)  # two linked records of one name: which one is meant is unknown
    for surface in shared:
        del surfaces[surface]
    if not surfaces:
        return None, surfaces
    ordered = sorted(surfaces, key=len, reverse=True)  # the alternation takes the first that fits: longest
    return re.compile("|".join(map(re.escape, ordered))), surfaces


def _link_text(text: str, pattern: re.Pattern, surfaces: dict[str, int], links: list[BodyLink], done: set) -> str:
    simplified = match_form(t2s(text))
    if len(simplified) != len(text):  # positions would not match: leave this text as it is
        return text
    out, last = [], 0
    for m in pattern.finditer(simplified):
        i = surfaces[m.group()]
        if i in done or inside_longer_name(simplified, m.start(), m.group()):
            continue
        if links[i].kind == "person" and name_doubt(simplified, m.start(), m.group()):
            continue
        done.add(i)
        out.append(text[last:m.start()])
        link = links[i]
        out.append(f'<a class="mention-link" href="{escape(link.url)}">{text[m.start():m.end()]}</a>')
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def link_first_mentions(html: str, links: list[BodyLink]) -> str:
    """The body with the first mention of each link's record linked (see the module's doc)."""
    return _linked(html or "", tuple(links)) if links else html


@lru_cache(maxsize=128)  # per body version and link set (URLs carry the variant): a re-render is free
def _linked(html: str, links: tuple[BodyLink, ...]) -> str:
    pattern, surfaces = _pattern(list(links))
    if pattern is None or not html:
        return html
    done: set[int] = set()
    skipped: list[str] = []       # open elements whose text is never linked
    paragraph_checked = True      # the first text of a <p> decides whether it is a credit line
    tokens = _TOKEN.split(html)
    for n, token in enumerate(tokens):
        if not token:
            continue
        if token.startswith("<"):
            m = _TAG_NAME.match(token)
            if not m:
                continue
            closing, name = m.group(1) == "/", m.group(2).lower()
            if closing and skipped and skipped[-1] == name:
                skipped.pop()
            elif not closing and name in SKIPPED and not token.endswith("/>"):
                skipped.append(name)
            elif not closing and name == "p":
                paragraph_checked = False
            continue
        if not paragraph_checked:
            paragraph_checked = True
            if _CREDIT.match(token):
                skipped.append("p")
                continue
        if skipped or len(done) == len(links):
            continue
        tokens[n] = _link_text(token, pattern, surfaces, links, done)
    return "".join(tokens)
