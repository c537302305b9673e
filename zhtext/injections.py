"""What reprint sites inject into an article, beyond the maintained list of names.

Three detectors, each returning spans:

- the maintained list (``boilerplate.find_injections``: built-in gambling brands plus the names
  editors add in the admin);
- ``find_latin_tokens``: a run of Latin letters and digits glued to Han text that is not a known
  abbreviation, unit, model or grade. Upper-case abbreviations and model numbers (AI, GDP, 5G,
  C919, ARJ21), numbers with units (10kV, 5kg), grades (A股, 5A级) and words editors use (App,
  iPhone) stay. A run with lower-case letters is suspect: with the marks of a betting brand (a
  web address, lucky-number digits 8/6/9/365) it is removed; otherwise it is only proposed;
- ``find_betting_phrases``: runs of the betting and lottery vocabulary (天天开奖稳赚不赔).

``replaced_word`` says whether a span sits between two Han characters without a sentence break:
then the token most likely took the place of a word, which the editor must restore.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .punctuation import CJK_PUNCT, is_han
from .script import t2s_aligned

# Lower-case (or mixed) Latin words that Chinese news text uses as words.
_KNOWN_WORDS = {
    "app", "apps", "wifi", "wi-fi", "iphone", "ipad", "ios", "android", "wechat", "email", "e-mail",
    "vlog", "logo", "blog", "web", "mini", "pro", "max", "plus", "ok", "vip", "mrna", "dna", "rna",
    "ipv6", "ipv4", "html", "http", "https", "www", "online", "office", "excel", "word", "ppt", "pdf",
    "e", "x", "h", "n", "s", "km", "kg", "cm", "mm", "nm", "ml", "mg", "kv", "kw", "kwh", "mw", "gw",
    "mah", "gb", "mb", "tb", "kb", "ghz", "mhz", "hz", "db", "pa", "kpa", "mpa", "ppm", "t", "g", "m",
    "min", "km/h", "m/s", "mu", "pm", "am",
}
_UNIT_TAIL = (r"(?:km|kg|cm|mm|nm|ml|mg|kv|kw|kwh|mw|mwh|gw|gwh|wh|mah|gb|mb|tb|kb|ghz|mhz|hz|db|pa|kpa|mpa|ppm|rpm|fps|dpi"
              r"|kbps|mbps|gbps|lux|lm|ha|bar|psi|cc|t|g|m|l|h|s|w|v|a|k|p|x|d|min|°c)")
# A number with its unit, however many digits (1200m², 2000kg, 35000kW): a measure, never a betting brand's
# lucky number, though four digits in a run are one of those brands' marks.
_MEASURE = re.compile(rf"\d+(?:\.\d+)?(?i:{_UNIT_TAIL})")
_BENIGN = re.compile(
    rf"[A-Z0-9][A-Z0-9\-+.]*"  # upper-case abbreviations and model numbers: AI, C919, ARJ21, 5G
    rf"|\d+(?:\.\d+)?(?i:{_UNIT_TAIL})"  # numbers with units: 10kV, 5.5kg, 4K, 3D
    rf"|[A-Z][a-z]+(?:[A-Z][a-z]*)*\d*"  # capitalised names: Python, WeChat, CamelCase
    rf"|i[A-Z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*",  # iPhone, mRNA, eSIM
)
_TOKEN_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-_]*[A-Za-z0-9]|[A-Za-z]")
# The marks of a betting brand: a web address, or letters with lucky-number digits.
# (four digits or more, but not a year's: an account made in 2024, zghk2024, is no lucky number)
_BRANDISH = re.compile(
    r"\.(?:com|net|cc|vip|top|xyz|app|me|io|co|tv|bet|win|club)\b|(?:8{2,}|6{2,}|9{2,}|365|188"
    r"|(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{4,})", re.I
)
# A key that names what follows: an account or a code (关注微信号zghk2024, 账号abc123456, 型号bx2000); not 网址 or 官网,
# which betting spam writes before its brand.
_NAMED_BY = re.compile(r"(?:微信号|公众号|账号|帐号|用户名|昵称|ID|QQ号?|抖音号|快手号|视频号|小红书号|邮箱|代码|编号|型号|工号|学号)"
                       r"\s*[:：]?\s*$", re.I)

# Betting and lottery vocabulary: a phrase is a run of these, glued together.
_STRONG_BETTING = (
    "天天开奖|开奖直播|开奖结果|开奖记录|最新开奖|稳赚不赔|稳赚|稳赢|包赢|包中|必中|一码中特|一肖中特|一码一肖|"
    "六合彩|时时彩|北京赛车|幸运飞艇|百家乐|真人荷官|荷官|老虎机|网上赌场|线上赌场|在线赌场|网络赌场|博彩|"
    "注册就送|注册送|首存送|首存|送彩金|彩金|彩票平台|购彩平台|投注平台|返水|日赚|秒到账|提款秒到|"
    "精准资料|免费资料大全|内部资料|特码|平特|买球|赌球|电子游艺|棋牌游戏|真人视讯|娱乐城"
)
_WEAK_BETTING = "天天|每天|每日|开奖|投注|下注|赢钱|赚钱|资料|大全|官方|官网|平台|入口|免费|彩票|澳门|最新|精准|网址|下载"
_BETTING_RE = re.compile(rf"(?:(?:{_WEAK_BETTING})*(?:{_STRONG_BETTING}))+(?:{_WEAK_BETTING}|{_STRONG_BETTING})*")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    label: str  # for editors
    sure: bool  # False: only proposed




def replaced_word(text: str, start: int, end: int) -> bool:
    """Han characters on both sides: the span took the place of a word."""
    return start > 0 and end < len(text) and is_han(text[start - 1]) and is_han(text[end])


def _chinese(ch: str) -> bool:
    return bool(ch) and (is_han(ch) or ch in CJK_PUNCT)


def _benign(tok: str) -> bool:
    low = tok.lower()
    if low in _KNOWN_WORDS or tok.isdigit() or re.fullmatch(r"[\d.,%]+", tok) or _MEASURE.fullmatch(tok):
        return True
    return bool(_BENIGN.fullmatch(tok)) and not _BRANDISH.search(tok)


def find_latin_tokens(text: str) -> list[Token]:
    out = []
    for m in _TOKEN_RE.finditer(text):
        s, e, tok = m.start(), m.end(), m.group(0)
        left = text[s - 1] if s else ""
        right = text[e] if e < len(text) else ""
        if not (_chinese(left) or _chinese(right)):
            continue  # not glued to Chinese text: a URL, a quoted English phrase ...
        if left and (left.isascii() and left not in " ") or right and right.isascii() and right not in " ,.;:!?)":
            continue  # part of a longer ASCII run the regex did not take
        digits = re.search(r"\d+$", tok)
        if digits and right and right in "年月日号":  # ("" is in every string: the text's end)
            # the token's digits run on into a date (qxb88811月5日): leave the date its number
            d = digits.group(0)
            keep = 4 if right == "年" else 2 if len(d) >= 2 and 10 <= int(d[-2:]) <= (12 if right == "月" else 31) else 1
            e -= min(keep, len(d))
            tok = text[s:e]
            if not tok:
                continue
            right = text[e]
        if _benign(tok) or not any(c.isalpha() for c in tok) or _NAMED_BY.search(text, max(0, s - 8), s):
            continue
        sure = bool(_BRANDISH.search(tok)) and any(c.islower() for c in tok)
        if not sure and not any(c.islower() for c in tok):
            continue
        out.append(Token(s, e, tok, "疑似植入的字母数字串", sure))
    return out


def find_betting_phrases(text: str) -> list[Token]:
    simp = t2s_aligned(text)
    return [
        Token(m.start(), m.end(), text[m.start() : m.end()], "博彩彩票广告语", True)
        for m in _BETTING_RE.finditer(simp)
    ]
