"""Metadata lines at the top and bottom of a reprint: headline, date, source, credits, counters.

News sites print a header such as

    济宁市总工会举办职工技能大赛颁奖仪式  发布时间：2024-11-05 09:30  来源：济宁日报  阅读：356

and footers such as ``（记者 张三 通讯员 李四）`` or ``责任编辑：王五``. ``parse_meta_line`` reads such a
line into fields when *every* part of it is recognised (a key with its value, a bare date, page
chrome such as 【字体：大 中 小】); the text before the first key may be the headline. A line with
anything unrecognised is not a metadata line, so article sentences never become fields.
"""

from __future__ import annotations

import re

from .boilerplate import are_names
from .chrome import COUNT
from .dateline import AGENCY
from .meta_fields import DATE_RE, IP_PLACE, MetaFields, parse_date
from .repost_sites import LINE_BITS as REPOST_LINE_BITS
from .repost_sites import REPOSTED_FROM
from .script import t2s
from .stamps import account_on_platform, placed_stamp, wechat_head, weibo_head

# key groups, longest alternatives first; matched on the Simplified form
_DATE_KEYS = (r"发布时间|发布日期|发表时间|发表日期|更新时间|更新日期|发稿时间|出版时间|出版日期|成文日期|印发日期|发文日期"
              r"|上载日期|上载时间|上传日期|上传时间"  # Hong Kong's sites: 上載日期：2026年10月8日
              r"|最后更新(?:时间|日期)?|最近更新|时间|日期|发布于|发表于|编辑于|更新于|出版|更新")  # 编辑于: 知乎's stamp once an answer was edited
# When a document was written or signed, not when it was published: a 发布日期 beside it outranks it.
_WRITTEN_KEYS = ("成文日期", "印发日期", "发文日期")
_SOURCE_KEYS = (r"新闻来源|文章来源|本文来源|本文转自|转载自|发布单位|发布机构|发文单位|发文机关|发布机关|成文机关|制发机关|来源单位|供稿单位"
                r"|信息来源|稿件来源|资料来源|来源|稿源|出处|转自|来自")
# A government site's disclosure table over a document (政府信息公开): its catalogue's fields, logged.
_REGISTER_KEYS = (r"索引号|主题分类|体裁分类|组配分类|服务对象|信息类别|公开方式|公开范围|公开时限|公开属性|有效性|时效性|生成日期|废止日期"
                  r"|发文字号|文件编号|文号")
_BYLINE_KEYS = r"本[报刊台网站](?:特约)?(?:记者|通讯员)|特约记者|文\s*/\s*图|文图|图文|作者|记者|通讯员|撰稿人|撰稿|撰文|供稿|采写|文字|摄影|摄像|图片|照片|文|图|摄"
_REVIEW_KEYS = r"本版责编|本版编辑|责任编辑|责编|审核人|审核|审稿|初审|复审|终审|一审|二审|三审|审签|审校|校对|编辑|编审|值班编辑|值班主任|值班总编|主编"
_COUNTER_KEYS = r"浏览次数|浏览量|浏览|阅读次数|阅读量|阅读数|阅读|点击次数|点击量|点击数|点击|访问量|访问次数|人气|热度"

_KEY_RE = re.compile(
    rf"(?P<headline>(?:^|(?<=\u3000)|(?<=  ))(?:文章|帖子)?标题|^题目)|(?P<layout>本版美编|美编|版式设计|版式|排版)|(?P<poster>发布者|发布人|发稿人|录入者|录入人|录入|上传者|上传人)|(?P<staff>监制|出品|出品人|策划|统筹|制作|剪辑|配音|海报设计|视觉设计|设计|作者单位|栏目主编|文字编辑|图片编辑|图编|美术编辑|视觉编辑|视频编辑|视频)|(?P<register>{_REGISTER_KEYS})|(?P<original>原标题|原题)|(?P<photo>图片来源|图片来自|图源|题图来源|题图|头图来源|封面图片来源|封面来源)|(?P<link>原文链接|原文地址|原文网址|本文链接)|(?P<date>{_DATE_KEYS})|(?P<source>{_SOURCE_KEYS})|(?P<review>{_REVIEW_KEYS})"
    rf"|(?P<byline>{_BYLINE_KEYS})|(?P<counter>{_COUNTER_KEYS})"
)
# Chrome that appears inside metadata lines.
_CHROME_BITS = re.compile(
    r"[【\[]\s*(?:字[体号][:：]?\s*)?大\s*中\s*小\s*[】\]]|字[体号]\s*[:：]\s*[【\[]?\s*大\s*中\s*小\s*[】\]]?"
    r"|[【\[]\s*(?:打印(?:本页|文章|此文)?|关闭(?:窗口)?|收藏|纠错|评论|返回顶部|我要(?:打印|收藏|评论|纠错))\s*[】\]]"
    r"|[·•]?\s*[^\s·•\d:：]{2,20}?官方[账帐]号"  # 百家号: "2024-03-15 08:00 · 潍坊日报官方账号"
    rf"|只看该作者|只看楼主|倒序浏览|电梯直达|阅读模式|{IP_PLACE}"  # a forum post's header: 发表于 2024-6-3 20:15 | 只看该作者
    r"|打印本页|关闭窗口|返回顶部|收藏本页|加入收藏|分享到\s*[:：]?(?:\s*(?:微信|微博|朋友圈|QQ空间|QQ|豆瓣))*"
    rf"|{REPOST_LINE_BITS}"  # a personal library's saver, counts and folder
)
_SEP = " \t\u3000|｜丨/／·•‧・　"  # (‧ and ・: Taiwan's and Japan's middle dots)
# An outlet named after a date with no key (2024年07月02日 14:35  中国工人网, 2024-04-18 09:12·西安工人报): a name
# that ends as a paper's, a site's, a station's or an account's does.
OUTLET_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,16}(?:报|网|社|台|刊|杂志|新闻|新闻云|在线|客户端|APP|发布|融媒|融媒体|频道|之声|头条|号|平台)",
                        re.IGNORECASE)
# A site's section is named like an outlet (社会新闻, 财经频道) but publishes nothing of its own; some go bare (港闻).
_SECTION_RE = re.compile(
    r"(?:社会|国际|国内|本地|地方|财经|体育|娱乐|科技|军事|教育|时政|要闻|即时|港闻|两岸|综合|图片|视频|热点|滚动|最新|今日|独家|"
    r"原创|评论|文化|健康|生活|汽车|房产|旅游|法治|民生|政务|经济|产经|工会|职工|新闻)(?:新闻|频道|资讯|头条)"
    r"|港闻|要闻|时政|两岸|即时|滚动|本地|国际|社会|财经|体育|娱乐"
    r"|新闻公报|新闻稿|新闻发布|新闻动态|工作动态|通知公告|公告公示|政务公开"  # a kind of page (a press release's)
)


def is_section(name: str) -> bool:
    """*name* (either script) is a site's section (社会新闻, 港闻), which publishes nothing of its own."""
    return bool(_SECTION_RE.fullmatch(t2s(name.strip())))


def is_outlet(name: str) -> bool:
    """*name* (either script) ends as an outlet's does and is not a site's section."""
    return bool(OUTLET_RE.fullmatch(t2s(name.strip()))) and not is_section(name)


def is_outlet_or_section(name: str) -> bool:
    """A name a page prints over its headline (人民网, 港闻, 社会新闻): surely the page's, not the article's."""
    simp = t2s(name.strip())
    return bool(OUTLET_RE.fullmatch(simp) or _SECTION_RE.fullmatch(simp))
# An official document's letterhead (宁波市总工会文件: the issuer, the source of a notice reprinted whole) and its
# number (甬工〔2024〕15号), printed above its headline.
ISSUER = r"[\u4e00-\u9fff（）()、]{1,30}?(?:委员会|办公室|办公厅|中心|公司|集团|学院|大学|[会委局厅部院府办室处司社团校组盟联署])"
_REPOSTED_FROM_RE = re.compile(REPOSTED_FROM)
_ACCOUNT_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,20}")
_LETTERHEAD_RE = re.compile(rf"(?P<issuer>{ISSUER})\s*文件")
ISSUER_LINE = re.compile(ISSUER)  # an issuer's name alone: a notice's signature
_PAGE_RE = re.compile(r"(?:第\s*[A-Z]?\d{1,3}\s*版|[A-Z]\d{1,3}\s*版)\s*(?:[:：]\s*[^\s，。,]{1,12})?")
_DOC_NUMBER_RE = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔［\[【（(]\s*(?:19|20)\d{2}\s*[〕］\]】）)]\s*第?\s*\d{1,4}\s*号")

# A forum's or a portal's repost mark before a headline: 转：…, 【转载】…
_REPOST_MARK = re.compile(r"^(?:[【\[]\s*转载?\s*[】\]]|转载?\s*[:：])\s*")


def strip_repost_mark(title: str) -> str:
    """A headline without the 转： or 【转载】 (轉：, 【轉載】) a forum or portal put before it."""
    mark = _REPOST_MARK.match(t2s(title))
    return title[mark.end():] if mark and len(t2s(title)) == len(title) else title
# Taiwan's "記者王大明／台北報導" (or 記者王大明、李小華／綜合報導): a byline with no colon, its names ended by the slash;
# and after an outlet and a slash at the line's end (聯合報／記者王大明)
_NAMES = r"[\u4e00-\u9fff·]{2,5}?(?:、[\u4e00-\u9fff·]{2,5}?)*"
_REPORTER_RE = re.compile(rf"记者\s*(?P<name>{_NAMES})\s*[／/]\s*[\u4e00-\u9fff]{{0,4}}?报[导道]"
                          rf"|(?<=[／/])\s*记者\s*(?P<tail>{_NAMES})\s*$"
                          # a desk before the names (三立's 社會中心／王大明報導)
                          rf"|^[\u4e00-\u9fff]{{2,4}}(?:中心|组|部)\s*[／/]\s*(?P<desk>{_NAMES})\s*报[导道]$")
_BAR_RE = re.compile(r"[ \t\u3000]*[|｜丨][ \t\u3000]*(?=\S)")
_WRAP_RE = re.compile(r"^[（(【\[]\s*(?P<body>.*?)\s*[）)】\]]\s*[。.]?$")
_END_PUNCT = "。！？!?；;"
_EDITION_RE = re.compile(rf"《\s*(?P<paper>[^《》]{{2,20}}?)\s*》\s*[（(]\s*(?P<date>{DATE_RE.pattern})\s*(?:第\s*\d+\s*版)?\s*[）)]")
_CLOCK_RE = re.compile(r"(?:香港|北京|台北|澳门)?时间\s*(?:上午|下午|早上|中午|晚上)?\s*\d{1,2}\s*[时:：]\s*\d{2}\s*分?")
_REPORTED_RE = re.compile(rf"(?P<who>{AGENCY})\s*(?:报道|消息|供稿)")
_UPDATED_NOTE = re.compile(r"\s*[（(][^（）()]{0,24}?(?:更新|修改|编辑)(?:于|时间)?[^（）()]{0,20}[）)]$")


# The device a post was sent from (来自 iPhone客户端), never its source
_DEVICE = re.compile(r"iPhone|iPad|Android|安卓|华为|HUAWEI|小米|Redmi|OPPO|vivo|荣耀|微博|网页|手机", re.IGNORECASE)
# What a page's script prints where a field is empty (作者：null, 阅读：undefined)
_PLACEHOLDER = re.compile(r"null|undefined|NaN|None|nil|\{\{\s*\w+\s*\}\}", re.IGNORECASE)


_BRACKETED_FIELDS = re.compile(r"(?:\s*[【\[][^【】\[\]]{2,40}[】\]]){2,}\s*")
_FIELD_BRACKET = re.compile(r"[【】\[\]]")


def _clean_value(v: str) -> str:
    return v.strip(_SEP + "：:，,;；")


# A reporter's role written before the name in a credit's value (作者：记者 陈晓, 作者：本报记者张三): not a name.
_ROLE_RE = re.compile(r"(?:本[报報刊台网網]|特约|特約|见习|見習|实习|實習)?(?:记者|記者|通讯员|通訊員)|实习生|實習生")


# A two-character name padded to the width of three (赵　磊): one space between two lone Han characters.
_PADDED_NAME = re.compile(r"(?<![^\s、，,])([\u4e00-\u9fff])[ \u3000\u00a0]([\u4e00-\u9fff])(?![^\s、，,])")


def _names(v: str) -> str:
    """'张三 李四' / '张三、李四' / '记者 张三 通讯员 李四' / '赵　磊' → '张三、李四' (… '赵磊')."""
    v = _PADDED_NAME.sub(r"\1\2", v)
    parts = [_ROLE_RE.sub("", p, count=1) if _ROLE_RE.match(p) else p for p in re.split(r"[\s、，,]+", v) if p]
    return "、".join(p for p in parts if p)


def _join(have: str, new: str) -> str:
    names = [n for n in have.split("、") if n]
    names += [n for n in new.split("、") if n and n not in names]
    return "、".join(names)


def parse_meta_line(line: str, allow_title: bool = False) -> MetaFields | None:
    """Fields of a metadata line, or None when part of it is not metadata."""
    raw = line.strip()
    if _BRACKETED_FIELDS.fullmatch(raw):  # 【来源：潍坊日报】【作者：李明】: each field in brackets, apart by spaces now
        raw = _FIELD_BRACKET.sub(lambda m: " " * len(m.group(0)), raw)
    wrapped = _WRAP_RE.match(raw)
    if wrapped:
        raw = wrapped.group("body")
    simp = t2s(raw)
    if len(simp) != len(raw) or not raw:
        return None
    updated = _UPDATED_NOTE.search(simp)
    if updated and updated.start() > 0:  # 2024/9/12 10:23（9/12 12:05 更新）: the page's own date, then its update
        out = parse_meta_line(raw[:updated.start()], allow_title)
        if out is not None and out.date:
            out.parts.append(("更新时间（删除）", raw[updated.start():].strip()))
        return out if out is not None and out.date else None
    stamp = (wechat_head(raw, simp, lambda who: bool(_KEY_RE.search(who))) or weibo_head(raw, simp)
             or account_on_platform(raw, simp) or placed_stamp(raw, simp))
    if stamp:
        return stamp
    if reposted := _REPOSTED_FROM_RE.fullmatch(simp):  # a blog's 原文地址：<the original's title>作者：<its author>
        title, author = (raw[reposted.start(g):reposted.end(g)] for g in ("title", "author"))
        return MetaFields(original_title=title, byline=author, parts=[("原标题", title), ("撰稿", author)])
    letterhead = _LETTERHEAD_RE.fullmatch(simp)
    if letterhead:
        out = MetaFields(source=raw[:letterhead.end("issuer")])
        out.parts.append(("发文机关", out.source))
        return out
    if _PAGE_RE.fullmatch(simp):  # an e-paper's page: 第03版：新闻
        return MetaFields(parts=[("版面（删除）", raw)])
    if _DOC_NUMBER_RE.fullmatch(simp):
        return MetaFields(parts=[("发文字号", raw)])
    if _CLOCK_RE.fullmatch(simp):  # 香港時間16時30分: the hour under a press release's date
        out = MetaFields(clock=raw)
        out.parts.append(("发布时刻", raw))
        return out
    edition = _EDITION_RE.fullmatch(simp)
    if edition:  # 《 人民日报 》（ 2023年05月13日 第 07 版）: the paper and the day it printed the article
        out = MetaFields(source=raw[edition.start("paper"):edition.end("paper")].strip())
        out.date_text = raw[edition.start("date"):edition.end("date")].strip()
        out.date = parse_date(out.date_text)
        out.parts += [("来源", out.source), ("发布时间", out.date_text)]
        return out
    reported = _REPORTED_RE.fullmatch(simp) if wrapped else None
    if reported:  # （星島日報報道）: an agency's credit at the article's end; （记者 张三 报道）is read below
        who = raw[reported.start("who"):reported.end("who")]
        out = MetaFields(source=who)
        out.parts.append(("来源", who))
        return out
    reporters = [raw[m.start(g):m.end(g)] for m in _REPORTER_RE.finditer(simp) for g in ("name", "tail", "desk") if m.group(g)]
    # chrome bits and those bylines become separators
    simp_masked = _REPORTER_RE.sub(lambda m: " " * len(m.group(0)), _CHROME_BITS.sub(lambda m: " " * len(m.group(0)), simp))
    raw = "".join(r if m != " " or s == " " else " " for r, m, s in zip(raw, simp_masked, simp, strict=True))
    keys = []
    for m in _KEY_RE.finditer(simp_masked):
        after = simp_masked[m.end() : m.end() + 2]
        kind = m.lastgroup
        # a magazine's 文／李明 (图/王芳): the slash after a credit's key is its colon
        # (and Taiwan's 責任編輯/王大明)
        colon = after[:1] in (":", "：") or (kind in ("byline", "review") and after[:1] in "/／" and after[1:2] not in "/／")
        # A key needs a colon, except credits written "记者 张三" after a separator or the line start.
        before_ok = m.start() == 0 or simp_masked[m.start() - 1] in _SEP + "（(【[;；，,"
        bar = _BAR_RE.match(simp_masked, m.end())  # WeChat's "来源 | 某某区总工会" is a key and its value
        if bar and not colon and before_ok:
            keys.append((m.start(), bar.end(), kind, m.group(0)))
            continue
        turned = m.group(0) in ("本文转自", "转自", "转载自") and m.start() == 0  # 本文转自某某日报，… needs no colon
        turned = turned or (m.group(0) in ("发表于", "发布于", "编辑于", "更新于") and before_ok and bool(DATE_RE.match(simp_masked[m.end():].lstrip())))
        turned = turned or (kind == "counter" and before_ok and after[:1].isdigit())  # 浏览量1.2万
        # 来自 潍坊日报: a source's key with a space, where an outlet follows
        spaced_source = (kind == "source" and m.start() == 0 and after[:1] in " \u3000" and is_outlet(simp_masked[m.end():])
                         and not _DEVICE.match(simp_masked[m.end():].strip()))
        if not colon and not turned and not spaced_source and not (kind in ("byline", "review") and before_ok and after[:1] in " \u3000"):
            continue
        if not before_ok and not colon:
            continue
        keys.append((m.start(), m.end() + (1 if colon else 0), kind, m.group(0)))
    dates = [(m.start(), m.end()) for m in DATE_RE.finditer(simp_masked)]
    # a platform's mark, not a headline; the name after its date is the account's (原创 2024-09-10 10:23·潍坊工会)
    platform_mark = bool(dates and re.fullmatch(r"原创\s*", simp_masked[:dates[0][0]]))
    if platform_mark:
        raw = " " * dates[0][0] + raw[dates[0][0]:]
    if not keys and not dates and not reporters:
        return None
    out = MetaFields()
    for name in reporters:
        out.byline = _join(out.byline, name)
        out.parts.append(("撰稿", name))
    if not keys and not dates:
        return out if not _clean_value(raw) else None
    # Walk the line: a prefix (title), then key → value up to the next key or date.
    marks = sorted([(s, e, k, name) for s, e, k, name in keys] + [(s, e, "bare-date", "") for s, e in dates])
    # drop dates that sit inside a key's value (handled by the key)
    first = marks[0][0]
    prefix = _clean_value(raw[:first])
    if prefix and not allow_title and marks[0][2] == "bare-date" and is_outlet(prefix):
        out.source = prefix  # the outlet before its date, under the headline (自由時報 2024/09/12 10:23 記者…)
        out.parts.append(("来源", prefix))
    elif prefix:
        if not allow_title or any(c in _END_PUNCT for c in prefix) or not 4 <= len(prefix) <= 60:
            return None
        out.title = prefix
        out.parts.append(("标题", prefix))
    i = 0
    while i < len(marks):
        s, e, kind, name = marks[i]
        nxt = len(raw)
        j = i + 1
        while j < len(marks) and marks[j][0] < e:
            j += 1
        if kind == "date":
            # the value is the date that follows
            m = DATE_RE.match(simp_masked, e + len(simp_masked[e:]) - len(simp_masked[e:].lstrip()))
            if not m:
                return None
            value_end = m.end()
            while j < len(marks) and marks[j][0] < value_end:
                j += 1
            nxt = marks[j][0] if j < len(marks) else len(raw)
            rest = _clean_value(raw[value_end:nxt])
            if rest:
                return None
            value = raw[m.start() : m.end()].strip()
            out.merge(MetaFields(date=parse_date(value), date_text=value, date_written=t2s(name) in _WRITTEN_KEYS))
            out.parts.append(("成文日期" if t2s(name) in _WRITTEN_KEYS else "发布时间", value))
            i = j
            continue
        if kind == "bare-date":
            value_end = e
            nxt = marks[j][0] if j < len(marks) else len(raw)
            outlet = _clean_value(raw[value_end:nxt])
            if outlet and not ((is_outlet(outlet) or platform_mark and _ACCOUNT_NAME.fullmatch(outlet)) and not out.source):
                return None
            if outlet:
                out.source = outlet
                out.parts.append(("来源", outlet))
            value = raw[s:e].strip()
            out.date = out.date or parse_date(value)
            out.date_text = out.date_text or value
            out.parts.append(("发布时间", value))
            i = j
            continue
        # keyed text value: up to the next mark, cut at ; ；| and two spaces
        nxt = marks[j][0] if j < len(marks) else len(raw)
        value = _clean_value(raw[e:nxt])
        if kind in ("headline", "original"):  # 标题：… (a forum's or a mail's header), or 原标题：… (the headline
            # the article had where it first ran): a headline, up to the line's end
            value = strip_repost_mark(value) if kind == "headline" else value
            # up to the line's end, or to a key set apart by a wide gap (a disclosure table's row: 标题：…　　发文字号：…)
            if nxt != len(raw) and not re.search(r"(?:[ \t]{2,}|\u3000)$", raw[e:nxt]) or not 4 <= len(value) <= 60 \
                    or "。" in value:
                return None
            setattr(out, "title" if kind == "headline" else "original_title", value)
            out.parts.append(("标题行" if kind == "headline" else "原标题", value))
            i = j
            continue
        if kind == "link":  # 原文链接：https://… (the import form has a field for it; logged here)
            if not re.fullmatch(r"(?:https?://|www\.)\S+", value):
                return None
            out.parts.append(("原文链接", value))
            i = j
            continue
        if _PLACEHOLDER.fullmatch(value) and kind in ("review", "byline", "source", "counter"):
            # 作者：null, 阅读：undefined: what a page's script printed for none
            out.parts.append(("计数（删除）" if kind == "counter" else "空署名（删除）", f"{name}：{value}"))
            i = j
            continue
        if not value and kind == "byline" and j < len(marks) and marks[j][2] == "byline":
            i = j  # 作者：本报记者张三: the role after the key is a key of its own, naming the same reporter
            continue
        if not value and nxt == len(raw) and kind == "counter":
            out.parts.append(("计数（删除）", name))  # 点击数：<script>document.write(356)</script>: the count was a script's
            i = j
            continue
        if not value and nxt == len(raw) and kind in ("review", "byline", "source") and len(marks) == 1:
            out.parts.append(("空署名（删除）", name))  # "责任编辑：" with its name left blank
            i = j
            continue
        value = re.split(r"[;；|｜]|\s{2,}", value)[0].strip() if value else ""
        tail = _clean_value(raw[e:nxt])[len(value) :] if value else ""
        if _clean_value(tail) or not value or len(value) > 30 or any(c in _END_PUNCT for c in value):
            return None
        if kind == "layout":  # an e-paper's designer (本版美编：王丹): logged, no field of ours
            out.parts.append(("美编（删除）", value))
        elif kind == "staff":  # a WeChat article's 监制, 出品, 策划 …: logged, no field of ours
            out.parts.append(("制作人员（删除）", f"{name}：{value}"))
        elif kind == "register":  # 索引号：…, 发文字号：杭工〔2024〕32号: the disclosure catalogue's, logged
            out.parts.append(("公开目录（删除）", f"{name}：{value}"))
        elif kind == "poster":  # who typed it into the site (发布者：宣传部, 录入：admin): logged, no field of ours
            out.parts.append(("发布者（删除）", value))
        elif kind == "photo":  # the credit of a picture the import does not bring: logged, not a field
            out.parts.append(("图片来源（删除）", value))
        elif kind == "counter":
            if not re.fullmatch(rf"{COUNT}\s*次?", value):
                return None
            out.counters.append(f"{name}{value}")
            out.parts.append(("计数（删除）", f"{name}：{value}"))
        elif kind == "source":
            if value not in ("本站", "本网", "原创", "网络", "互联网"):
                out.source = out.source or value
                out.source_keyed = True
            out.parts.append(("来源", value))
        elif kind == "byline":
            if not are_names(_names(value)):
                return None  # 记者：学院成立以来，您带出了多少徒弟: an interview's question
            out.byline, out.byline_keyed = _join(out.byline, _names(value)), True
            out.parts.append(("撰稿", f"{name}：{value}"))
        elif kind == "review" and not are_names(value):
            return None
        elif kind == "review":  # 网易 signs its editors with a code: 王五_NE0011
            out.reviewer = _join(out.reviewer, _names(re.sub(r"[_\s][A-Za-z]{1,6}\d{2,8}$", "", value)))
            out.parts.append(("审核", f"{name}：{value}"))
        i = j
    return out


def signed(above: str, line: str) -> bool:
    """*line* is a bare date under an issuer's name (宁波市总工会 ⏎ 2024年5月20日): a notice's signature, never
    metadata and never part of the line above."""
    return bool(ISSUER_LINE.fullmatch(t2s(above.strip())) and DATE_RE.fullmatch(t2s(line.strip())))
