"""Pictures in the library: refused when bad (Chinese messages, no files left), stored upright and clean."""
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from PIL import Image as PILImage

from medialib import services
from medialib.images import RENDITION_WIDTHS, clean_image
from medialib.models import Image
from tests.medialib.media_helpers import (
    GPS_IFD,
    bomb_png,
    jpeg_bytes,
    png_bytes,
    truncated_jpeg,
    upload,
)

pytestmark = pytest.mark.django_db


def stored_files(settings):
    root = settings.MEDIA_ROOT
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file()) if root.exists() else []


def read_back(name):
    with default_storage.open(name, "rb") as fh:
        image = PILImage.open(io.BytesIO(fh.read()))
        image.load()
    return image


def test_truncated_jpeg_passes_verify_but_is_refused():
    data = truncated_jpeg()
    with PILImage.open(io.BytesIO(data)) as image:
        image.verify()  # the old check: no complaint
    with pytest.raises(ValidationError) as info:
        clean_image(upload(data))
    assert "已损坏" in " ".join(info.value.messages)


@pytest.mark.parametrize(
    "data, name, message",
    [
        (b"%PDF-1.4 this is not a picture", "photo.jpg", "不是有效的图片"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", "logo.svg", "不是有效的图片"),
        (truncated_jpeg(), "photo.jpg", "已损坏"),
        (bomb_png(), "bomb.png", "解压炸弹"),
    ],
)
def test_bad_uploads_are_refused_and_leave_no_file(settings, data, name, message):
    image = Image(title="测试", alt="测试")
    with pytest.raises(ValidationError) as info:
        services.save_image(image, upload(data, name))
    assert message in " ".join(info.value.messages)
    assert Image.objects.count() == 0
    assert stored_files(settings) == []


def test_byte_and_pixel_limits_have_chinese_messages(settings):
    settings.IMAGE_MAX_BYTES = 1000
    with pytest.raises(ValidationError, match="图片文件过大.*上限为"):
        clean_image(upload(jpeg_bytes((400, 300))))
    settings.IMAGE_MAX_BYTES = 10**8
    settings.IMAGE_MAX_PIXELS = 100 * 100
    with pytest.raises(ValidationError, match="图片像素过多（400×300）"):
        clean_image(upload(jpeg_bytes((400, 300))))


def test_portrait_photo_with_orientation_6_is_stored_upright_without_exif_or_gps():
    # Sensor 1600×1200 landscape, EXIF says "rotate 90° clockwise to view": a 1200×1600 portrait.
    image = services.save_image(Image(title="竖拍", alt="竖拍照片"), upload(jpeg_bytes(orientation=6, gps=True)))
    assert (image.width, image.height) == (1200, 1600)
    served = [image.file.name] + [r[key] for r in image.renditions for key in ("webp", "fallback")]
    for name in served:
        picture = read_back(name)
        assert picture.height > picture.width, name
        exif = picture.getexif()
        assert not exif.get_ifd(GPS_IFD) and GPS_IFD not in exif, name
        assert 0x010F not in exif and 0x0112 not in exif, name  # no camera, no orientation left to apply
        assert "exif" not in picture.info and "xmp" not in picture.info, name
    # The sensor's light right half is now the bottom: rotated the right way, not mirrored.
    original = read_back(image.file.name).convert("L")
    assert original.getpixel((600, 1550)) > 200 and original.getpixel((600, 50)) < 120


def test_renditions_are_webp_and_fallback_at_each_width_made_once_and_shared():
    data = jpeg_bytes((2400, 1600))
    first = services.save_image(Image(title="一", alt="一"), upload(data))
    assert [r["width"] for r in first.renditions] == list(RENDITION_WIDTHS)
    for rendition in first.renditions:
        assert read_back(rendition["webp"]).format == "WEBP"
        fallback = read_back(rendition["fallback"])
        assert fallback.format == "JPEG" and fallback.width == rendition["width"]
    second = services.save_image(Image(title="二", alt="二"), upload(data))
    assert second.renditions == first.renditions  # same content: the same files, not made again


def test_small_image_is_never_upscaled_and_transparency_keeps_png():
    image = services.save_image(Image(title="小", alt="小"), upload(png_bytes((300, 200), mode="RGBA"), "a.png", "image/png"))
    assert [r["width"] for r in image.renditions] == [300]
    assert image.renditions[0]["fallback"].endswith(".png")
    assert read_back(image.file.name).mode == "RGBA"


def test_failed_database_save_removes_every_file_written(settings, monkeypatch):
    def broken_save(self, *args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(Image, "save", broken_save)
    with pytest.raises(RuntimeError):
        services.save_image(Image(title="断", alt="断"), upload(jpeg_bytes((800, 600))))
    assert stored_files(settings) == []


def test_deleting_an_image_removes_its_files_but_keeps_renditions_still_shared(settings, django_capture_on_commit_callbacks):
    data = jpeg_bytes((700, 500))
    one = services.save_image(Image(title="一", alt="一"), upload(data))
    two = services.save_image(Image(title="二", alt="二"), upload(data))
    with django_capture_on_commit_callbacks(execute=True):
        services.delete_image_files(one)
        one.delete()
    assert default_storage.exists(two.renditions[0]["webp"]) and not default_storage.exists(one.file.name)
    with django_capture_on_commit_callbacks(execute=True):
        services.delete_image_files(two)
        two.delete()
    assert stored_files(settings) == []


def test_refresh_renditions_remakes_lost_files():
    image = services.save_image(Image(title="一", alt="一"), upload(jpeg_bytes((700, 500))))
    default_storage.delete(image.renditions[0]["webp"])
    services.refresh_renditions(image)
    assert default_storage.exists(image.renditions[0]["webp"])


def test_search_finds_title_alt_caption_and_credit():
    services.save_image(Image(title="挂牌", alt="仪式现场", caption="大会", credit="摄影：李明"), upload(jpeg_bytes((400, 300))))
    for text in ("挂牌", "仪式", "大会", "李明"):
        assert Image.objects.search(text).count() == 1
    assert Image.objects.search("不存在").count() == 0
