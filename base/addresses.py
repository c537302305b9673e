"""A record's address, reversed once however often a page links it.

A list page links each record from its card and from the page's JSON-LD, an article page each record it is
about from "本文涉及" and from its JSON-LD: reverse() is a few tens of microseconds each time. The address is
kept on the loaded record, keyed by what it depends on (the active language's prefix, the URLconf and the
slug), so it is never served stale: another language, or a renamed record, reverses again.
"""
from django.urls import get_urlconf
from django.utils.translation import get_language


def record_url(record) -> str:
    key = (get_language(), get_urlconf(), getattr(record, "slug", None))
    known = record.__dict__.get("_record_url")
    if known is not None and known[0] == key:
        return known[1]
    url = record.get_absolute_url()
    record.__dict__["_record_url"] = (key, url)
    return url
