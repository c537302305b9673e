"""Per-variant sitemaps: each lists its own variant's URLs, with the other variants as alternates."""
from django.utils.translation import get_language

from variants.catalogue import VARIANTS


class VariantSitemapMixin:
    i18n = True
    alternates = True

    def _items(self):
        return [(item, get_language()) for item in self.items()]

    def get_languages_for_item(self, item):
        return [v.code for v in VARIANTS]


def per_variant(sitemaps: dict) -> dict:
    return {name: type(f"Variant{cls.__name__}", (VariantSitemapMixin, cls), {}) for name, cls in sitemaps.items()}
