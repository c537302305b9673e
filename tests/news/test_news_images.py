import io
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from news.images import make_renditions, validate_image
from tests.news.test_news_query_counts import ARTICLE_PAGE_QUERIES

pytestmark = pytest.mark.django_db


def png_bytes(size=(1600, 900), color=(159, 29, 32)):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()


def bomb_png(width=100_000, height=100_000):
    """A tiny file whose header claims ten billion pixels."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def upload(data, name="cover.png", content_type="image/png"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def test_real_image_passes():
    validate_image(upload(png_bytes()))


@pytest.mark.parametrize(
    "data, message",
    [
        (b"not an image at all", "不是有效的图片"),
        (png_bytes()[:200], "不是有效的图片"),
        (bomb_png(), "解压炸弹"),
    ],
)
def test_bad_images_are_refused_with_a_clear_message(data, message):
    with pytest.raises(ValidationError) as info:
        validate_image(upload(data))
    assert message in " ".join(info.value.messages)


def test_pixel_and_byte_limits(settings):
    settings.IMAGE_MAX_PIXELS = 1000
    with pytest.raises(ValidationError, match="像素过多"):
        validate_image(upload(png_bytes((100, 100))))
    settings.IMAGE_MAX_PIXELS = 10**8
    settings.IMAGE_MAX_BYTES = 100
    with pytest.raises(ValidationError, match="过大"):
        validate_image(upload(png_bytes((100, 100))))


def test_renditions_are_webp_made_once_and_reused(make_article):
    article = make_article()
    article.cover_image.save("cover.png", upload(png_bytes()), save=True)
    first = make_renditions(article)
    assert [r["width"] for r in first] == [480, 960, 1440]
    from django.core.files.storage import default_storage

    for rendition in first:
        with default_storage.open(rendition["name"]) as fh, Image.open(fh) as image:
            assert image.format == "WEBP" and image.width == rendition["width"]
    article.cover_renditions = first
    assert make_renditions(article) is article.cover_renditions  # nothing regenerated


def test_small_image_is_not_upscaled(make_article):
    article = make_article()
    article.cover_image.save("small.png", upload(png_bytes((300, 200))), save=True)
    assert [r["width"] for r in make_renditions(article)] == [300]


def test_pages_use_srcset_without_extra_queries(client, make_article, django_assert_max_num_queries):
    article = make_article(title="有封面的新闻", cover_alt="挂牌仪式现场")
    article.cover_image.save("cover.png", upload(png_bytes()), save=True)
    article.cover_renditions = make_renditions(article)
    article.save()
    client.get(article.get_absolute_url())  # glossary warm-up
    with django_assert_max_num_queries(ARTICLE_PAGE_QUERIES):
        html = client.get(article.get_absolute_url()).content.decode()
    assert 'type="image/webp"' in html and "480w" in html and "1440w" in html
    assert 'alt="挂牌仪式现场"' in html


def test_article_without_image_has_no_empty_picture(client, make_article):
    html = client.get(make_article().get_absolute_url()).content.decode()
    assert "<picture" not in html and "<img" not in html.split("<main")[1]


def _cover_form(**overrides):
    from tests.admin_forms import article_form_data as form_data

    return form_data(**overrides)


def test_cover_original_is_stored_upright_without_exif_or_gps(editor_client, settings):
    """#9 item 4: the original is the <img> fallback, so it is re-encoded without metadata."""
    from django.urls import reverse

    from news.models import Article
    from tests.medialib.media_helpers import GPS_IFD, jpeg_bytes
    from tests.medialib.media_helpers import upload as jpeg_upload

    response = editor_client.post(
        reverse("admin:news_article_add"),
        _cover_form(cover_image=jpeg_upload(jpeg_bytes(orientation=6, gps=True)), cover_alt="竖拍封面"),
    )
    assert response.status_code == 302
    article = Article.objects.get()
    with article.cover_image.open("rb") as fh, Image.open(io.BytesIO(fh.read())) as served:
        exif = served.getexif()
        assert served.height > served.width
        assert GPS_IFD not in exif and not exif.get_ifd(GPS_IFD) and 0x010F not in exif


def test_truncated_cover_is_a_form_error_and_leaves_no_file(editor_client, settings):
    """#9 item 6: decoded in full while validating; nothing written to MEDIA_ROOT."""
    from django.urls import reverse

    from news.models import Article
    from tests.medialib.media_helpers import truncated_jpeg
    from tests.medialib.media_helpers import upload as jpeg_upload

    response = editor_client.post(
        reverse("admin:news_article_add"), _cover_form(cover_image=jpeg_upload(truncated_jpeg()), cover_alt="图")
    )
    assert response.status_code == 200
    assert "已损坏" in response.content.decode()
    assert not Article.objects.exists()
    root = settings.MEDIA_ROOT
    assert not root.exists() or not any(p.is_file() for p in root.rglob("*"))
