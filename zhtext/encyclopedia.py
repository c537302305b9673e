"""An online encyclopedia's page around an entry copied from it (百度百科, 维基百科, 搜狗百科, 360百科 …): an
academy's or a model worker's entry is reprinted from one as often as a news story from a portal.

What such a page adds, and what becomes of it:
- its name and motto over the entry (维基百科，自由的百科全书), its skip links (跳转到导航), its buttons
  (编辑 播报 讨论 上传视频 收藏 有用+1), its menus and the entry's statistics (词条统计, 编辑次数): removed,
  certain (a button among the entry's sentences only beside one no other page has); the date of the last
  revision (本页面最后修订于…) and the licence (知识共享…协议, a notice) are sentences, so only proposed;
- an [编辑] link after each section's heading: cut off the heading, certain;
- its contents list (目录 ⏎ 1 历史 ⏎ 2 培训 …), whose every entry is a heading found again below: removed,
  certain on any page, as it repeats the page;
- the citation marks in its sentences ([1], [2-3], [注 1], [来源请求]) and the reference list under
  参考资料 or 参考文献 (^ 某某. 某报. 2021-05-01 [引用日期…]): the encyclopedia's apparatus, not the entry's
  text. Removed, certain, on a page that shows it is an encyclopedia's (one of the lines above, not a
  sentence that only names one); on any other page left alone, since an article may keep its own notes;
- the category line (分类：…): removed on an encyclopedia's page.
The entry's facts box (中文名 ⏎ 某某学院 ⏎ 成立时间 ⏎ 2021年) is what the entry says, and stays.
"""

from __future__ import annotations

import re

from .chrome import contains_sentence
from .repair_run import Edit, Run
from .script import t2s, t2s_aligned
from .surroundings import prose_bounds, without

Blocks = list[tuple[int, str, str]]

_ENCYCLOPEDIA = r"(?:维基|百度|搜狗|360|互动|快懂|头条|MBA智库)百科"
# Lines only such a page prints: each shows the page is an encyclopedia's, and is removed.
_PAGE_LINE = re.compile(
    rf"(?:{_ENCYCLOPEDIA}\s*[，,]?\s*)?自由的百科全书|{_ENCYCLOPEDIA}(?:\s*[-—|｜]\s*[^。！？\n]{{0,20}})?"
    r"|(?:跳(?:转)?[到至]\s*(?:导航|导览|搜索|搜寻|内容|正文|主要内容)\s*[,，]?\s*)+"
    r"|(?:本|此)(?:页面?|条目|词条)(?:最后|最近)?(?:修订|编辑|修改|更新)于[^。！？\n]{0,40}[。.]?"
    r"|词条统计|编辑次数\s*[:：]?\s*\d[\d,]*\s*次(?:\s*历史版本)?|突出贡献榜|本词条是多义词[^\n]{0,20}"
    r"|同义词\s*\S{1,30}?一般指\s*\S{1,30}|(?:手机版|桌面版)视图|关于(?:维基|百度)?百科",
    re.IGNORECASE)
# Its licence and its notes on who wrote the entry: notices, the editor's to remove (they are sentences).
_NOTICE_LINE = re.compile(
    r"[^。！？\n]{0,40}(?:维基媒体基金会|Wikimedia Foundation)[^。！？\n]{0,60}[。.]?"
    r"|[^。！？\n]{0,40}知识共享[^。！？\n]{0,30}(?:协议|许可)[^。！？\n]{0,40}[。.]?"
    r"|[^。！？\n]{0,30}百科内容由网友共同编辑[^\n]{0,80}"
    r"|本词条由[^。！？\n]{1,60}(?:提供|审核|认证|编写|参与)[^。！？\n]{0,30}[。.]?",
    re.IGNORECASE)
# The page's buttons and menus, a word each, on a line of their own or several to a line. Their words are
# prose's too (讨论, 收藏, 阅读, 帮助), so such a line goes only on an encyclopedia's page, and among the
# entry's sentences only beside a button no other page has (播报, 上传视频, 有用+1): Baidu's 编辑 ⏎ 播报
# under each heading.
_BUTTON = (r"编辑|播报|讨论|编辑本段|回目录|纠错|编辑词条|我要编辑|举报|上传视频|锁定|已锁定|收藏|查看我的收藏|\d*\s*有用\s*\+\s*1|分享|目录|展开|收起|展开全部"
           r"|条目|讨论页|阅读|查看源代码|编辑源代码|查看历史|工具|下载为PDF|可打印版本|打印页面|打印/导出|固定链接|页面信息"
           r"|引用本页|引用此页|链入页面|相关更改|上传文件|特殊页面|创建账号|登录|个人工具|汉漢|不转换|简体|繁体|大陆简体"
           r"|香港繁体|澳门繁体|大马简体|新加坡简体|台湾正体|隐私政策|免责声明|开发者|统计|Cookie声明"
           r"|主菜单|移至侧栏|隐藏|导航|首页|分类索引|特色内容|新闻动态|最近更改|随机条目|帮助|维基社群|方针与指引"
           r"|互助客栈|知识问答|字词转换|IRC即时聊天|联络我们|搜索|外观|资助维基百科|序言|切换目录|添加语言|添加链接|操作"
           r"|常规|获取短链接|下载二维码|维基数据项目|在其他项目中|维基共享资源"
           # (Taiwan's and Hong Kong's interface, once in Simplified: 檢視歷史, 永久連結, 可列印版, 建立帳號 …)
           r"|检视历史|检视原始码|页面资讯|永久连结|可列印版|引用此页面|连结至此的页面|相关变更|上传档案|建立帐号|登入|移至侧边栏|主选单"
           r"|最近更新\s*[:：][^。！？\n]{0,30}|浏览次数\s*[:：]?\s*\d[\d,]*\s*次|创建者\s*[:：]\s*\S{1,20}")
_BUTTONS = re.compile(rf"(?:(?:{_BUTTON})\s*[|｜·•]?\s*)+", re.IGNORECASE)
_OWN_BUTTON = re.compile(r"播报|上传视频|有用\s*\+\s*1|查看我的收藏")
# An [编辑] link after a section's heading (历史[编辑], 培训[编辑源代码], 沿革[编辑 | 编辑源代码]), or Baidu's two
# buttons copied on the heading's line from its HTML (历史沿革编辑播报), or its and 互动百科's older 编辑本段
_EDIT_LINK = re.compile(r"\s*(?:\[\s*编辑(?:源代码|本段)?(?:\s*[|｜]\s*编辑源代码)?\s*\]|编辑\s*播报|编辑本段(?:\s*回目录)?)\s*$")
# Citation marks, one or several in a row: [1] [2-3] [1,4] [注 1] [a] [来源请求]
_MARK = (r"\[\s*(?:\d{1,3}(?:\s*[-–,，、]\s*\d{1,3})*|注\s*\d{1,3}|[a-z]|来源请求|需要引用|需要来源|原创研究\?|失效链接"
         r"|需要更新|谁[?？]|何时[?？]|哪里[?？]|已过时)\s*\]")
_MARKS = re.compile(rf"[ \u00a0]*(?:{_MARK}[ \u00a0]*)+")  # Baidu's copy puts a space on either side: 成立。 [1]
CITATION_MARKS_AT_END = re.compile(rf"(?:{_MARK})+$")
_REFERENCES = re.compile(r"[\W_]*(?:(?:参考|引用)?(?:资料|文献|来源|注释|脚注|参考|外部链接|外部连结|注解|引用)(?:与(?:参考|注释|来源))?"
                         r"|参见|相关条目|延伸阅读)[\W_]*")
_REFERENCE_ENTRY = re.compile(r"\s*(?:\^|↑|\[\s*\d{1,3}\s*\]|\d{1,3}\s*[.．、]|[•·▪]|[a-z]\s*[.．]).{2,}"
                              r"|.*(?:引用日期|原始内容存档于|存档副本|检索日期|访问日期|https?://).*", re.IGNORECASE)
_CATEGORY = re.compile(r"\s*(?:页面|隐藏)?分类\s*[:：].*")
_TOC_HEADING = re.compile(r"\s*目\s*录\s*|\s*contents\s*", re.IGNORECASE)
_TOC_NUMBER = re.compile(r"\s*(?:\d{1,2}(?:\s*[.．]\s*\d{1,2})*\s*[.．、]?|[▪•·]|[一二三四五六七八九十]{1,3}\s*、)\s*")




def is_encyclopedia_page(blocks: Blocks) -> bool:
    """The page shows it is an encyclopedia's: a line of its own (its name, a note, a button no other page
    has, an [编辑] link after a heading, a reference with its 引用日期), not a sentence that names one."""
    for _, _, text in blocks:
        simp = t2s_aligned(text.strip())
        if contains_sentence(simp) and not _NOTICE_LINE.fullmatch(simp):
            continue
        if (_PAGE_LINE.fullmatch(simp) or _NOTICE_LINE.fullmatch(simp) or _EDIT_LINK.search(simp)
                or _OWN_BUTTON.search(simp) and _BUTTONS.fullmatch(simp) or "引用日期" in simp):
            return True
    return False


def encyclopedia_page(run: Run, blocks: Blocks) -> Blocks:
    """On an encyclopedia's page: its own lines, its buttons, citation marks,
    reference list and categories (see the module docstring)."""
    if not is_encyclopedia_page(blocks):
        return blocks
    first, last = prose_bounds(blocks)
    simps = [t2s_aligned(text.strip()) for _, _, text in blocks]
    own = [bool(_OWN_BUTTON.search(s) and _BUTTONS.fullmatch(s)) for s in simps]
    # a count beside Baidu's 有用+1 (0 ⏎ 有用+1 ⏎ 0); a number elsewhere is the facts box's
    counts = {pos for pos, s in enumerate(simps) if s.isdigit() and any(own[max(0, pos - 1):pos + 2])}
    kept: Blocks = []
    in_references = False
    for pos, (idx, kind, text) in enumerate(blocks):
        simp = simps[pos]
        if in_references and contains_sentence(simp) and not _REFERENCE_ENTRY.fullmatch(simp):
            in_references = False
        if _references_heading(simp):
            in_references = True
        if _NOTICE_LINE.fullmatch(simp):
            if run.propose("notice", idx, text, "", True, "百科页面的版权与编写说明", text):
                continue
        elif label := "百科页面的按钮" if pos in counts else _line_label(simp, in_references):
            sure = in_references or label != "百科页面的按钮" or not first <= pos <= last or any(own[max(0, pos - 1):pos + 2])
            if run.propose("chrome", idx, text, "", sure, label, text):
                continue
        kept.append((idx, kind, _without_marks(run, idx, text)))
    return kept


def _references_heading(simp: str) -> bool:
    """参考资料, 参考文献[编辑], 注释, 外部链接 …: the heading of the reference list."""
    return len(simp) <= 16 and bool(_REFERENCES.fullmatch(_EDIT_LINK.sub("", simp)))


def _line_label(simp: str, in_references: bool) -> str:
    if in_references and (_REFERENCE_ENTRY.fullmatch(simp) or _references_heading(simp)):
        return "百科页面的参考资料"
    if _PAGE_LINE.fullmatch(simp):
        return "百科页面的名称与说明"
    if _BUTTONS.fullmatch(simp):
        return "百科页面的按钮"
    if _CATEGORY.fullmatch(simp) and not contains_sentence(simp):
        return "百科页面的分类"
    return "百科页面参考资料之后的页面杂项" if in_references else ""


def _without_marks(run: Run, idx: int, text: str) -> str:
    """The text without its citation marks and the [编辑] link after a heading."""
    simp = t2s_aligned(text)
    edits = [Edit(m.start(), m.end(), "", "chrome", True, "百科页面的引用标记") for m in _MARKS.finditer(simp)]
    if (link := _EDIT_LINK.search(simp)) and link.start() > 0 and not contains_sentence(simp):
        edits.append(Edit(link.start(), len(text), "", "chrome", True, "百科页面的编辑链接"))
    return run.apply(text, idx, edits) if edits else text


def _toc_title(text: str) -> str:
    return re.sub(r"\s+", "", _TOC_NUMBER.sub("", _EDIT_LINK.sub("", t2s(text)), count=1))


def contents_list(run: Run, blocks: Blocks) -> Blocks:
    """A 目录 line and the entries under it, each a heading found again below (numbered or not): the page's
    contents list, which repeats it. Two entries at least; the list ends at the first line that is none."""
    heads = [pos for pos, (_, _, text) in enumerate(blocks) if _TOC_HEADING.fullmatch(t2s(text))]
    if not heads:
        return blocks
    titles = [_toc_title(text) for _, _, text in blocks]
    last = {title: pos for pos, title in enumerate(titles)}  # where each title stands last: one pass, not one per entry
    drop: set[int] = set()
    for pos in heads:
        end = pos + 1
        while (end < len(blocks) and 0 < len(titles[end]) <= 30 and not contains_sentence(blocks[end][2])
               and last[titles[end]] > end):
            end += 1
        if end - pos > 2:
            drop |= set(range(pos, end))
    return without(run, blocks, drop, "目录（各条在下文的小标题中）")
