from django.utils.translation import get_language

from variants.catalogue import DEFAULT, VARIANTS, variant


def in_variant(path: str, current_code: str, code: str) -> str:
    """The same address in another variant. Public URLs differ only by their prefix, so swapping it is
    exact, and works even for an address that matches nothing (a 404 page's switcher still switches)."""
    prefix = f"/{current_code}/"
    rest = path[len(prefix) - 1:] if path.startswith(prefix) else path
    return f"/{code}{rest}"


def variants(request):
    """The current variant, and this same page in every variant (for hreflang links and the switcher)."""
    current = variant(get_language())
    # Query strings are kept (filters, page numbers survive a switch), but not on an address that
    # matches nothing: a 404 page should not echo whatever a scanner put in the URL.
    path = request.get_full_path() if request.resolver_match else request.path
    alternates = [
        {"variant": v, "path": in_variant(path, current.code, v.code), "current": v == current} for v in VARIANTS
    ]
    canonical = next(a["path"] for a in alternates if a["current"])
    return {
        "variant": current,
        "variant_alternates": alternates,
        "variant_default_path": next(a["path"] for a in alternates if a["variant"] == DEFAULT),
        "canonical_url": request.build_absolute_uri(canonical),
    }
