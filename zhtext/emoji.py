"""Emoji and pictographs injected into news text, found as whole sequences.

A sequence is one pictograph with everything that belongs to it: a skin-tone modifier, the
emoji variation selector (U+FE0F), tag characters (subdivision flags) and further pictographs
joined by ZERO WIDTH JOINER (🙋🏻‍♂️ is five code points and one emoji); or a pair of regional
indicators (a flag); or a keycap (1️⃣). The Unicode property Extended_Pictographic (through the
``regex`` module, which knows the Unicode emoji properties) decides what a pictograph is.

Symbols that Chinese news text uses as text are not emoji unless U+FE0F asks for the emoji
presentation: © ® ™ ★ ☆ and arrows. A sticker's name that a copy of a WeChat or Weibo post writes out ([强]) is one
too. A keycap becomes its digit (1️⃣ → 1), since it numbers
something; everything else is removed. Where a writer used emoji instead of a mark between two clauses
(收获满满💪接下来将…), removing them would run the clauses together, so they become a comma
(`emoji_edits`); where they close a paragraph that has no mark of its own, zhtext.reprint adds the full
stop once the paragraph is known to be prose.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .chars import HAN_CLASS
from .script import s2t

# Extended_Pictographic characters kept as text when they stand without U+FE0F.
_TEXT_SYMBOLS = "©®™★☆↔↕←↑→↓‼⁉"

_PIC = rf"(?:[^\P{{Extended_Pictographic}}{_TEXT_SYMBOLS}]|[{_TEXT_SYMBOLS}]\uFE0F)"
_MOD = r"(?:\uFE0F|\p{Emoji_Modifier})*"
_TAGS = r"[\U000E0020-\U000E007F]*"
# The names WeChat and Weibo give their stickers, which a copy of a post writes out in square brackets ([强],
# [玫瑰], [赞]): emoji as much as the pictures they stood for. Only these names (news prose brackets nothing so,
# and [1], [注] or [图片] are not stickers); Latin ones ([OK], [good]) stay, since they read as words.
STICKERS = (
    "微笑 撇嘴 色 发呆 得意 流泪 害羞 闭嘴 睡 大哭 尴尬 发怒 调皮 呲牙 惊讶 难过 酷 冷汗 抓狂 吐 偷笑 愉快 白眼 傲慢 "
    "饥饿 困 惊恐 流汗 憨笑 悠闲 奋斗 咒骂 疑问 嘘 晕 疯了 衰 骷髅 敲打 再见 擦汗 抠鼻 鼓掌 糗大了 坏笑 左哼哼 右哼哼 "
    "哈欠 鄙视 委屈 快哭了 阴险 亲亲 吓 可怜 菜刀 西瓜 啤酒 咖啡 猪头 玫瑰 凋谢 嘴唇 爱心 心碎 蛋糕 闪电 炸弹 便便 "
    "月亮 太阳 礼物 拥抱 强 弱 握手 胜利 抱拳 勾引 拳头 差劲 爱你 爱情 飞吻 跳跳 发抖 怄火 转圈 嘿哈 捂脸 奸笑 机智 "
    "皱眉 耶 吃瓜 加油 汗 天啊 社会社会 旺柴 好的 打脸 哇 翻白眼 让我看看 叹气 苦涩 裂开 合十 庆祝 红包 烟花 爆竹 "
    "赞 哈哈 笑cry 允悲 二哈 心 伤心 嘻嘻 可爱 挖鼻 吃惊 挤眼 泪 生病 太开心 抱抱 怒 馋嘴 拜拜 思考 钱 失望 哼 "
    "悲伤 黑线 怒骂 互粉 熊猫 兔子 给力 威武 来 不要 作揖 蜡烛 鲜花 话筒 绿丝带 赞啊 中国赞 跪了 费解 憧憬 并不简单 "
    "抱一抱 微风 点赞 666"
).split()
# and as a copy converted to Traditional writes them ([強], [讚])
_STICKER_NAMES = {*STICKERS, *(s2t(name) for name in STICKERS), *(s2t(name).replace("贊", "讚") for name in STICKERS)}
_STICKER = r"\[(?:" + "|".join(sorted(map(regex.escape, _STICKER_NAMES), key=len, reverse=True)) + r")\]"
EMOJI_RE = regex.compile(
    rf"{_STICKER}"
    rf"|\p{{Regional_Indicator}}{{1,2}}"
    rf"|(?P<key>[0-9#*])\uFE0F?\u20E3"
    rf"|{_PIC}{_MOD}{_TAGS}(?:\u200D(?:{_PIC}{_MOD}{_TAGS})?)*"
    # what a broken sequence leaves behind: lone modifiers, joiners and selectors
    rf"|[\p{{Emoji_Modifier}}\u200D\uFE0F\u20E3]+"
)


@dataclass(frozen=True)
class Emoji:
    start: int
    end: int
    text: str
    replacement: str  # "" or the keycap's digit


def find_emoji(text: str) -> list[Emoji]:
    out = []
    for m in EMOJI_RE.finditer(text):
        out.append(Emoji(m.start(), m.end(), m.group(0), m.group("key") or ""))
    return out


def closes_with_emoji(text: str) -> bool:
    """The line ends in an emoji and does not open with one: the emoji stands where its sentence's full stop
    would (收获满满💪), which a heading decorated on both sides (🎉 开班啦 🎉) does not."""
    text = text.strip()
    found = find_emoji(text)
    return bool(found) and found[-1].end == len(text) and found[0].start > 0


# A clause a writer closed with emoji instead of a mark: at least this many Han characters each side, with
# no mark between (fewer is a word the emoji may stand for: 我❤️中国).
_CLAUSE = 4
_MARKS = "，。！？；：、,.!?;:…—（）()《》“”‘’「」『』【】[]"
_LEFT_CLAUSE = regex.compile(rf"(?:{HAN_CLASS}[^{regex.escape(_MARKS)}\s]*?){{{_CLAUSE}}}[”’」』）)]?\s*$", regex.V1)
_RIGHT_CLAUSE = regex.compile(rf"\s*[“‘「『（(《]?(?:[^{regex.escape(_MARKS)}\s]*?{HAN_CLASS}){{{_CLAUSE}}}")


def _clause_before(text: str, end: int | None = None) -> bool:
    """text[:end] ends in a clause of _CLAUSE Han characters or more, with no mark after it."""
    end = len(text) if end is None else end
    tail = text[max(0, end - 200):end]  # bounded: a text of many emoji is read once, not once per emoji
    cut = max((tail.rfind(m) for m in _MARKS if m not in "”’」』）)"), default=-1)
    return bool(_LEFT_CLAUSE.search(tail[cut + 1:]))


def emoji_edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for each emoji: its keycap's digit, a comma where a run of emoji (and the
    spaces around it) stands between two clauses, else nothing."""
    found = find_emoji(text)
    edits = []
    i = 0
    while i < len(found):
        j = i  # a run: emoji with only spaces between them
        while j + 1 < len(found) and not text[found[j].end:found[j + 1].start].strip():
            j += 1
        run = found[i:j + 1]
        start, end = run[0].start, run[-1].end
        if len(run) == 1 and run[0].replacement:
            edits.append((start, end, run[0].replacement))
        elif _clause_before(text, start) and _RIGHT_CLAUSE.match(text, end, min(len(text), end + 200)):
            while start and text[start - 1].isspace():
                start -= 1
            while end < len(text) and text[end].isspace():
                end += 1
            edits.append((start, end, "，"))
        elif any(e.replacement for e in run):
            edits += [(e.start, e.end, e.replacement) for e in run]
        else:  # the run goes whole, the spaces between its emoji with it
            edits.append((start, end, ""))
        i = j + 1
    return edits


def closes_clause_with_emoji(raw: str, text: str) -> bool:
    """The raw paragraph closes with emoji where its full stop would be (closes_with_emoji), and the cleaned
    one ends in a clause with no mark."""
    return closes_with_emoji(raw) and _clause_before(text.rstrip())
