"""Pasted HTML and saved pages (including WeChat public-account articles) → blocks of text.

The stdlib's HTML parser (html.parser, the tokenizer of the HTML spec's tolerant kind; no
dependency, no network, no entity expansion beyond HTML's own) builds a small tree. The article is
the WeChat content node (``#js_content``) when there is one, else the first ``<article>``, else
``<main>``, else the body; navigation, headers, footers, forms, scripts and styles are dropped.
Structure is kept as blocks: h1 (the headline), h2/h3 (subheadings), p (paragraphs, one per
``<p>``/``<div>``/``<br>`` line), li (list items), pre (a ``<pre>``'s text, line breaks and all, which the
importer reads as a plain-text paste); images are listed with their address and alt
text for the editor to upload. Text only leaves this module as plain strings: the importer
escapes it again and nh3 sanitises the saved body.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .chrome import contains_sentence
from .hidden_text import is_hidden, marked, unmarked
from .metadata import parse_meta_line

# (and a ruby's annotation, <rt> and its fallback brackets <rp>: 劳<rt>láo</rt> is 劳 with its reading over it)
_DROP = {"script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "button", "select",
         "textarea", "form", "nav", "header", "footer", "aside", "head", "title", "rt", "rp"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "track"}
_BLOCK = {"p", "div", "section", "article", "main", "body", "blockquote", "li", "ul", "ol", "h1", "h2", "h3",
          "h4", "h5", "h6", "table", "tr", "td", "th", "figure", "figcaption", "dl", "dt", "dd", "pre", "center"}
_PREFORMATTED = re.compile(r"white-space\s*:\s*(?:pre|pre-wrap|pre-line|break-spaces)\b", re.IGNORECASE)
MAX_DEPTH = 100  # no real page nests deeper; the tree's walks recurse once or twice a level
_HEADINGS = {"h1": "h1", "h2": "h2", "h3": "h3", "h4": "h3", "h5": "h3", "h6": "h3"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list = field(default_factory=list)  # Node | str


@dataclass(frozen=True)
class Image:
    src: str
    alt: str


@dataclass
class HtmlDocument:
    title: str  # <h1> (or the heading the page title names), the WeChat title, og:title or <title>
    # (kind, text): kind in h1 h2 h3 p li, links (an item of a link list), or tr and th (a data table's row and
    # header row, its cells' texts joined by CELL)
    blocks: list[tuple[str, str]]
    images: list[Image]
    published: str = ""  # the page's own record of when it was published (meta tags), ISO in Beijing time
    source: str = ""  # and of whose article it is (a government site's ContentSource)
    after_break: frozenset[int] = frozenset()  # the blocks that follow a <br> inside the same element


# Where pages record the publication time and the source: Open Graph and schema-style tags, and the metadata
# China's standard for government websites asks for (PubDate, ContentSource).
_DATE_KEYS = ("article:published_time", "og:published_time", "pubdate", "publishdate", "publish_date", "dc.date",
              "og:release_date", "datepublished")
_SOURCE_KEYS = ("contentsource", "source", "article:source")
_BEIJING = dt.timezone(dt.timedelta(hours=8))


def _published(meta: dict[str, str]) -> str:
    """The first publication time the meta tags give, as naive ISO in Beijing time ("" when none parses)."""
    for key in _DATE_KEYS:
        value = meta.get(key, "").strip()
        try:
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "T", 1))
        except ValueError:
            continue
        if moment.tzinfo is not None:  # the site's articles are dated in Beijing time
            moment = moment.astimezone(_BEIJING).replace(tzinfo=None)
        return moment.isoformat(sep=" ", timespec="minutes")
    return ""


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]
        self.meta: dict[str, str] = {}
        self.title = ""
        self._in_title = False
        # Tags opened deeper than MAX_DEPTH: (tag, whether its content is dropped). They are not kept, so
        # every walk of the tree stays within Python's recursion limit (3,000 nested <div>s answered a
        # RecursionError); their text joins the deepest kept element, and a dropped one's stays dropped.
        self.beyond: list[tuple[str, bool]] = []

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name") or ""
            if key:
                self.meta[key.lower()] = attrs.get("content", "")
        if tag == "title":
            self._in_title = True
        if tag not in _VOID and (self.beyond or len(self.stack) > MAX_DEPTH):
            self.beyond.append((tag, tag in _DROP or self._dropping()))
            return
        node = Node(tag, attrs)
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def _dropping(self) -> bool:
        return bool(self.beyond) and self.beyond[-1][1]

    def handle_startendtag(self, tag, attrs):
        stack, beyond = len(self.stack), len(self.beyond)
        self.handle_starttag(tag, attrs)
        del self.stack[stack:], self.beyond[beyond:]

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        opened = [i for i, (name, _) in enumerate(self.beyond) if name == tag]
        if opened:
            del self.beyond[opened[-1]:]
            return
        self.beyond.clear()
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def unknown_decl(self, data):
        """A CDATA section (XHTML, a feed's item) is text: html.parser hands it here, and it was dropped."""
        if data.startswith("CDATA["):
            self.handle_data(data[len("CDATA["):])

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if not self._dropping():
            self.stack[-1].children.append(data)


def _find(node: Node, pred) -> Node | None:
    if pred(node):
        return node
    for c in node.children:
        if isinstance(c, Node) and (hit := _find(c, pred)):
            return hit
    return None


def _text(node: Node) -> str:
    return "".join(c if isinstance(c, str) else marked(_text(c)) if is_hidden(c.attrs) else _text(c)
                   for c in node.children if not (isinstance(c, Node) and c.tag in _DROP))


# A line break in the page's source, between a Chinese character and a Chinese character, mark or digit,
# is no space: CSS Text 3's segment-break rule, which browsers that follow it apply (a CMS that wraps its
# source at 80 columns gave 开班仪 式 and 32 家). Elsewhere (between English words, a Chinese word and
# an English one) it is a space, as HTML has it. Quotation marks and dashes are of ambiguous width in
# Unicode, so they count as Chinese beside a Chinese character.
_WIDE = r"[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]"
_BESIDE_WIDE = r"[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff“”‘’…—·0-9%]"
_SEGMENT_BREAK = re.compile(
    rf"(?P<chinese>(?<={_WIDE})[ \t\r]*\n[ \t\r\n]*(?={_BESIDE_WIDE})|(?<={_BESIDE_WIDE})[ \t\r]*\n[ \t\r\n]*(?={_WIDE}))"
    r"|\r?\n"
)


_TOP = ("#root", "html", "body")  # text here stands outside every element of the page
_BLANK_LINE = re.compile(r"(?<=\S)[ \t\r\f\v\u00a0\u3000]*\n[ \t\r\f\v\u00a0\u3000]*\n\s*(?=\S)")


def unbroken(s: str) -> str:
    """Source text with its line breaks as HTML renders them in Chinese (see _SEGMENT_BREAK)."""
    if "\n" not in s:
        return s
    return _SEGMENT_BREAK.sub(lambda m: "" if m.group("chinese") is not None else " ", s)


def _norm(s: str) -> str:
    return re.sub(r"[ \t\r\f\v\u00a0]+", " ", s).strip()


class _Walker:
    def __init__(self, stop_at: Node | None = None) -> None:
        self.blocks: list[tuple[str, str]] = []
        self.images: list[Image] = []
        self.buf: list[str] = []
        self.after_break: set[int] = set()
        self.kind = "p"
        self.stop_at, self.stopped = stop_at, False  # walk only what comes before that node
        self.hiding = 0  # inside an element the page hides

    def flush(self) -> None:
        text = "".join(self.buf)
        self.buf = []
        first = len(self.blocks)
        for line in text.split("\n"):
            line = _norm(line)
            if line and self.hiding:
                line = marked(line)
            if line:
                if len(self.blocks) > first:
                    self.after_break.add(len(self.blocks))
                self.blocks.append((self.kind, line))
        self.kind = "p"

    def _text(self, text: str, top: bool) -> None:
        """A text node. A blank line between its words is a paragraph the page lost its tags for (plain text
        with a stray <p> or <span> in it, or a hand-written page: a browser would run the two on), and so is
        each line of text standing outside every element (no page sets its article there)."""
        for i, piece in enumerate(_BLANK_LINE.split(text)):
            if i:
                self.flush()
            self.buf.append(piece if top else unbroken(piece))

    def walk(self, node: Node) -> None:
        for c in node.children:
            if self.stopped or c is self.stop_at:
                self.stopped = True
                return
            if isinstance(c, str):
                self._text(c, top=node.tag in _TOP)
                continue
            tag = c.tag
            if tag in _DROP:
                continue
            if is_hidden(c.attrs) and tag in _BLOCK:  # walked as any block, each of its lines marked
                self.flush()
                self.hiding += 1
                self.walk(c)
                self.flush()
                self.hiding -= 1
                continue
            if is_hidden(c.attrs):
                self.buf.append(marked(unbroken(_text(c))))
                continue
            if tag == "br":
                self.buf.append("\n")
            elif tag == "img":
                src = c.attrs.get("data-src") or c.attrs.get("src") or ""
                if src and not src.startswith("data:"):
                    self.images.append(Image(src, _norm(c.attrs.get("alt", ""))))
            elif tag in _HEADINGS or tag == "li":
                self.flush()
                self.buf.append(unbroken(_text(c)))
                self.kind = _HEADINGS.get(tag, "li")
                self.flush()
                # images inside headings or items are still listed
                for img in _images(c):
                    self.images.append(img)
            elif tag == "table" and (rows := _data_table(c)):
                self.flush()
                self.blocks += [("th" if header else "tr", CELL.join(cells)) for header, cells in rows]
            elif tag in _BLOCK and (links := _link_list(c)):
                self.flush()
                self.blocks += [("links", text) for text in links]
            elif tag == "pre" or _PREFORMATTED.search(c.attrs.get("style", "")):
                # its line breaks are the text's own: read as a plain-text paste (zhtext.reprint)
                self.flush()
                if (text := _text(c)).strip():
                    self.blocks.append(("pre", text.replace("\r\n", "\n").replace("\r", "\n")))
            elif tag in _BLOCK:
                self.flush()
                self.walk(c)
                self.flush()
            else:
                self.walk(c)


CELL = "\t"  # between a table row's cells in its block's text (kinds tr and th)


def _rows(node: Node) -> list[Node]:
    out = []
    for c in node.children:
        if isinstance(c, Node) and c.tag not in _DROP:
            out += [c] if c.tag == "tr" else _rows(c) if c.tag in ("thead", "tbody", "tfoot") else []
    return out


def _data_table(node: Node) -> list[tuple[bool, list[str]]]:
    """The rows of a table of data (a list of names, units, figures) as (header row?, cell texts); [] for a
    table a page is laid out with (its cells hold the article's sentences, another table, or one cell a row)."""
    rows, head = [], {id(tr) for tr in _thead_rows(node)}
    for tr in _rows(node):
        cells = [c for c in tr.children if isinstance(c, Node) and c.tag in ("td", "th")]
        if any(_find(cell, lambda n: n.tag == "table") for cell in cells):
            return []
        texts = [_norm(unbroken(_text(cell))) for cell in cells]
        if any(contains_sentence(text) for text in texts):
            return []
        header = all(cell.tag == "th" for cell in cells) or id(tr) in head
        rows.append((header, texts))
    rows = [(header, texts) for header, texts in rows if any(texts)]
    return rows if len(rows) >= 2 and max(len(texts) for _, texts in rows) >= 2 else []


def _thead_rows(table: Node) -> list[Node]:
    head = next((c for c in table.children if isinstance(c, Node) and c.tag == "thead"), None)
    return _rows(head) if head else []


def _link_texts(node: Node) -> list[str]:
    out = []
    for c in node.children:
        if isinstance(c, Node) and c.tag not in _DROP:
            out += [_norm(_text(c))] if c.tag == "a" else _link_texts(c)
    return [t for t in out if t]


_DOCUMENT = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|wps|zip|rar|7z|txt|csv)(?:$|[?#])", re.IGNORECASE)
_BETWEEN_LINKS = re.compile(r"[\s|｜·•/、,，>›»\-]")  # what menus put between their links


def _items_are_links(node: Node) -> bool:
    """A <ul> or <ol> whose every item is one link and nothing else."""
    items = [c for c in node.children if isinstance(c, Node) and c.tag == "li"]
    return node.tag in ("ul", "ol") and bool(items) and all(_link_texts(item) == [_norm(_text(item))] for item in items)


def _link_list(node: Node) -> list[str]:
    """The link texts of a block that is nothing but links (a list of one or more, any other block of two
    or more: a menu, a list of other articles, a sidebar box): kind "links", which the importer removes
    or proposes to remove (zhtext.surroundings). A block whose links hold a sentence is text."""
    links = _link_texts(node)
    # (a list whose every item is one link is a list of links, however long its titles: 相关新闻's headlines)
    if len(links) < (1 if node.tag in ("ul", "ol") else 2) or any(contains_sentence(t) for t in links) and not _items_are_links(node):
        return []
    if _find(node, lambda n: n.tag == "a" and _DOCUMENT.search(n.attrs.get("href", ""))):
        return []  # the article's attachments (报名表.docx), not the site's links
    text = _BETWEEN_LINKS.sub("", _text(node))
    return links if text and sum(len(_BETWEEN_LINKS.sub("", t)) for t in links) >= len(text) else []


def _images(node: Node) -> list[Image]:
    out = []
    for c in node.children:
        if isinstance(c, Node):
            if c.tag == "img" and (src := c.attrs.get("data-src") or c.attrs.get("src") or ""):
                out.append(Image(src, _norm(c.attrs.get("alt", ""))))
            out += _images(c)
    return out


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(?:p|div|br|h[1-6]|section|article|span|li|html|body|img|table|tr|td)\b[^>]*>", text, re.I))


def parse_html(html: str) -> HtmlDocument:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    root = builder.root
    content = (
        _find(root, lambda n: n.attrs.get("id") == "js_content")
        or _find(root, lambda n: n.tag == "article")
        or _find(root, lambda n: n.tag == "main")
        or _find(root, lambda n: n.tag == "body")
        or root
    )
    walker = _Walker()
    walker.walk(content)
    walker.flush()
    header = _header_before(root, content, walker.blocks)
    walker.blocks = header + walker.blocks
    wechat_title = _find(root, lambda n: n.attrs.get("id") == "activity-name")
    # A government site's ArticleTitle (China's standard for their metadata, beside PubDate and ContentSource) is
    # the headline itself; og:title and <title> may carry the site's name after it.
    page_title = (_norm(builder.meta.get("articletitle", "")) or _headline_of(_norm(builder.meta.get("og:title", "")))
                  or _headline_of(_norm(builder.title)))
    blocks = _promote_headline(walker.blocks, page_title)
    h1 = next((t for k, t in blocks if k == "h1"), "")
    title = h1 or (wechat_title and _norm(_text(wechat_title))) or page_title
    source = next((_norm(builder.meta[k]) for k in _SOURCE_KEYS if _norm(builder.meta.get(k, ""))), "")
    return HtmlDocument(_norm(unmarked(title or "")), blocks, walker.images, _published(builder.meta), source[:60],
                        frozenset(i + len(header) for i in walker.after_break))


def _header_before(root: Node, content: Node, blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The article's own header where the page prints it above the article's element (头条: the <h1>
    and "原创2024-04-18 09:12·西安工人报" before <article>): the last lines before it that are the headline
    (when the article holds none) or metadata. The importer reads them as it reads any header."""
    body = _find(root, lambda n: n.tag == "body") or root
    if content is root or content is body:
        return []
    walker = _Walker(stop_at=content)
    walker.walk(body)
    walker.flush()
    has_h1 = any(kind == "h1" for kind, _ in blocks)
    return [(kind, text) for kind, text in walker.blocks[-_HEADER_LINES:]
            if kind == "h1" and not has_h1 or kind == "p" and _is_metadata_line(text)]


_HEADER_LINES = 6


def _is_metadata_line(text: str) -> bool:
    found = parse_meta_line(text)
    return bool(found and any(label != "标题" for label, _ in found.parts))


# A page title is "headline_column_site" or "headline - site": what follows the first separator is the site's.
_TITLE_SEPARATOR = re.compile(r"\s*(?:[_|｜]|\s[-–—－]\s)\s*")


def _headline_of(page_title: str) -> str:
    head = _TITLE_SEPARATOR.split(page_title, maxsplit=1)[0]
    return head if len(head) >= 4 else page_title


def _promote_headline(blocks, page_title):
    """Many sites set the headline in an <h2> or <h3> (or a styled <div>) and name it again in <title>:
    a heading among the first blocks that the page's title holds is the headline (kind h1)."""
    if not page_title or any(kind == "h1" for kind, _ in blocks):
        return blocks
    # A heading the title holds, else a plain line the title starts with (a styled <div>).
    # (among the first six blocks that are not a menu's or a sidebar's links)
    first = [pos for pos, (kind, _) in enumerate(blocks) if kind != "links"][:6]
    for wanted in (lambda kind, text: kind in ("h2", "h3") and text in page_title,
                   lambda kind, text: page_title.startswith(text)):
        for pos in first:
            kind, text = blocks[pos]
            if len(text) >= 4 and wanted(kind, text):
                return [*blocks[:pos], ("h1", text), *blocks[pos + 1:]]
    return blocks
