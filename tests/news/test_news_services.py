"""refresh_renditions: one write, used by the admin, the importer and the seed loader alike."""
import pytest
from django.core.files.base import ContentFile

from news.models import Article
from news.services import refresh_missing_renditions, refresh_renditions
from tests.news.test_news_images import png_bytes

pytestmark = pytest.mark.django_db


def with_cover(make_article, size=(1200, 600)):
    article = make_article(title="有封面的新闻", cover_alt="封面")
    article.cover_image.save("cover.png", ContentFile(png_bytes(size)), save=True)  # a shell save: no renditions
    return article


def test_a_cover_saved_outside_the_admin_gets_its_renditions(make_article):
    article = with_cover(make_article)
    assert Article.objects.get(pk=article.pk).cover_renditions == []
    updated_at = Article.objects.get(pk=article.pk).updated_at
    assert refresh_renditions(article) is True
    stored = Article.objects.get(pk=article.pk)
    assert [r["width"] for r in stored.cover_renditions] == [480, 960, 1200]
    assert stored.updated_at == updated_at
    assert refresh_renditions(stored) is False  # up to date: nothing written


def test_the_seed_loader_fills_in_missing_renditions(make_article):
    article, plain = with_cover(make_article), make_article(title="没有封面")
    assert refresh_missing_renditions() == 1
    assert Article.objects.get(pk=article.pk).cover_renditions
    assert Article.objects.get(pk=plain.pk).cover_renditions == []
    assert refresh_missing_renditions() == 0
