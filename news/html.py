"""Article bodies are HTML from editors and importers: never trusted, always cleaned by an allow-list."""
import nh3

ALLOWED_TAGS = {
    "p", "h2", "h3", "h4", "ul", "ol", "li", "a", "strong", "em", "b", "i", "br",
    "blockquote", "figure", "figcaption", "img", "table", "thead", "tbody", "tr", "th", "td",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "data-attachment"},
    # data-image: the media library picture (news.body renders its renditions); data-attachment: a 附件 link.
    "img": {"src", "alt", "width", "height", "data-image"},
    "td": {"colspan", "rowspan"},
    "th": {"scope", "colspan", "rowspan"},
}


def sanitize_html(html: str) -> str:
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
        strip_comments=True,
    ).strip()
