"""What a page tells search engines and social apps: title, description, image, JSON-LD.

Views build a PageMeta; base.html turns it into <title>, description, Open Graph, Twitter card and
JSON-LD tags. The breadcrumb trail becomes a BreadcrumbList on every page.
"""
import json
from dataclasses import dataclass, field

from django.conf import settings
from django.templatetags.static import static
from django.utils.safestring import mark_safe

# json.dumps leaves these alone; inside <script> they could end it or open a comment.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@dataclass
class PageMeta:
    title: str = ""
    description: str = ""
    image: str = ""          # absolute URL
    image_alt: str = ""
    kind: str = "website"    # og:type
    noindex: bool = False    # search results, filtered lists, previews
    jsonld: list = field(default_factory=list)


def crumb(label, url="") -> dict:
    """One step of a page's breadcrumb trail (base.html renders the trail after 首页); the last step,
    the page itself, has no url."""
    return {"label": str(label), "url": url}


def jsonld_script(data) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 - escaped above


def publisher(request) -> dict:
    return {
        "@type": "Organization",
        "name": settings.SITE_NAME,
        "url": request.build_absolute_uri("/"),
        "logo": {"@type": "ImageObject", "url": request.build_absolute_uri(static("img/logo.png"))},
    }


def breadcrumb_list(request, breadcrumbs, home_label, home_url) -> dict:
    items = [{"name": str(home_label), "url": request.build_absolute_uri(home_url)}]
    items += [{"name": str(c["label"]), "url": request.build_absolute_uri(c["url"] or request.get_full_path())} for c in breadcrumbs]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": item["name"], "item": item["url"]}
            for n, item in enumerate(items, start=1)
        ],
    }
