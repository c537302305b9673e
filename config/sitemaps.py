"""Sitemaps: one file per variant, section and page; /sitemap.xml lists them all with their lastmod.

Every published page is in exactly one file per variant. Files and indexes are cached for SITEMAP_SECONDS
within one content generation of the page cache (config.pagecache): publishing, withdrawing or editing
an article or a record starts a new generation, so the sitemaps follow at once.
"""
from functools import wraps

from django.contrib.sitemaps import views as sitemap_views
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_page

from academy.sitemaps import SITEMAPS as ACADEMY_SITEMAPS
from config import pagecache
from news.sitemaps import ArticleSitemap, NewsPagesSitemap
from variants.catalogue import VARIANTS
from variants.sitemaps import per_variant, urlset_xml

SITEMAPS = per_variant({"pages": NewsPagesSitemap, "articles": ArticleSitemap, **ACADEMY_SITEMAPS})
SITEMAP_SECONDS = 3600
SECTION_URL_NAME = "sitemap-section"


def cached(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        generation = pagecache.current_state()[0]
        return cache_page(SITEMAP_SECONDS, key_prefix=f"sitemap-{generation}")(view)(request, *args, **kwargs)
    return wrapped


@cached
def section(request, section):
    """One page (?p=N) of one section in the request's variant: Django's view finds the URLs (and answers
    404 past the last page), urlset_xml writes them."""
    response = sitemap_views.sitemap(request, SITEMAPS, section=section)
    response.content = urlset_xml(response.context_data["urlset"])  # the template is never rendered
    return response


@cached
def variant_index(request):
    """/<variant>/sitemap.xml: that variant's section files."""
    return sitemap_views.index(request, SITEMAPS, sitemap_url_name=SECTION_URL_NAME)


@cached
def index(request):
    """/sitemap.xml: every section file of every variant, each with the newest lastmod of its pages."""
    entries, lastmods = [], {}
    for variant in VARIANTS:
        with translation.override(variant.code):
            for name, sitemap_class in SITEMAPS.items():
                sitemap = sitemap_class()
                location = request.build_absolute_uri(reverse(SECTION_URL_NAME, kwargs={"section": name}))
                for number in sitemap.paginator.page_range:
                    if (name, number) not in lastmods:
                        lastmods[name, number] = sitemap.page_lastmod(number)
                    url = location if number == 1 else f"{location}?p={number}"
                    entries.append({"location": url, "lastmod": lastmods[name, number]})
    return render(request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml")
