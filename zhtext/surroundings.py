"""What a page puts around the article: lists of links (menus, sidebars, other articles' titles), the
往期推荐 list at its end, the other lines of the site's footer and a forum thread's replies. The lists are removed where they stand
outside the article's sentences (before its first, after its last) and only proposed inside them, where a
list may be the article's own (names, say); the footer's lines only go after the last sentence.
"""

from __future__ import annotations

import re

from .boilerplate import parse_credit
from .chrome import (
    contains_sentence,
    find_chrome,
    find_notices,
    is_control,
    is_pure_chrome,
    is_reading_list_heading,
)
from .metadata import parse_meta_line
from .repair_run import Run
from .repost_sites import TAG_KEY
from .script import t2s

Blocks = list[tuple[int, str, str]]


def link_lists(run: Run, blocks: Blocks) -> Blocks:
    """A page's lists of links (kind "links": menus, sidebars, other articles) and the short title
    just above one. Certain before the article's first sentence and after its last, where menus and
    sidebars sit; between them (a list of names, say) only proposed."""
    first, last = prose_bounds(blocks)
    drop = {pos for pos, (_, kind, _) in enumerate(blocks) if kind == "links"}
    drop |= {pos - 1 for pos in drop if pos > 0 and pos - 1 not in drop and blocks[pos - 1][1] != "links"
             and len(blocks[pos - 1][2]) <= 12 and not contains_sentence(blocks[pos - 1][2])}
    kept = []
    for pos, (idx, kind, text) in enumerate(blocks):
        sure = not first <= pos <= last
        if pos in drop and run.propose("chrome", idx, text, "", sure, "链接列表（导航、侧栏或其他文章）", text):
            continue
        kept.append((idx, "li" if kind == "links" else kind, text))
    return kept


def without(run: Run, blocks: Blocks, drop: set[int], label: str, sure=lambda pos: True) -> Blocks:
    """The blocks but those at the positions in *drop*, each removed as chrome under *label* (certain where
    sure(pos) says so, else proposed and kept until the editor accepts)."""
    kept = []
    for pos, (idx, kind, text) in enumerate(blocks):
        if pos in drop and run.propose("chrome", idx, text, "", sure(pos), label, text):
            continue
        kept.append((idx, kind, text))
    return kept


def is_prose(text: str) -> bool:
    """Holds a sentence once the site's notices and chrome are taken out."""
    if not contains_sentence(text):
        return False
    spans = sorted((c.start, c.end) for c in find_notices(text) + find_chrome(text))
    rest, pos = [], 0
    for start, end in spans:
        rest.append(text[pos:max(pos, start)])
        pos = max(pos, end)
    return contains_sentence("".join(rest) + text[pos:])


def prose_bounds(blocks: Blocks) -> tuple[int, int]:
    """The positions of the article's first and last sentences (len(blocks), -1 when it has none)."""
    prose = [pos for pos, (_, kind, text) in enumerate(blocks) if kind != "links" and is_prose(text)]
    return (prose[0], prose[-1]) if prose else (len(blocks), -1)


def _credits(found) -> bool:
    """A metadata line that says more than a date: a listed article's own date (2024-09-01 under its
    title) is the list's."""
    return bool(found and any(label != "发布时间" for label, _ in found.parts))


_END_MARK = re.compile(r"[-—–_=\s]*END[-—–_=\s]*")


def reading_list(run: Run, blocks: Blocks) -> Blocks:
    """A 往期推荐 (相关阅读, 精彩回顾 …) heading and the titles under it, up to the next line holding a
    sentence or a credit: other articles' headlines. Certain after the article's last sentence; above
    it (a section called 精彩回顾, say) only proposed."""
    end = prose_bounds(blocks)[1] + 1
    # a WeChat article's "- END -" closes it, whatever sentences its account's prompts hold below
    end = min([end] + [pos for pos, (_, _, text) in enumerate(blocks) if _END_MARK.fullmatch(text.strip())])
    kept, listing = [], False
    for pos, (idx, kind, text) in enumerate(blocks):
        if is_reading_list_heading(text):
            listing = True
        elif listing and (contains_sentence(text) or parse_credit(text) or _credits(parse_meta_line(text))):
            listing = False
        if listing and run.propose("chrome", idx, text, "", pos >= end, "文末推荐阅读列表", text):
            continue
        kept.append((idx, kind, text))
    return kept


_TAG_KEY_RE = re.compile(TAG_KEY, re.IGNORECASE)
_TAG_WORD_RE = re.compile(r"[^\s。！？!?，,；;：:、]{1,10}")
_MOST_TAGS = 10


def tag_lists(run: Run, blocks: Blocks) -> Blocks:
    """A blog's tags a word a line under their key left empty (标签： ⏎ 工匠 ⏎ 学院, then 分类：…): the key and up to
    ten short words with no punctuation after it. Certain outside the article's sentences, only proposed between
    them."""
    first, last = prose_bounds(blocks)
    drop: set[int] = set()
    for pos, (_, _, text) in enumerate(blocks):
        if not _TAG_KEY_RE.fullmatch(t2s(text.strip())):
            continue
        end = pos + 1
        while end < len(blocks) and end - pos <= _MOST_TAGS and _TAG_WORD_RE.fullmatch(blocks[end][2].strip()):
            end += 1
        drop |= set(range(pos, end)) if end > pos + 1 else set()
    return without(run, blocks, drop, "标签列表", lambda pos: not first <= pos <= last)


def controls(run: Run, blocks: Blocks) -> Blocks:
    """A page's controls copied a word a line (a font-size picker: 字級設定： ⏎ 小 ⏎ 中 ⏎ 大; a video player: 倍速 ⏎
    1.0x ⏎ 高清 ⏎ 全屏): a run of three or more, chrome lines between them or not. Certain outside the article's
    sentences, only proposed between them."""
    first, last = prose_bounds(blocks)
    control = [is_control(text) for _, _, text in blocks]
    drop, start = set(), None
    for pos in range(len(blocks) + 1):
        if pos < len(blocks) and control[pos]:
            start = pos if start is None else start
            continue
        if pos < len(blocks) and start is not None and is_pure_chrome(blocks[pos][2]):
            continue  # 00:00 / 03:25 between 播放 and 倍速
        if start is not None and sum(control[start:pos]) >= 3:
            drop |= {p for p in range(start, pos) if control[p]}
        start = None
    return without(run, blocks, drop, "字号或播放器按钮", lambda pos: not first <= pos <= last)


# A footer's other lines: who runs the site and how to reach it. An event notice lists its 主办单位 too, so
# these count only beside a line that is surely the footer (版权所有, an ICP number), after the article.
_FOOTER_KEYS_RE = re.compile(
    r"(?:主办|承办|协办|主管|运维|维护|运营|建设|管理)(?:单位)?\s*[:：]|(?:联系)?(?:地址|电话|邮编|传真|邮箱|电子邮箱|e-?mail)\s*[:：]",
    re.IGNORECASE,
)


def _is_footer(text: str) -> bool:
    spans = find_chrome(text)
    return len(spans) == 1 and spans[0].label == "网站页脚" and spans[0].start == 0


def site_footer(run: Run, blocks: Blocks) -> Blocks:
    """The lines next to a site footer's copyright or filing number (主办单位：…, 地址：… 电话：…), after
    the article's last sentence and holding none: the footer's too."""
    last = prose_bounds(blocks)[1]
    footer = [_is_footer(text) for _, _, text in blocks]
    keyed = [pos > last and not contains_sentence(text) and bool(_FOOTER_KEYS_RE.search(text))
             for pos, (_, _, text) in enumerate(blocks)]
    drop, run_start = set(), None
    for pos in range(len(blocks) + 1):  # runs of footer and keyed lines; a run with a footer line goes
        if pos < len(blocks) and (footer[pos] or keyed[pos]):
            run_start = pos if run_start is None else run_start
            continue
        if run_start is not None and any(footer[run_start:pos]):
            drop |= {p for p in range(run_start, pos) if keyed[p] and not footer[p]}
        run_start = None
    return without(run, blocks, drop, "网站页脚")


# A forum thread's places after the first post: 沙发, 板凳, 地板, 2楼, #3. A reprint posted in a forum ends where
# the first of them stands on a line of its own after the post's first sentence.
_FLOOR_RE = re.compile(r"(?:沙发|板凳|地板|(?:第\s*)?\d{1,4}\s*[楼#＃]|[#＃]\s*\d{1,4})(?:\s*(?:发表于|发布于)\s*\d.*)?")
POSTER_RE = re.compile(r"[\w\u4e00-\u9fff]{2,16}")  # a user name: no punctuation, no space


def forum_replies(run: Run, blocks: Blocks) -> Blocks:
    """The replies under a post: from the first floor mark after the post's first sentence to the end.
    Certain for a reply without a sentence (顶, 支持，学点真本事！), only proposed for one with."""
    first = prose_bounds(blocks)[0]
    start = next((pos for pos, (_, _, text) in enumerate(blocks) if pos > first and _FLOOR_RE.fullmatch(t2s(text.strip()))),
                 None)
    if start is None:
        return blocks
    if start - 1 > first and POSTER_RE.fullmatch(blocks[start - 1][2]):  # the reply's poster, above its floor
        start -= 1
    kept = blocks[:start]
    for idx, kind, text in blocks[start:]:
        if not run.propose("chrome", idx, text, "", not contains_sentence(text), "论坛回帖", text):
            kept.append((idx, kind, text))
    return kept
