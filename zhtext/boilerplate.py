"""Injected gambling names (the maintained list) and credit lines.

Page chrome and notices are found as spans by zhtext/chrome.py.

All matching is done on the Simplified form (OpenCC t2s, which keeps the
length of the text for these patterns) so one pattern list serves both
scripts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .punctuation import is_han
from .script import t2s

# Suffixes that turn a brand into an advertising token ("金宝搏188入口").
_SFX = r"(?:体育|官网|官方网站|官方|入口|网址|平台|娱乐|登录|注册|下载|app|手机版|网页版|在线|首页|中国)"

# Well-known gambling brands injected by reprint sites.  Names that are also
# ordinary words (开云 = Kering, 威尼斯人 = Venetians, 伟德 = a given name,
# 必威 in 势必威胁, 亚博 in 亚博会 ...) only match with an advertising suffix.
DEFAULT_INJECTION_PATTERNS: tuple[str, ...] = (
    rf"(?:188)?金宝搏(?:188|bet|{_SFX})*",
    rf"188\s*bet(?:金宝搏|{_SFX})*",
    rf"必威(?:betway|{_SFX})+",
    rf"betway(?:必威|{_SFX})*",
    rf"伟德(?:国际|betvictor|bv|{_SFX})+",
    r"betvictor",
    rf"开云(?:kaiyun|{_SFX})+",
    rf"kaiyun(?:{_SFX}|\.com)*",
    rf"乐鱼(?:leyu|{_SFX})+",
    rf"半岛(?:综合)?体育{_SFX}*",
    rf"爱游戏(?:ayx|{_SFX})+",
    rf"雷竞技(?:raybet|{_SFX})*",
    rf"raybet{_SFX}*",
    rf"(?:澳门)?新葡京(?:{_SFX})*",
    rf"(?:澳门)?威尼斯人(?:{_SFX})+",
    rf"太阳城(?:集团|亚洲|{_SFX})+",
    rf"九游(?:会|{_SFX})+",
    rf"亚博(?:yabo|{_SFX})+",
    rf"yabo(?:{_SFX}|\.com)*",
    rf"bet365(?:{_SFX})*",
    rf"365bet(?:{_SFX})*",
    rf"澳门银河(?:{_SFX})+",
    rf"皇冠(?:体育|娱乐)(?:{_SFX})*",
)

# ------------------------------------------------------------- injections


@dataclass(frozen=True)
class Injection:
    start: int
    end: int
    name: str
    removable: bool  # False when removing it would break the sentence


def _compile(extra: Iterable[str]) -> re.Pattern[str]:
    pats = list(DEFAULT_INJECTION_PATTERNS)
    # Editors supply plain names; longer names first so they win.
    names = sorted({e.strip() for e in extra if e and e.strip()}, key=len, reverse=True)
    pats = [re.escape(t2s(n)) for n in names] + pats
    return re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)


def _word_char(ch: str) -> bool:
    return is_han(ch) or (ch.isascii() and ch.isalnum())


def find_injections(text: str, extra: Iterable[str] = ()) -> list[Injection]:
    simp = t2s(text)
    if len(simp) != len(text):  # conversion changed lengths: match as is
        simp = text
    out = []
    for m in _compile(extra).finditer(simp):
        s, e = m.start(), m.end()
        left = text[s - 1] if s > 0 else ""
        right = text[e] if e < len(text) else ""
        # Safe to cut when the name is fenced off by spaces, punctuation or
        # the paragraph edge on both sides; inside a clause it is flagged.
        removable = not (left and _word_char(left)) and not (right and _word_char(right))
        out.append(Injection(s, e, text[s:e], removable))
    return out


def remove_injections(text: str, extra: Iterable[str] = ()) -> tuple[str, list[Injection], list[Injection]]:
    """Remove fenced-off injected names; return (text, removed, flagged)."""
    found = find_injections(text, extra)
    removed = [f for f in found if f.removable]
    flagged = [f for f in found if not f.removable]
    for f in reversed(removed):
        text = text[: f.start] + text[f.end :]
    if removed:
        text = re.sub(r"[ \t\u3000]{2,}", " ", text).strip()
    return text, removed, flagged


# ----------------------------------------------------------------- credits

_BYLINE_KEYS = ("撰稿", "撰文", "作者", "记者", "通讯员", "供稿", "采写", "文字", "文")
_REVIEW_KEYS = ("审核", "审稿", "终审", "审校", "责任编辑", "责编", "编辑")
_KEYS = sorted(_BYLINE_KEYS + _REVIEW_KEYS + ("摄影", "图", "校对"), key=len, reverse=True)
_KEY_ALT = "|".join(_KEYS)
_SEG_RE = re.compile(
    rf"\s*(?P<key>{_KEY_ALT})(?:\s*[:：]\s*|\s+)(?P<val>[^;；|｜/:：]+?)\s*(?:[;；|｜/]|(?=\s+(?:{_KEY_ALT})(?:\s*[:：]|\s))|$)"
)
# A credit in brackets may end in the agency's date code: Taiwan's CNA writes （編輯：陳小華）1130315.
_WRAP_RE = re.compile(r"^[(（【\[]\s*(?P<body>.*?)\s*[)）】\]]\s*[.。]?\s*(?:\d{6,8})?$")
_TRAILING_RE = re.compile(r"[(（][^()（）]{2,60}[)）]\s*[.。]?\s*(?:\d{6,8})?\s*$")


_NOT_NAMES = re.compile(r"[。？！?!“”「」『』…]")


def are_names(value: str) -> bool:
    """A credit's value: names (张三, 张三、李四, 张三，李四, 王五_NE0011), not a clause (学院成立以来，您带出了…)."""
    return not _NOT_NAMES.search(value) and all(sum(map(is_han, piece)) <= 6 for piece in re.split(r"[，,、\s]", value))


@dataclass(frozen=True)
class Credit:
    byline: str
    reviewer: str
    fields: tuple[tuple[str, str], ...]


# Who wrote or sent it, named before the key: （潍坊市总工会宣传部 供稿）, （王小明撰稿）. A supplier is often a
# body, so its name may be longer than a person's; it is still one name (no clause, no comma).
_NAME_FIRST_RE = re.compile(r"(?P<val>[^\s，,、;；:：()（）]{2,20})\s*(?P<key>供稿|撰稿|撰文|采写)")


def parse_credit(line: str) -> Credit | None:
    """Parse a credit line such as (撰稿:薛蕊;審核:陳守學), 责任编辑：张三 or （潍坊市总工会 供稿）.

    The whole line must consist of known "key：name" fields, or be one name and its key; otherwise None.
    """
    line = line.strip()
    m = _WRAP_RE.match(line)
    body = m.group("body") if m else line.rstrip("。.")
    simp = t2s(body)
    if len(simp) != len(body):
        return None
    named = _NAME_FIRST_RE.fullmatch(simp)
    if named and not _NOT_NAMES.search(named["val"]):
        value = body[named.start("val"):named.end("val")]
        return Credit(value, "", ((named["key"], value),))
    fields: list[tuple[str, str]] = []
    pos = 0
    while pos < len(simp):
        sm = _SEG_RE.match(simp, pos)
        if not sm or sm.end() == pos:
            return None
        key = sm.group("key")
        val = body[sm.start("val") : sm.end("val")].strip()
        if not val or len(val) > 20 or key == "文" and ":" not in sm.group(0) and "：" not in sm.group(0):
            return None
        if not are_names(val):  # 记者：您带出了多少徒弟？ is an interview's question, not a credit
            return None
        fields.append((key, val))
        pos = sm.end()
    if not fields:
        return None
    found = dict(reversed(fields))  # first occurrence of each key wins
    byline = next((found[k] for k in _BYLINE_KEYS if k in found), "")
    reviewer = next((found[k] for k in _REVIEW_KEYS if k in found), "")
    if not byline and not reviewer:
        return None
    return Credit(byline, reviewer, tuple(fields))


def split_trailing_credit(paragraph: str) -> tuple[str, Credit | None]:
    """Detach a credit in parentheses at the end of a paragraph."""
    m = _TRAILING_RE.search(paragraph)
    if m:
        credit = parse_credit(m.group(0))
        if credit:
            return paragraph[: m.start()].rstrip(), credit
    return paragraph, None
