"""Cover images: checked and cleaned by medialib on upload, then WebP renditions made once and reused."""
import hashlib
import io
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image

from medialib.images import decode_image

RENDITION_WIDTHS = (480, 960, 1440)


def validate_image(upload) -> None:
    """Refuse anything that is not a real, reasonably sized image; decodes every pixel (medialib.images)."""
    decode_image(upload)


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
