from django.urls import translate_url
from django.utils.translation import get_language

from variants.catalogue import DEFAULT, VARIANTS, variant


def variants(request):
    """The current variant, and this same page in every variant (for hreflang links and the switcher)."""
    current = variant(get_language())
    path = request.get_full_path()
    alternates = [
        {"variant": v, "path": translate_url(path, v.code), "current": v == current} for v in VARIANTS
    ]
    canonical = next(a["path"] for a in alternates if a["current"])
    return {
        "variant": current,
        "variant_alternates": alternates,
        "variant_default_path": next(a["path"] for a in alternates if a["variant"] == DEFAULT),
        "canonical_url": request.build_absolute_uri(canonical),
    }
