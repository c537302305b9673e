from django import template
from django.core.files.storage import default_storage

register = template.Library()


@register.inclusion_tag("includes/cover_picture.html")
def cover_picture(article, sizes="(min-width: 60rem) 46rem, 100vw", loading="lazy"):
    """<picture> with WebP renditions made at upload time; no per-request image work, no queries."""
    renditions = article.cover_renditions or []
    srcset = ", ".join(f"{default_storage.url(r['name'])} {r['width']}w" for r in renditions)
    largest = renditions[-1] if renditions else None
    return {
        "article": article,
        "srcset": srcset,
        "sizes": sizes,
        "loading": loading,
        "width": largest["width"] if largest else None,
        "height": largest["height"] if largest else None,
    }
