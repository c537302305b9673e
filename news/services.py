"""Writes to articles as small named functions, called alike by the admin, the importer and the seed loader."""
from news.images import make_renditions
from news.models import Article


def refresh_renditions(article) -> bool:
    """Make the cover's WebP renditions when they are missing or stale, and store them on the article
    (without touching updated_at: the article itself did not change). True when something was written."""
    renditions = make_renditions(article)
    if renditions == (article.cover_renditions or []):
        return False
    article.cover_renditions = renditions
    Article.objects.filter(pk=article.pk).update(cover_renditions=renditions)
    return True


def refresh_missing_renditions() -> int:
    """Renditions for every article that has a cover but none yet (after loading fixtures); how many."""
    articles = Article.objects.exclude(cover_image="").only("pk", "cover_image", "cover_renditions")
    return sum(refresh_renditions(article) for article in articles if not article.cover_renditions)
