from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "新闻"

    def ready(self):
        from medialib import visibility
        from news.services import attachment_is_public

        visibility.register(attachment_is_public)

        from news import archive

        archive.connect_invalidation()

        from editorial import redirects
        from news.models import Article

        redirects.register("news:article", Article, lambda: Article.objects.published())
