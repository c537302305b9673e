"""Regional wording of the interface: the one place for words that character conversion cannot produce.

Interface text is written once, in Simplified (locale/zh_Hans). The Taiwan and Hong Kong catalogues are
derived from it (`manage.py derive_catalogues`): each string stays Simplified, except the phrases below,
which are written in the variant's own form and wrapped in the keep marks of `zhtext.variants`. The page
pass then converts the string like any content and leaves the marked phrases as they are, so OpenCC's
choice never overrules the region's word (發布 stays 發布, not 發佈) and a word here never reaches an
article: 信息 in a news sentence is still 信息 on a Taiwan page, while the interface says 資訊.

Rows: Simplified phrase → (Taiwan form, Hong Kong form); None leaves that region to OpenCC. The longest
phrase wins where two overlap. A row is for interface text only: add one when a region's readers would
not say what conversion gives, not to change how articles read (that is the editors' glossary).
"""
from __future__ import annotations

import re

from zhtext.variants import HANT_HK, HANT_TW, keep_as_is

REGIONAL_WORDING: dict[str, tuple[str | None, str | None]] = {
    # Words
    "信息": ("資訊", "資料"),
    "项目": ("專案", "計劃"),
    "搜索": ("搜尋", "搜尋"),
    "报道": ("報導", None),
    "挂牌": ("揭牌", "揭牌"),
    "发布": ("發布", "發布"),
    "身份": ("身分", None),
    "记录": ("紀錄", None),
    "暂无": ("尚無", None),
    "页面": ("網頁", "網頁"),
    "登录": ("登入", None),
    "归档": ("彙整", None),
    "时间线": ("時間軸", None),
    "要闻": ("焦點新聞", None),
    "科研机构": ("研究機構", None),
    "内设机构": ("內部單位", "內部部門"),
    "论坛嘉宾": ("論壇與談人", None),
    "领导和嘉宾": ("長官與貴賓", None),
    "发言": ("演講", None),
    "日程": ("議程", None),
    # Navigation
    "菜单": ("選單", None),
    "主导航": ("主選單", None),
    "页脚导航": ("頁尾導覽", None),
    "网站地图": ("網站導覽", None),
    "面包屑导航": ("導覽路徑", None),
    "跳到正文": ("跳至主要內容", None),
    "定时发布": ("排程發布", None),
    # "By" in lists and counts
    "按学院": ("依學院", "依學院"),
    "按类型": ("依類型", "依類型"),
    "按月份": ("依月份", "依月份"),
    "按发布时间": ("依發布時間", "依發布時間"),
    "%(count)s 条": ("%(count)s 筆", None),
    # Quotation marks: corner brackets in both regions' interface text.
    "“": ("「", "「"),
    "”": ("」", "」"),
}

_COLUMN = {HANT_TW: 0, HANT_HK: 1}


def _rows(variant: str) -> dict[str, str]:
    column = _COLUMN[variant]
    return {hans: forms[column] for hans, forms in REGIONAL_WORDING.items() if forms[column]}


def regional_text(text: str, variant: str) -> str:
    """An interface string for `variant`: Simplified, with the region's phrases in place and kept as is."""
    rows = _rows(variant)
    if not rows:
        return text
    pattern = re.compile("|".join(re.escape(p) for p in sorted(rows, key=len, reverse=True)))
    return pattern.sub(lambda match: keep_as_is(rows[match.group(0)]), text)
