"""news.presence: the article page asks only for the relations the article has rows in, read from the
link tables with the article itself, so every way of writing or deleting those rows is seen at once."""
import pytest
from django.urls import reverse

from news.models import Article, ArticleAttachment, GalleryImage
from tests.admin_forms import article_form_data
from tests.news.test_news_media import library_attachment, library_image
from tests.page_queries import warm_page

pytestmark = pytest.mark.django_db

GALLERY_READ = 'SELECT "news_galleryimage"."id"'
MEDIA_READS = (GALLERY_READ, 'SELECT "news_articleattachment"."id"', 'SELECT "news_articlevideo"."id"')


def page(client, article):
    return warm_page(client, article.get_absolute_url())


def reads(sqls, start):
    return [sql for sql in sqls if sql.startswith(start)]


def test_an_article_without_media_reads_no_media_table(client, make_article):
    html, sqls = page(client, make_article())
    assert not [sql for sql in sqls if sql.startswith(MEDIA_READS)]
    assert 'class="gallery"' not in html and 'class="attachments"' not in html


def test_a_gallery_added_in_the_admin_shows_and_goes_with_its_rows(client, reviewer_client):
    image = library_image("实训车间", caption="学员在车间")
    data = article_form_data(
        _publish="1", **{"gallery_items-TOTAL_FORMS": "1", "gallery_items-0-image": str(image.pk),
                         "gallery_items-0-position": "0"},
    )
    response = reviewer_client.post(reverse("admin:news_article_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    article = Article.objects.get()
    assert article.is_public
    html, sqls = page(client, article)
    assert "学员在车间" in html.split('class="gallery"')[1]
    assert len(reads(sqls, GALLERY_READ)) == 1
    GalleryImage.objects.filter(article=article).delete()  # a queryset delete: no save(), no signal per row
    html, sqls = page(client, article)
    assert 'class="gallery"' not in html and not reads(sqls, GALLERY_READ)


def test_rows_written_without_save_are_seen(client, make_article):
    """No stored flag to keep in sync: bulk_create (as imports and loaddata write rows) is seen at once."""
    article = make_article()
    ArticleAttachment.objects.bulk_create([ArticleAttachment(article=article, attachment=library_attachment())])
    html, sqls = page(client, article)
    assert ">报名表</a>" in html.split('class="attachments"')[1]
    assert len(reads(sqls, 'SELECT "news_articleattachment"."id"')) == 1


def test_an_empty_relation_is_empty_without_a_query(make_article, django_assert_num_queries):
    from news.presence import Presence
    from news.views import MEDIA

    article = make_article(tags=["劳模"])
    GalleryImage.objects.create(article=article, image=library_image())
    presence = Presence(("tags", *MEDIA))
    loaded = presence.annotate(Article.objects.all()).get(pk=article.pk)
    with django_assert_num_queries(2):  # the tags and the gallery; attachments and videos are known empty
        presence.prefetch(loaded)
    with django_assert_num_queries(0):
        assert [t.name for t in loaded.tags.all()] == ["劳模"]
        assert len(loaded.gallery_items.all()) == 1
        assert list(loaded.attachment_links.all()) == [] and list(loaded.video_links.all()) == []


def test_the_ranking_normalises_an_article_version_once(make_article, monkeypatch):
    """本文涉及's ranking (news.prominence) reads the article's normalised text; a page view does not redo it."""
    from news import prominence

    calls = []
    original = prominence.normalise
    monkeypatch.setattr(prominence, "normalise", lambda text: calls.append(text) or original(text))
    article = make_article(body="<p>只算一次的正文</p>")
    first = prominence.article_text(article)
    assert prominence.article_text(Article.objects.get(pk=article.pk)) == first
    assert len([text for text in calls if "只算一次的正文" in text]) == 1
    article.body = "<p>改过的正文</p>"
    assert "改过的正文" in prominence.article_text(article)[1]
