"""The three variants the site is shown in, for templates and sitemaps."""
from dataclasses import dataclass

from zhtext.variants import HANS, HANT_HK, HANT_TW


@dataclass(frozen=True)
class Variant:
    code: str      # Django language code and URL prefix
    hreflang: str  # BCP 47 tag for lang and hreflang attributes
    label: str     # the variant's name, written in that variant
    og_locale: str  # Open Graph's locale form


VARIANTS = (
    Variant(HANS, "zh-Hans", "简体", "zh_CN"),
    Variant(HANT_TW, "zh-Hant-TW", "繁體·台灣", "zh_TW"),
    Variant(HANT_HK, "zh-Hant-HK", "繁體·香港", "zh_HK"),
)
BY_CODE = {v.code: v for v in VARIANTS}
DEFAULT = VARIANTS[0]


def variant(code: str) -> Variant:
    return BY_CODE.get(code, DEFAULT)
