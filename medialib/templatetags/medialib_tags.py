"""{% picture image "layout" %}: WebP and JPEG/PNG renditions with srcset and the layout's sizes; no queries."""
from django import template
from django.core.files.storage import default_storage

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


@register.inclusion_tag("medialib/picture.html")
def picture(image, layout="body", loading="lazy", css_class=""):
    return picture_context(image, layout, loading, css_class)


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
