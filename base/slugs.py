"""URL slugs: ASCII pinyin of a title or name, made unique within the model's table."""
from zhtext.slugs import pinyin_slug


def unique_slug(model, text, exclude_pk=None, max_length=100, fallback=None, taken=()) -> str:
    """`text` as a pinyin slug no other `model` row has, nor any in `taken` (-2, -3 … appended when taken)."""
    base = pinyin_slug(text, max_length=max_length) or fallback or model._meta.model_name
    slug, n = base, 2
    while slug in taken or model._default_manager.filter(slug=slug).exclude(pk=exclude_pk).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug
