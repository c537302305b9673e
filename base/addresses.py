"""Addresses, reversed once however often a page links them.

reverse() costs 10–20 µs a call (Django matches the URL pattern again each time), and a list page links
dozens of records and the same few list pages over and over.

- `record_url(record)`: a list page links each record from its card and from the page's JSON-LD, an
  article page each record it is about from "本文涉及" and from its JSON-LD. The address is kept on the
  loaded record, keyed by what it depends on (the active language's prefix, the URLconf and the slug), so
  it is never served stale: another language, or a renamed record, reverses again.
- `address(view_name, *args)`: what `reverse(view_name, args=args)` answers, with the view reversed once
  per language, URLconf and script prefix: for no argument; for one slug, around a placeholder that the
  slug is put in place of (slugs are unbounded); for whole numbers (an archive's year and month), once per
  set of numbers, the most recent NUMBERED kept. A slug that the `slug` path converter would refuse, and
  any other argument, go to reverse() itself, and so get its NoReverseMatch.
"""
import re
from functools import lru_cache

from django.conf import settings
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language

SLUG = re.compile(r"[-a-zA-Z0-9_]+")  # django.urls.converters.SlugConverter
PLACEHOLDER = "slug-placeholder"
NUMBERED = 4096  # archive years and months of every language: a few hundred


def record_url(record) -> str:
    key = (get_language(), get_urlconf(), getattr(record, "slug", None))
    known = record.__dict__.get("_record_url")
    if known is not None and known[0] == key:
        return known[1]
    url = record.get_absolute_url()
    record.__dict__["_record_url"] = (key, url)
    return url


def address(view_name, *args) -> str:
    where = (get_language(), get_urlconf(settings.ROOT_URLCONF), get_script_prefix())
    if not args:
        return _reversed(view_name, False, *where)[0]
    if len(args) == 1 and isinstance(args[0], str) and SLUG.fullmatch(args[0]):
        try:
            before, after = _reversed(view_name, True, *where)
        except NoReverseMatch:  # the view's converter is not for slugs (digits given to an <int:…>)
            return reverse(view_name, args=args)
        return before + args[0] + after
    if all(type(arg) is int for arg in args):  # a bool is not a whole number here: its reverse() fails
        return _reversed_numbers(view_name, args, *where)
    return reverse(view_name, args=args)


@lru_cache(maxsize=256)
def _reversed(view_name, with_slug, language, urlconf, script_prefix):
    """(the address before the slug, after it); the last three arguments are what reverse() reads."""
    if not with_slug:
        return reverse(view_name), ""
    before, _, after = reverse(view_name, args=[PLACEHOLDER]).partition(PLACEHOLDER)
    return before, after


@lru_cache(maxsize=NUMBERED)
def _reversed_numbers(view_name, numbers, language, urlconf, script_prefix):
    return reverse(view_name, args=numbers)
