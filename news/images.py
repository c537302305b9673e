"""Cover images: checked with Pillow on upload, then WebP renditions made once and reused by every page."""
import hashlib
import io
import warnings
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, UnidentifiedImageError

RENDITION_WIDTHS = (480, 960, 1440)
ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}


def validate_image(upload) -> None:
    """Refuse anything that is not a real, reasonably sized image, with a message an editor understands."""
    size = getattr(upload, "size", None)
    if size is not None and size > settings.IMAGE_MAX_BYTES:
        raise ValidationError(
            "图片文件过大（%(size).1f MB），上限为 %(limit).0f MB。",
            code="image_too_large",
            params={"size": size / 1_048_576, "limit": settings.IMAGE_MAX_BYTES / 1_048_576},
        )
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow only warns between MAX_IMAGE_PIXELS and twice that; treat a bomb as a bomb.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as image:
                width, height = image.size
                if width * height > settings.IMAGE_MAX_PIXELS:
                    raise ValidationError(
                        "图片像素过多（%(w)d×%(h)d），上限为 %(limit)d 万像素。",
                        code="image_too_many_pixels",
                        params={"w": width, "h": height, "limit": settings.IMAGE_MAX_PIXELS // 10_000},
                    )
                if image.format not in ALLOWED_FORMATS:
                    raise ValidationError(
                        "不支持的图片格式 %(fmt)s，请上传 JPEG、PNG、WebP 或 GIF。",
                        code="image_format", params={"fmt": image.format},
                    )
                image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ValidationError("图片像素过多，疑似“解压炸弹”，已拒绝。", code="image_bomb") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValidationError("上传的文件不是有效的图片，或图片已损坏。", code="image_invalid") from exc
    finally:
        upload.seek(0)


def make_renditions(article) -> list[dict]:
    """Write WebP renditions of the cover once (keyed by the file's content) and record them on the article."""
    if not article.cover_image:
        return []
    with article.cover_image.open("rb") as fh:
        data = fh.read()
    digest = hashlib.sha256(data).hexdigest()[:16]
    if article.cover_renditions and all(r.get("digest") == digest for r in article.cover_renditions):
        return article.cover_renditions
    with Image.open(io.BytesIO(data)) as source:
        source.load()
        image = source.convert("RGBA" if source.mode in ("RGBA", "LA", "P") else "RGB")
    renditions = []
    widths = [w for w in RENDITION_WIDTHS if w < image.width] + [min(image.width, RENDITION_WIDTHS[-1])]
    for width in sorted(set(widths)):
        height = round(image.height * width / image.width)
        name = str(PurePosixPath("renditions") / f"{digest}-{width}.webp")
        if not default_storage.exists(name):
            buffer = io.BytesIO()
            image.resize((width, height), Image.Resampling.LANCZOS).save(buffer, "WEBP", quality=80, method=4)
            name = default_storage.save(name, ContentFile(buffer.getvalue()))
        renditions.append({"width": width, "height": height, "name": name, "digest": digest})
    return renditions
