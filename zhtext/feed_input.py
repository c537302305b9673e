"""An item of an RSS or Atom feed pasted as it is (a site's feed copied from the browser or a reader app): read as
the page the item stands for.

The first <item> (RSS) or <entry> (Atom) gives the headline (<title>), the date (<pubDate>, <published>,
<updated>, <dc:date>), the author or source (<dc:creator>, <author>, <source>) and the article: <content:encoded>,
else <content>, else <description>, whose HTML is in a CDATA section or escaped once. They are written into an
HTML page (the title as <h1>, the date and source as the meta tags zhtext.htmlinput reads), so the rest of the
importer reads it as any page. Read with regular expressions, not an XML parser: a pasted feed is often not
well-formed (cut off, or its namespaces left out), and nothing in it is expanded but HTML's own entities.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import html
import re

_FEED = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF|channel|item|entry)\b", re.S | re.I)
_ITEM = re.compile(r"<(item|entry)(?=[\s>])[^>]*>(.*?)(?:</\1\s*>|\Z)", re.S | re.I)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)


def _field(item: str, *names: str) -> str:
    """The first of the named elements that has text (its opening tag, then the next closing tag: one pass,
    however many unclosed tags a cut-off paste holds)."""
    for name in names:
        opening = re.search(rf"<{name}(?=[\s>/])[^>]*>", item, re.I)
        end = item.lower().find(f"</{name.lower()}", opening.end()) if opening else -1
        value = item[opening.end():end].strip() if end >= 0 else ""
        if value:
            cdata = _CDATA.fullmatch(value)
            return cdata.group(1) if cdata else html.unescape(value)
    return ""


def _iso(value: str) -> str:
    """An RFC 822 (RSS) or ISO 8601 (Atom) date as ISO 8601, or "" when it is neither."""
    value = value.strip()
    try:
        return email.utils.parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        return ""


def feed_page(text: str) -> tuple[str, int] | None:
    """(the first item as an HTML page, how many items the feed holds), or None when the text is no feed."""
    if not _FEED.match(text[:2000]):
        return None
    items = [m.group(2) for m in _ITEM.finditer(text)]
    if not items:
        return None
    item = items[0]
    title = re.sub(r"<[^>]+>", "", _field(item, "title")).strip()
    body = _field(item, "content:encoded", "content", "description", "summary")
    published = _iso(_field(item, "pubDate", "published", "dc:date", "updated"))
    source = re.sub(r"<[^>]+>", " ", _field(item, "dc:creator", "author", "source")).strip()
    head = [f"<title>{html.escape(title)}</title>"]
    if published:
        head.append(f'<meta property="article:published_time" content="{html.escape(published)}">')
    if source:
        head.append(f'<meta name="ContentSource" content="{html.escape(" ".join(source.split()))}">')
    heading = f"<h1>{html.escape(title)}</h1>" if title else ""
    return f"<html><head>{''.join(head)}</head><body><article>{heading}{body}</article></body></html>", len(items)
