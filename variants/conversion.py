"""Converting whole responses, with the results cached: a page costs one hash and one cache read."""
import hashlib

from django.core.cache import cache

from variants.glossary import converter_for, glossary_version
from zhtext.html_variants import convert_html
from zhtext.quotes import CornerQuotes
from zhtext.variants import KEEP_CLOSE, KEEP_OPEN

CONVERTIBLE_TYPES = ("text/html", "application/rss+xml", "application/atom+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml")
CACHE_SECONDS = 24 * 3600
# Only pages whose content is bounded by the database are cached: a 404 or a search result echoes what
# the visitor typed, so each distinct URL would store a page (an unbounded number of keys). Very large
# pages are converted each time rather than filling the cache. A view marks such a page with
# `response.cache_conversion = False`.
CACHE_MAX_BYTES = 512 * 1024


def is_cacheable(response) -> bool:
    return (
        response.status_code == 200
        and getattr(response, "cache_conversion", True)
        and len(response.content) <= CACHE_MAX_BYTES
    )


# Traditional readers expect 「」 and 『』, wherever the page is converted for people (not URLs or code).
CORNER_QUOTE_VARIANTS = ("zh-tw", "zh-hk")
# Part of the cache key: bump when the conversion itself changes, so no page converted the old way is served.
CONVERSION_VERSION = 3  # 3: Hong Kong forms (衞) folded before conversion


def is_convertible(response) -> bool:
    content_type = response.get("Content-Type", "")
    return (
        not response.streaming
        and response.status_code in (200, 404)
        and content_type.split(";")[0].strip() in CONVERTIBLE_TYPES
    )


def convert_text(html: str, variant: str, feed: bool = False) -> str:
    text_only = CornerQuotes() if variant in CORNER_QUOTE_VARIANTS else None
    return convert_html(html, converter_for(variant).convert, feed=feed, text_only=text_only)


def as_shown(text: str, variant: str) -> str:
    """A plain text (no markup) as a page in `variant` shows it between tags."""
    text = converter_for(variant).convert(text)
    return CornerQuotes()(text) if variant in CORNER_QUOTE_VARIANTS else text


def convert_response(response, variant: str) -> None:
    charset = response.charset or "utf-8"
    original = response.content
    feed = response.get("Content-Type", "").split(";")[0].strip() in FEED_TYPES
    if not is_cacheable(response):
        converted = convert_text(original.decode(charset), variant, feed=feed).encode(charset)
    else:
        key = f"variant:{CONVERSION_VERSION}:{variant}:{glossary_version()}:{hashlib.blake2b(original, digest_size=20).hexdigest()}"
        converted = cache.get(key)
        if converted is None:
            converted = convert_text(original.decode(charset), variant, feed=feed).encode(charset)
            cache.set(key, converted, CACHE_SECONDS)
    _set_content(response, converted)


def drop_keep_marks(response) -> None:
    """The Taiwan and Hong Kong catalogues mark their regional words (variants/regional.py); the
    conversion keeps and unmarks them in the text it converts. No mark may reach a reader from anywhere
    else either: markup the conversion skips, or a response it does not convert."""
    if response.streaming:
        return
    charset = response.charset or "utf-8"
    content = response.content
    marks = [mark.encode(charset, "ignore") for mark in (KEEP_OPEN, KEEP_CLOSE)]
    if any(mark and mark in content for mark in marks):
        for mark in marks:
            content = content.replace(mark, b"")
        _set_content(response, content)


def _set_content(response, content: bytes) -> None:
    response.content = content
    if response.has_header("Content-Length"):
        response["Content-Length"] = str(len(content))
