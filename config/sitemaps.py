from academy.sitemaps import SITEMAPS as ACADEMY_SITEMAPS
from news.sitemaps import ArticleSitemap, NewsPagesSitemap
from variants.sitemaps import per_variant

SITEMAPS = per_variant({"pages": NewsPagesSitemap, "articles": ArticleSitemap, **ACADEMY_SITEMAPS})
