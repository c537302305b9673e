from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from news.models import Article


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return Article.objects.published().only("slug", "updated_at", "published_at").order_by("-published_at", "-pk")

    def lastmod(self, item):
        return max(item.updated_at, item.published_at)

    def page_lastmod(self, number):
        """One aggregate over the page's rows instead of reading them."""
        page = self.paginator.page(number)
        newest = self.items()[page.start_index() - 1:page.end_index()].aggregate(
            updated=Max("updated_at"), published=Max("published_at"),
        )
        return max(filter(None, newest.values()), default=None)

    def get_latest_lastmod(self):
        return self.page_lastmod(1) if self.paginator.count else None


class NewsPagesSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return ["news:home", "news:list"]

    def location(self, item):
        return reverse(item)
