"""{% picture image "layout" %}: WebP and JPEG/PNG renditions with srcset and the layout's sizes; no queries."""
from django import template
from django.core.files.storage import default_storage
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

# How wide each layout shows a picture, for the browser to choose a rendition (the CSS must agree).
LAYOUT_SIZES = {
    "body": "(min-width: 50rem) 46rem, 100vw",
    "hero": "(min-width: 80rem) 80rem, 100vw",
    "card": "(min-width: 60rem) 22rem, 100vw",
    "strip": "(min-width: 60rem) 18rem, 70vw",
    "gallery": "(min-width: 60rem) 20rem, 50vw",
    "portrait": "(min-width: 40rem) 12rem, 8rem",
    "logo": "6rem",
    "avatar": "4rem",
    "badge": "3rem",
}


def picture_context(image, layout="body", loading="lazy", css_class=""):
    renditions = list(getattr(image, "renditions", None) or [])
    if not renditions:
        return {"image": None}
    fallback = image.fallback

    def srcset(key):
        return ", ".join(f"{default_storage.url(r[key])} {r['width']}w" for r in renditions)

    return {
        "image": image,
        "webp_srcset": srcset("webp"),
        "fallback_srcset": srcset("fallback"),
        "src": default_storage.url(fallback["fallback"]),
        "width": fallback["width"],
        "height": fallback["height"],
        "sizes": LAYOUT_SIZES.get(layout, LAYOUT_SIZES["body"]),
        "loading": loading,
        "css_class": css_class,
    }


# (Each ends with the newline its template file used to end with, so that no page changed.)
_PICTURE = ('<picture{}><source type="image/webp" srcset="{}" sizes="{}"><img src="{}" srcset="{}" sizes="{}" alt="{}"'
            ' width="{}" height="{}" loading="{}" decoding="async"></picture>\n')


def picture_html(image, layout="body", loading="lazy", css_class="") -> SafeString:
    """<picture> of `image`'s renditions (nothing for an image without them). Written with format_html: an
    inclusion tag's template and context cost more than the markup, and a list page writes dozens."""
    found = picture_context(image, layout, loading, css_class)
    if found["image"] is None:
        return mark_safe("\n")
    return format_html(
        _PICTURE, format_html(' class="{}"', css_class) if css_class else "", found["webp_srcset"], found["sizes"],
        found["src"], found["fallback_srcset"], found["sizes"], image.alt, found["width"], found["height"], loading,
    )


register.simple_tag(picture_html, name="picture")


@register.filter
def last_rendition_url(renditions):
    """The largest fallback rendition, for a link that opens the picture at full size."""
    return default_storage.url(renditions[-1]["fallback"]) if renditions else ""


@register.inclusion_tag("medialib/video.html")
def video_player(video):
    """<video controls preload="none"> with the poster's rendition and its size (the video is shown at the
    poster's proportions), the MP4 source, and a download link for browsers that cannot play it."""
    poster = video.poster.fallback if video.poster_id else None
    return {
        "video": video,
        "poster": default_storage.url(poster["fallback"]) if poster else "",
        "width": poster["width"] if poster else 1280,
        "height": poster["height"] if poster else 720,
    }
