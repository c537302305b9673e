from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from news.models import Article


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return Article.objects.published().for_links()

    def lastmod(self, item):
        return max(item.updated_at, item.published_at)


class NewsPagesSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return ["news:home", "news:list"]

    def location(self, item):
        return reverse(item)
