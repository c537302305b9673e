"""RSS 2.0 and Atom feeds of published articles."""
from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from news.models import Article

FEED_SIZE = 20


class LatestArticlesRss(Feed):
    feed_type = Rss201rev2Feed
    author_name = settings.SITE_NAME  # Atom requires an author for the feed
    # No fixed language: Django uses the active one, so each variant's feed says its own.

    def title(self):
        return f"{settings.SITE_NAME} · {_('News')}"

    def description(self):
        return _("The latest news of the craftsman academies.")

    def link(self):
        return reverse("news:list")

    def items(self):
        return Article.objects.published().news().for_feed()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        # Atom requires <updated>; a fixture or import may predate publication, so never earlier than it.
        return max(item.updated_at, item.published_at)

    def item_author_name(self, item):
        return item.byline or item.source_name or settings.SITE_NAME

    def item_categories(self, item):
        return [tag.name for tag in item.shown_tags]

    def item_guid(self, item):
        return f"{settings.SITE_URL}{item.get_absolute_url()}"


class LatestArticlesAtom(LatestArticlesRss):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()


class NoticesRss(LatestArticlesRss):
    """通知公告: the notices, newest first (pinning is for pages, a feed reader sorts by date)."""

    def title(self):
        return f"{settings.SITE_NAME} · {_('Notices')}"

    def description(self):
        return _("Notices and announcements of the craftsman academies.")

    def link(self):
        return reverse("news:notices")

    def items(self):
        return Article.objects.published().filter(kind=Article.Kind.NOTICE).for_feed()[:FEED_SIZE]


class NoticesAtom(NoticesRss):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
