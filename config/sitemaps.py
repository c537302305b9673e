"""Sitemaps: one file per variant, section and page; /sitemap.xml lists them all with their lastmod.

Every published page is in exactly one file per variant. Files and indexes are cached for SITEMAP_SECONDS
(a new article reaches the sitemaps within that time; its pages are live at once).
"""
from django.contrib.sitemaps import views as sitemap_views
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_page

from academy.sitemaps import SITEMAPS as ACADEMY_SITEMAPS
from news.sitemaps import ArticleSitemap, NewsPagesSitemap
from variants.catalogue import VARIANTS
from variants.sitemaps import per_variant

SITEMAPS = per_variant({"pages": NewsPagesSitemap, "articles": ArticleSitemap, **ACADEMY_SITEMAPS})
SITEMAP_SECONDS = 3600
SECTION_URL_NAME = "sitemap-section"


@cache_page(SITEMAP_SECONDS)
def section(request, section):
    """One page (?p=N) of one section in the request's variant."""
    return sitemap_views.sitemap(request, SITEMAPS, section=section)


@cache_page(SITEMAP_SECONDS)
def variant_index(request):
    """/<variant>/sitemap.xml: that variant's section files."""
    return sitemap_views.index(request, SITEMAPS, sitemap_url_name=SECTION_URL_NAME)


@cache_page(SITEMAP_SECONDS)
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
