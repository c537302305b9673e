"""ASCII URL slugs for Chinese titles.

Django's slugify() returns '' for an all-Chinese title. Pinyin keeps the slug readable to a Chinese
reader and safe in any URL, in any script variant (the same characters in Simplified and Traditional
read the same).
"""
import re

from pypinyin import Style, lazy_pinyin

_NON_WORD = re.compile(r"[^a-z0-9]+")


def pinyin_slug(text: str, max_length: int = 80) -> str:
    """Lowercase ASCII words joined by '-', cut at a word boundary; '' only for text with no letters."""
    words = lazy_pinyin(text or "", style=Style.NORMAL, errors=lambda chars: chars.lower())
    slug = _NON_WORD.sub("-", "-".join(words).lower().replace("ü", "v")).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug
