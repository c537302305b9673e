"""Articles with library pictures in the body, a gallery and attachments (附件) on the public page."""
import re

import pytest
from django.urls import reverse

from medialib import services
from medialib.models import Attachment, Image
from news.models import Article, ArticleAttachment, GalleryImage
from tests.medialib.media_helpers import docx_bytes, jpeg_bytes, pdf_bytes, upload

pytestmark = pytest.mark.django_db


def library_image(alt="车间实训", size=(1400, 1000), **fields):
    return services.save_image(Image(title=alt, alt=alt, **fields), upload(jpeg_bytes(size)))


def library_attachment(title="报名表", data=None, name="报名表.docx"):
    return services.save_attachment(Attachment(title=title, filename=name), upload(data or docx_bytes(), name))


def test_body_picture_is_rendered_as_picture_with_webp_srcset(client, make_article):
    image = library_image()
    body = f'<figure><img src="/media/x.jpg" alt="车间实训" data-image="{image.pk}"><figcaption>学员在车间</figcaption></figure>'
    article = make_article(body=body)
    assert f'data-image="{image.pk}"' in Article.objects.get(pk=article.pk).body  # survives the sanitiser
    html = client.get(article.get_absolute_url()).content.decode()
    prose = html.split('class="prose"')[1].split("</div>")[0]
    assert '<source type="image/webp"' in prose and "320w" in prose and "1280w" in prose
    assert 'sizes="(min-width: 50rem) 46rem, 100vw"' in prose and 'alt="车间实训"' in prose
    assert "<figcaption>学员在车间</figcaption>" in prose


def test_attachments_are_listed_with_name_type_and_size(client, make_article):
    article = make_article()
    doc = library_attachment()
    ArticleAttachment.objects.create(article=article, attachment=doc)
    html = client.get(article.get_absolute_url()).content.decode()
    section = html.split('class="attachments"')[1].split("</section>")[0]
    assert "附件" in section and ">报名表</a>" in section and "Word" in section
    assert re.search(r"\d+(\.\d+)?\xa0(字节|KB)", section), section


def test_attachment_downloads_as_attachment_with_safe_type(client, make_article):
    article = make_article()
    doc = library_attachment()
    ArticleAttachment.objects.create(article=article, attachment=doc)
    response = client.get(doc.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "filename*=utf-8''%E6%8A%A5%E5%90%8D%E8%A1%A8.docx" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff" and "sandbox" in response["Content-Security-Policy"]
    assert b"".join(response.streaming_content).startswith(b"PK\x03\x04")


def test_attachment_of_a_draft_is_not_downloadable_by_readers(make_article, editor_client):
    from django.test import Client

    client = Client()
    draft = make_article(status=Article.Status.DRAFT)
    pdf = library_attachment("草稿附件", pdf_bytes(), "通知.pdf")
    ArticleAttachment.objects.create(article=draft, attachment=pdf)
    assert client.get(pdf.get_absolute_url()).status_code == 404
    unused = library_attachment("未使用", pdf_bytes(), "x.pdf")
    assert client.get(unused.get_absolute_url()).status_code == 404
    response = editor_client.get(pdf.get_absolute_url())
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "private, no-store"


def test_attachment_linked_from_the_body_is_listed_after_saving_in_admin(editor_client, reviewer_client):
    pdf = library_attachment("通知", pdf_bytes(), "通知.pdf")
    from tests.admin_forms import article_form_data as form_data

    body = f'<p>见<a href="{pdf.get_absolute_url()}" data-attachment="{pdf.pk}">通知</a>。</p>'
    data = form_data(body=body, _publish="1")  # published by a reviewer (editors do not publish)
    response = reviewer_client.post(reverse("admin:news_article_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    article = Article.objects.get()
    assert [link.attachment for link in article.attachment_links.all()] == [pdf]
    editor_client.logout()
    assert editor_client.get(pdf.get_absolute_url()).status_code == 200


def test_gallery_shows_each_picture_with_caption_and_credit(client, make_article):
    article = make_article()
    for n in range(3):
        GalleryImage.objects.create(
            article=article, position=n, image=library_image(f"图{n}", caption=f"说明{n}", credit="摄影：李明")
        )
    html = client.get(article.get_absolute_url()).content.decode()
    gallery = html.split('class="gallery"')[1].split("</section>")[0]
    assert gallery.count("<picture") == 3 and "说明0" in gallery and "摄影：李明" in gallery
    assert gallery.index("说明0") < gallery.index("说明2")


def test_body_link_to_missing_file_or_image_never_breaks_the_page(client, make_article):
    article = make_article(body='<p><img src="/media/gone.jpg" alt="旧图" data-image="99999"></p>')
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200 and 'alt="旧图"' in response.content.decode()
    assert client.get("/files/99999/x.pdf").status_code == 404


def test_editors_see_the_gallery_and_attachment_inlines(editor_client, editor):
    assert editor.has_perm("news.add_galleryimage") and editor.has_perm("news.add_articleattachment")
    html = editor_client.get(reverse("admin:news_article_add")).content.decode()
    assert 'id="gallery_items-group"' in html and 'id="attachment_links-group"' in html
