"""Uploaded pictures: checked by decoding them fully, re-encoded without metadata, renditions made once.

Layer: plain Django + Pillow; imports nothing from news or academy (both use it).
"""
import hashlib
import io
import warnings
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

# Widths of the renditions (CSS px × device pixel ratio covers phones at 390 px up to 1280 px layouts).
RENDITION_WIDTHS = (320, 640, 960, 1280, 1920)
ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
# What the stored original is re-encoded as (GIF keeps its first frame, as a PNG).
STORED_FORMAT = {"JPEG": ("JPEG", "jpg"), "PNG": ("PNG", "png"), "WEBP": ("WEBP", "webp"), "GIF": ("PNG", "png")}


@dataclass
class CleanImage:
    """An upload after checking: pixels decoded and upright, bytes re-encoded with no metadata at all."""

    image: Image.Image
    data: bytes
    extension: str
    digest: str

    @property
    def width(self):
        return self.image.width

    @property
    def height(self):
        return self.image.height


def _refuse_size(size):
    if size is not None and size > settings.IMAGE_MAX_BYTES:
        raise ValidationError(
            "图片文件过大（%(size).1f MB），上限为 %(limit).0f MB。",
            code="image_too_large",
            params={"size": size / 1_048_576, "limit": settings.IMAGE_MAX_BYTES / 1_048_576},
        )


def decode_image(upload) -> Image.Image:
    """Open and decode every pixel: a truncated or corrupt file fails here, not later on a page."""
    _refuse_size(getattr(upload, "size", None))
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow only warns between MAX_IMAGE_PIXELS and twice that; treat a bomb as a bomb.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(upload)
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
            image.load()  # full decode; verify() alone lets a truncated JPEG through
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ValidationError("图片像素过多，疑似“解压炸弹”，已拒绝。", code="image_bomb") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ValidationError(
            "上传的文件不是有效的图片，或图片已损坏（例如没有传完）。请重新导出后再上传。", code="image_invalid"
        ) from exc
    finally:
        upload.seek(0)
    return image


def _to_srgb(image: Image.Image) -> Image.Image:
    """Convert colours to sRGB if the file carried another profile; the profile itself is then dropped."""
    profile = image.info.get("icc_profile")
    if not profile or image.mode not in ("RGB", "RGBA"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        return ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"), outputMode=image.mode)
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image


def clean_image(upload) -> CleanImage:
    """Check an upload and return it upright (EXIF orientation applied) and re-encoded without EXIF/GPS/XMP."""
    source = decode_image(upload)
    fmt, extension = STORED_FORMAT[source.format]
    image = ImageOps.exif_transpose(source)  # a portrait phone photo stands upright
    image = _to_srgb(image)
    if image.mode not in ("RGB", "RGBA", "L", "LA", "P"):
        image = image.convert("RGB")
    if fmt == "JPEG" and image.mode != "RGB":
        image = image.convert("RGB") if image.mode != "L" else image
    # A fresh image object carries no info dict: nothing but the pixels is written.
    pixels = Image.new(image.mode, image.size)
    pixels.paste(image)
    if image.mode == "P":
        pixels.putpalette(image.getpalette())
    buffer = io.BytesIO()
    options = {"JPEG": {"quality": 90, "optimize": True}, "WEBP": {"quality": 90}, "PNG": {"optimize": True}}[fmt]
    pixels.save(buffer, fmt, **options)
    data = buffer.getvalue()
    return CleanImage(pixels, data, extension, hashlib.sha256(data).hexdigest()[:20])


def clean_upload_file(upload) -> ContentFile:
    """The cleaned bytes as a file Django can store under the upload's own name (new extension)."""
    clean = clean_image(upload)
    stem = PurePosixPath(getattr(upload, "name", "image") or "image").stem[:80] or "image"
    return ContentFile(clean.data, name=f"{stem}.{clean.extension}")


def rendition_widths(width: int) -> list[int]:
    """The standard widths below the image's own, plus its own width (never upscaled)."""
    widths = [w for w in RENDITION_WIDTHS if w < width]
    return sorted(set(widths + [min(width, RENDITION_WIDTHS[-1])]))


def make_renditions(image: Image.Image, digest: str, written: list[str] | None = None) -> list[dict]:
    """WebP and a JPEG/PNG fallback at each width, named by content so they are made once and shared.

    Names of files this call created are appended to `written`, so a failed save can remove them.
    """
    has_alpha = image.mode in ("RGBA", "LA", "P") and (image.mode != "P" or "transparency" in image.info)
    base = image.convert("RGBA" if has_alpha else "RGB")
    fallback_fmt, fallback_ext = ("PNG", "png") if has_alpha else ("JPEG", "jpg")
    renditions = []
    for width in rendition_widths(base.width):
        height = max(1, round(base.height * width / base.width))
        resized = None
        entry = {"width": width, "height": height}
        for key, fmt, ext, options in (
            ("webp", "WEBP", "webp", {"quality": 80, "method": 4}),
            ("fallback", fallback_fmt, fallback_ext, {"quality": 82, "optimize": True} if fallback_fmt == "JPEG" else {"optimize": True}),
        ):
            name = str(PurePosixPath("renditions") / f"{digest}-{width}.{ext}")
            if not default_storage.exists(name):
                if resized is None:
                    resized = base if width == base.width else base.resize((width, height), Image.Resampling.LANCZOS)
                buffer = io.BytesIO()
                resized.save(buffer, fmt, **options)
                name = default_storage.save(name, ContentFile(buffer.getvalue()))
                if written is not None:
                    written.append(name)
            entry[key] = name
        renditions.append(entry)
    return renditions


def open_stored(name: str) -> Image.Image:
    with default_storage.open(name, "rb") as fh:
        image = Image.open(io.BytesIO(fh.read()))
        image.load()
    return image
