"""Writes to articles as small named functions, called alike by the admin, the importer and the seed loader."""
from django.db.models import Max

from base.signals import content_changed
from medialib.models import Attachment
from news.body import body_attachment_ids
from news.images import make_renditions
from news.models import Article, ArticleAttachment


def refresh_renditions(article) -> bool:
    """Make the cover's WebP renditions when they are missing or stale, and store them on the article
    (without touching updated_at: the article itself did not change). True when something was written."""
    renditions = make_renditions(article)
    if renditions == (article.cover_renditions or []):
        return False
    article.cover_renditions = renditions
    Article.objects.filter(pk=article.pk).update(cover_renditions=renditions)
    content_changed.send(sender=Article)  # the page's <picture> changes; update() sends no post_save
    return True


def refresh_missing_renditions() -> int:
    """Renditions for every article that has a cover but none yet (after loading fixtures); how many."""
    articles = Article.objects.exclude(cover_image="").only("pk", "cover_image", "cover_renditions")
    return sum(refresh_renditions(article) for article in articles if not article.cover_renditions)


def link_body_attachments(article: Article) -> None:
    """Attachments linked from the body are listed under the article too (and so may be downloaded)."""
    ids = body_attachment_ids(article.body)
    if not ids:
        return
    present = set(article.attachment_links.values_list("attachment_id", flat=True))
    start = (article.attachment_links.aggregate(m=Max("position"))["m"] or 0) + 1
    missing = [pk for pk in Attachment.objects.filter(pk__in=ids).values_list("pk", flat=True) if pk not in present]
    ArticleAttachment.objects.bulk_create(
        ArticleAttachment(article=article, attachment_id=pk, position=start + n) for n, pk in enumerate(missing)
    )


def attachment_is_public(attachment) -> bool:
    """Readers may download an attachment of a published (and due) article."""
    return Article.objects.published_few().filter(attachment_links__attachment=attachment).exists()


def video_is_public(video) -> bool:
    """Readers may watch an uploaded video shown under a published (and due) article."""
    return Article.objects.published_few().filter(video_links__video=video).exists()
