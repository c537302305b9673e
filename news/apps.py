from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _ensure_search_index(using="default", **kwargs):
    from django.db import connections

    from news import search_index

    search_index.ensure(connections[using])


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "新闻"

    def ready(self):
        from medialib import visibility
        from news.services import attachment_is_public, video_is_public

        visibility.register(attachment_is_public)
        visibility.register(video_is_public, model="medialib.Video")

        from news import archive

        archive.connect_invalidation()

        from editorial import redirects
        from news.models import Article

        redirects.register("news:article", Article, lambda: Article.objects.published())
        # A later migration that rebuilds the article table on SQLite drops the search triggers.
        post_migrate.connect(_ensure_search_index, sender=self, dispatch_uid="news-search-index")
