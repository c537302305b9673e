from django import template

from variants.catalogue import variant

register = template.Library()


@register.filter
def hreflang(code):
    """Django language code -> BCP 47 tag (zh-tw -> zh-Hant-TW)."""
    return variant(code).hreflang
