"""Article bodies on public pages: pictures from the media library become <picture> with renditions.

The stored body keeps a plain <img data-image="id" src="(a clean rendition)">, which is what the editor
and the sanitiser see; the renditions are put in when the page is rendered (one query, only when the
body has library pictures).
"""
import re

from django.utils.safestring import SafeString, mark_safe

from medialib.models import Image
from medialib.templatetags.medialib_tags import picture_html

# nh3 writes attributes with double quotes and escapes their values, so this matches its output exactly.
LIBRARY_IMG = re.compile(r'<img\b[^>]*?\bdata-image="(\d+)"[^>]*>')
ATTACHMENT_LINK = re.compile(r'<a\b[^>]*?\bhref="/files/(\d+)/[^"]*"')


def body_image_ids(html: str) -> list[int]:
    return [int(pk) for pk in LIBRARY_IMG.findall(html or "")]


def body_attachment_ids(html: str) -> list[int]:
    return list(dict.fromkeys(int(pk) for pk in ATTACHMENT_LINK.findall(html or "")))


def render_body(html: str) -> SafeString:
    ids = body_image_ids(html)
    if not ids:
        return mark_safe(html)  # sanitised on save (news.html)
    images = Image.objects.in_bulk(ids)

    def picture(match):
        image = images.get(int(match.group(1)))
        if image is None or not image.renditions:
            return match.group(0)  # the stored <img> still points at a clean file
        return picture_html(image, "body")

    return mark_safe(LIBRARY_IMG.sub(picture, html))
