"""Which script variant a reader wants: the URL first, then their remembered choice, then the browser."""
from django.conf import settings
from django.utils.translation import get_language_from_path
from django.utils.translation.trans_real import parse_accept_lang_header

from zhtext.variants import HANS, HANT_HK, HANT_TW


def from_accept_language(header: str) -> str | None:
    """The variant for the first Chinese tag the browser sends. Django's own fallback would send zh-Hant
    and zh-MO readers to Simplified, because it only knows zh-hant as a language we do not list."""
    for tag, _quality in parse_accept_lang_header(header or ""):
        language, *rest = tag.lower().split("-")
        if language != "zh":
            continue
        parts = set(rest)
        if "hans" in parts:
            return HANS
        if parts & {"hk", "mo"}:
            return HANT_HK
        if parts & {"hant", "tw"}:
            return HANT_TW
        return HANS
    return None


def variant_for(request) -> str:
    codes = {code for code, _name in settings.LANGUAGES}
    from_path = get_language_from_path(request.path_info)
    if from_path in codes:
        return from_path
    remembered = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if remembered in codes:
        return remembered
    return from_accept_language(request.META.get("HTTP_ACCEPT_LANGUAGE", "")) or settings.LANGUAGE_CODE
