"""Per-variant sitemaps: each lists its own variant's URLs, with the other variants as alternates.

Each section is paginated (SITEMAP_LIMIT URLs a file, far below the protocol's 50,000 URLs and 50 MB, so a
file is quick to make) and read page by page from the database, never whole. A URL's alternates are its
own path with the other variants' prefix, so each URL costs one location, not one reverse() per variant.
"""
from functools import cached_property

from django.core.paginator import Paginator
from django.utils.translation import get_language

from variants.catalogue import VARIANTS

SITEMAP_LIMIT = 5000


class VariantSitemapMixin:
    limit = SITEMAP_LIMIT

    @cached_property
    def paginator(self):
        return Paginator(self.items(), self.limit)

    def page_lastmod(self, number):
        """The newest lastmod of one page of this section, for the sitemap index (None if unknown)."""
        if not callable(getattr(self, "lastmod", None)):
            return None
        return max((self.lastmod(item) for item in self.paginator.page(number).object_list), default=None)

    def _urls(self, page, protocol, domain):
        code = get_language()
        prefix = f"/{code}/"
        urls, newest = [], None
        for item in self.paginator.page(page).object_list:
            path = self._get("location", item)
            lastmod = self._get("lastmod", item)
            if lastmod is not None and (newest is None or lastmod > newest):
                newest = lastmod
            alternates = [
                {"location": f"{protocol}://{domain}/{v.code}/{path.removeprefix(prefix)}", "lang_code": v.code}
                for v in VARIANTS
            ] if path.startswith(prefix) else []
            urls.append({
                "item": item, "location": f"{protocol}://{domain}{path}", "lastmod": lastmod,
                "changefreq": self._get("changefreq", item), "priority": str(self._get("priority", item) or ""),
                "alternates": alternates,
            })
        if newest is not None:
            self.latest_lastmod = newest
        return urls


def per_variant(sitemaps: dict) -> dict:
    return {name: type(f"Variant{cls.__name__}", (VariantSitemapMixin, cls), {}) for name, cls in sitemaps.items()}
