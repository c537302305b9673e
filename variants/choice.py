"""Which script variant a reader wants: the URL first, then their remembered choice, then the browser."""
from django.conf import settings
from django.utils.translation import get_language_from_path
from django.utils.translation.trans_real import parse_accept_lang_header

from zhtext.variants import HANS, HANT_HK, HANT_TW

# Browser language tags -> our variants. Django's own fallback would send zh-Hant and zh-MO readers
# to Simplified, because it only knows zh-hant as a language we do not list.
_TAG_TO_VARIANT = {
    "zh-hant-hk": HANT_HK, "zh-hant-mo": HANT_HK, "zh-hk": HANT_HK, "zh-mo": HANT_HK,
    "zh-hant-tw": HANT_TW, "zh-hant": HANT_TW, "zh-tw": HANT_TW,
    "zh-hans": HANS, "zh-hans-cn": HANS, "zh-cn": HANS, "zh-sg": HANS, "zh-my": HANS, "zh": HANS,
}


def from_accept_language(header: str) -> str | None:
    for tag, _quality in parse_accept_lang_header(header or ""):
        tag = tag.lower()
        if tag in _TAG_TO_VARIANT:
            return _TAG_TO_VARIANT[tag]
        if tag.startswith("zh-"):  # zh-Hans-SG, zh-Hant-TW-x-… and the like
            parts = tag.split("-")
            if "hant" in parts:
                return HANT_HK if {"hk", "mo"} & set(parts) else HANT_TW
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
