from academy.sitemaps import SITEMAPS as ACADEMY_SITEMAPS
from news.sitemaps import ArticleSitemap, NewsPagesSitemap

SITEMAPS = {"pages": NewsPagesSitemap, "articles": ArticleSitemap, **ACADEMY_SITEMAPS}
