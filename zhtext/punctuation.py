"""Half-width → full-width punctuation in Chinese context, and lookalike flags."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .chars import is_han
from .lost_chars import lost_characters

_OPEN_CJK = "“‘《〈「『【（"
_CLOSE_CJK = "”’》〉」』】）"
CJK_PUNCT = set("。，、；：！？…—·" + _OPEN_CJK + _CLOSE_CJK)
_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", ".": "。"}
# A pair of straight quotes on one line; a single quote only where no Latin letter touches it (it's, 'n').
# (and their full-width forms ＂ ＇, which a full-width keyboard types for them)
_STRAIGHT_QUOTES = re.compile(r'(["＂])([^"＂\n]{1,200})["＂]|(?<![A-Za-z])([\'＇])([^\'＇\n]{1,200})[\'＇](?![A-Za-z])')
_PINYIN_TAIL_RE = re.compile(r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü:]{1,7}[)）]")
# Characters that transliterated names are written with (Uyghur, Tibetan, Mongolian and foreign names:
# 买买提·艾力, 格桑·卓玛, 约翰·史密斯), both scripts. A copy often joins their parts with "." where "·"
# belongs; between other Han characters a "." is a sentence's end (参加培训.本期培训…).
_TRANSLITERATION = set(
    "丁万丘东丰丹丽乃乌乔买亚亞亨什仁代伊休伦伯佐佩依保倫傑克內兰其内凯凱切列別利别力加努劳勒勞包华卓南博卡卢"
    "厄古史合吉吐吾和哈哲喬嘎因图圖坎坦塔塞增夏多夫央夸奇奈奥奧如姆威娜孜安宾密尔尕尚尤尼巴布希帕库庫康廷弗彼"
    "得德怀恰愛懷戈扎托扬拉拜措提揚摩敏敦斯日旦旺普曼朗木本朱杜杰東松林查柯格桑梅森榮次欧欽歐比毕毛汗江汤沃沙"
    "法波泰泽洛海温湯溫潘澤烏热熱爱爾特玉玛珍珠班琳琴瑞瑟瑪瓦甘留畢登皮盖盧祖福科穆範米約納索維约纳维罕罗羅翰"
    "考耶肯胡舍艾芬苏范荣莉莎莫莱華菲萊萨萬蒂蒙蓋薩蘇蘭裏裡西詹誇諾謝诺谢豐豪貝買費賈賓賴賽贝费贾赖赛赫路辛达迈"
    "连迪逊連道達遜邁邦里金钦阿隆雅雷霍韋韦頓額顿额馬马高魯鲁麗麥麦黑默齊齐不兹妮娅婭斐琪瑙白緹缇罗羅芙茲茹萝葛蕾蘿都黛"
)


def _cjk(ch: str | None) -> bool:
    return ch is not None and (is_han(ch) or ch in CJK_PUNCT)


def _neighbour(text: str, i: int, step: int) -> str | None:
    """Nearest non-space character on the same line (None at a line edge)."""
    j = i + step
    while 0 <= j < len(text) and text[j] in " \t\u3000":
        j += step
    if 0 <= j < len(text) and text[j] != "\n":
        return text[j]
    return None


def _damage_marker(text: str, i: int) -> bool:
    """A "?" that looks like unrepaired GBK damage is left visible."""
    nxt = text[i + 1 : i + 2]
    # "?" before a Chinese mark is never a question mark: "?。" is a lost byte before a full stop
    return nxt in (",", ";", ":", "!", "(", ")") or nxt in "。，、；：！？" and nxt != "" or bool(
        _PINYIN_TAIL_RE.match(text, i + 1))


def name_dot(text: str, i: int) -> bool:
    """The "." at *i* joins the parts of a transliterated name: the two Han characters on each side of it
    (one, at a name's edge) are all ones such names are written with (努尔.白克力, not 培训.本期)."""
    left, right = text[max(0, i - 2):i], text[i + 1:i + 3]
    left = left[-1:] if len(left) == 2 and not is_han(left[0]) else left
    right = right[:1] if len(right) == 2 and not is_han(right[1]) else right
    return bool(left) and bool(right) and all(c in _TRANSLITERATION for c in left + right)


def normalize_punctuation(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Make , ; : ? ! . and ( ) full-width where they sit in Chinese text.

    : needs Chinese on both sides and , ; Chinese after them, so "1,000", "a:b" and URLs are left
    alone; ? ! also convert at the end of a line after Chinese, and . there, before a closing mark, and
    between Han characters or a Han character and a digit (内容.9月10日), unless they spell a transliterated
    name (`name_dot`: the dot of 努尔.白克力 becomes "·" in zhtext.line_repairs; "3.5" and "www.a.cn" have no
    Han before it).  A pair of
    parentheses becomes （ ） when its content contains a Han character.
    Returns the text and (before, after) snippets for the report.
    """
    changes: list[tuple[str, str]] = []
    # Parentheses first, so that "(中),文" converts in one pass; repeat for
    # nested pairs so that a second call changes nothing (idempotence).
    paren_re = re.compile(r"\(([^()\n]*)\)")
    while True:
        res: list[str] = []
        pos = 0
        for m in paren_re.finditer(text):
            if any(is_han(c) for c in m.group(1)):
                res.append(text[pos : m.start()])
                res.append("（" + m.group(1) + "）")
                pos = m.end()
                changes.append((m.group(0), "（" + m.group(1) + "）"))
        if pos == 0:
            break
        res.append(text[pos:])
        text = "".join(res)
    # Straight quotes around Chinese ("希望大家学有所成.", ＂…＂) become curly ones, paired within a line, so that
    # the marks beside them read as Chinese too (说:" → 说：“, ." → 。”).
    def curl(m: re.Match) -> str:
        double = m.group(1) is not None
        inner = m.group(2) if double else m.group(4)
        if not any(is_han(c) for c in inner):
            return m.group(0)
        opening, closing = ("“", "”") if double else ("‘", "’")
        changes.append((m.group(0)[:12], opening + inner[:10] + closing))
        return opening + inner + closing
    text = _STRAIGHT_QUOTES.sub(curl, text)
    chars = list(text)
    # a "?" an encoder left for a character it had no code for (王?出席) is a placeholder, not a mark
    lost = {i for start, end in lost_characters(text) for i in range(start, end)} if "?" in text else set()
    for i, ch in enumerate(text):
        if ch not in _FULL:
            continue
        if ch == "?" and (_damage_marker(text, i) or i in lost):
            continue
        prev, nxt = _neighbour(text, i, -1), _neighbour(text, i, 1)
        if not _cjk(prev) and not (ch in ",;" and prev is not None and (prev.isalnum() or prev in "%％)")
                                   and nxt is not None and is_han(nxt)):
            continue  # after a number or a Latin word, a comma before Chinese is Chinese too (占30%,实操…)
        if ch == "." and not (nxt is None or nxt in _CLOSE_CJK or (
                is_han(prev) and (is_han(nxt) or nxt.isdigit()) and text[i - 1] == prev and text[i + 1] == nxt
                and not name_dot(text, i))):
            continue  # a dot between Han characters may stand for a name's "·" (努尔.白克力)
        if _cjk(nxt) or (ch in "?!." and nxt is None) or ch == ".":  # (a "." still here ends a sentence)
            chars[i] = _FULL[ch]
            changes.append((text[max(0, i - 2) : i + 3], "".join(chars[max(0, i - 2) : i + 3])))
    return "".join(chars), changes


# ------------------------------------------------------------- lookalikes

_NUM = "〇零一二三四五六七八九十百千两兩"
_DASHES = "—–―─━－‐-"
_SUFFIX = (
    "研究所|研究院|研究室|研究中心|设计院|設計院|设计所|設計所|工厂|工廠|分厂|分廠|车间|車間|"
    "厂|廠|所|院|局|处|處|队|隊|团|團|师|師|旅|营|營|基地|中心|医院|醫院|中学|中學|小学|小學|号|號|部队|部隊"
)
LOOKALIKE_RE = re.compile(
    rf"(?P<left>第?[{_NUM}]+)(?P<dash>[{_DASHES}]{{1,3}})(?P<right>[{_NUM}]*(?:{_SUFFIX}))"
)


@dataclass(frozen=True)
class Lookalike:
    start: int
    end: int
    found: str  # e.g. 第七——研究所
    dash: str  # e.g. ——
    suggestion: str  # e.g. 第七一一研究所


def find_lookalikes(text: str) -> list[Lookalike]:
    """Dashes where a run of the numeral 一 is likely (第七——研究所 =
    第七一一研究所).  Never rewritten: the editor must check the source."""
    out = []
    for m in LOOKALIKE_RE.finditer(text):
        dash = m.group("dash")
        suggestion = m.group("left") + "一" * len(dash) + m.group("right")
        out.append(Lookalike(m.start(), m.end(), m.group(0), dash, suggestion))
    return out
