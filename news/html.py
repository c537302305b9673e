"""Article bodies are HTML from editors and importers: never trusted, always cleaned by an allow-list."""
import nh3
from django.db import models

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


class SanitizedHTMLField(models.TextField):
    """A TextField that can only ever hold sanitised HTML, whichever way the value arrives.

    - `to_python`: forms (the admin) and deserialisers (`loaddata`, which then saves with raw=True and
      skips `Model.save()` and `pre_save`) get the cleaned value;
    - `pre_save`: the instance itself holds the cleaned value after a save;
    - `get_db_prep_save`: every write to the database goes through it (`save`, raw saves, `create`,
      `bulk_create`, `bulk_update`, `QuerySet.update` with a plain value), so nothing unsafe is stored
      even when a caller bypasses the model. Lookups (`body__contains`) are left alone.
    Sanitising is idempotent, so cleaning a value twice costs time, never content.
    """

    def to_python(self, value):
        value = super().to_python(value)
        return None if value is None else sanitize_html(value)

    def pre_save(self, model_instance, add):
        value = getattr(model_instance, self.attname)
        if value is not None:
            value = sanitize_html(value)
            setattr(model_instance, self.attname, value)
        return value

    def get_db_prep_save(self, value, connection):
        if isinstance(value, str):
            value = sanitize_html(value)
        return super().get_db_prep_save(value, connection)
