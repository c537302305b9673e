"""Headlines, subheadings and summaries of a cleaned reprint."""

from __future__ import annotations

import re

from .captions import is_caption
from .dateline import names_an_agency, strip_dateline
from .punctuation import is_han
from .script import t2s

SENT_END = "。！？!?…"
_EVENT_VERBS = (
    "举办|舉辦|举行|舉行|召开|召開|开幕|開幕|启动|啟動|开班|開班|闭幕|閉幕|落幕|揭牌|挂牌|掛牌|开展|開展"
)
_LEAD_RE = re.compile(
    r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[至到\-—~～](?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上|晚间|晚間|早上)?"
    r"|近日|日前|近期|昨天|昨日|今天|今日|本报讯|本報訊"
    # how the reporter learnt it: 记者12日从全国总工会获悉，/ 據介紹，
    r"|(?:记者|記者)?(?:\d{1,2}日)?(?:从|從)[^，,。]{2,30}(?:获悉|獲悉|了解到|瞭解到|得知)|[据據][^，,。]{2,12}(?:介绍|介紹|报道|報道|消息))[，,、\s]*"
)
TITLE_MAX = 40  # a line this short (without final punctuation) may be the headline
TITLE_CAP = 60  # a generated headline is never longer
_SUBHEAD_MAX = 16
# Never a heading, besides what zhtext.captions reads as a caption: a line holding a sentence's end, one
# closing on a photographer's credit even written bare (…张三摄, 受访者供图), or opening on a bracketed 图.
_NOT_A_HEADING_RE = re.compile(r"^[（(][图圖]|(?:摄|攝|供图|供圖)[）)]?$|[。！？][^”’」』）]")


def _first_sentence(text: str) -> str:
    m = re.search(f"[{SENT_END}]", text)
    return text[: m.start()] if m else text


def cap_title(title: str, limit: int = TITLE_CAP) -> str:
    """At most *limit* characters, cut at a clause boundary when there is one."""
    title = title.strip()
    if len(title) <= limit:
        return title
    head = title[:limit]
    cut = max(head.rfind(c) for c in "，,；;、 ")
    return (head[:cut] if cut >= limit // 2 else head).rstrip("，,；;、 ")


def propose_title(first_paragraph: str) -> str:
    """Build a headline from the first sentence: drop the date lead, keep the
    event named after a "——" dash, drop "在<place>" before the event verb,
    and shorten long sentences to subject + the clause naming the event."""
    s = _LEAD_RE.sub("", _first_sentence(strip_dateline(first_paragraph)).strip())
    if "——" in s:
        tail = s.split("——")[-1]
        if len(tail) >= 8:
            s = tail
    s = re.sub(rf"在[^，,；;“”]{{2,25}}?({_EVENT_VERBS})", r"\1", s, count=1)
    s = re.sub(rf"({_EVENT_VERBS})了", r"\1", s)
    if len(s) > TITLE_MAX:
        clauses = [c for c in re.split(r"[，,；;]", s) if c]
        event = next((c for c in clauses[1:] if "“" in c or re.search(_EVENT_VERBS, c)), "")
        event = re.sub(r"^(?:共同|并|並|还|還|同时|同時)", "", event)
        s = clauses[0] + event if event else clauses[0]
    return cap_title(s.strip("，,；;：: "))


def _before_what_follows(paragraphs: list[str]) -> list[str]:
    """The paragraphs up to one that introduces what follows it (…，现将名单公布如下：, then a table or a list):
    that one ends at its last clause before the colon, as a sentence; a salutation (各区县总工会：) is left out."""
    out = []
    for p in paragraphs:
        text = p.rstrip()
        if not text.endswith(("：", ":")):
            out.append(p)
            continue
        cut = max(text.rfind("，"), text.rfind("；"))
        if cut > 0:
            out.append(text[:cut] + "。")
            break
    return out


def propose_summary(paragraphs: list[str], limit: int = 120) -> str:
    """Leading whole sentences of the body, at most *limit* characters."""
    text = "".join(_before_what_follows(paragraphs))
    sentences = re.findall(rf"[^{SENT_END}]+[{SENT_END}]+[”’」』）]?|[^{SENT_END}]+$", text)
    out = ""
    for s in sentences:
        if len(out) + len(s) > limit:
            break
        out += s
    if not out and sentences:
        # first sentence alone is too long: cut at the last clause boundary
        first = sentences[0][:limit]
        cut = max(first.rfind("，"), first.rfind("；"))
        out = (first[:cut] if cut > 0 else first[: limit - 1]) + "。"
    return out.strip()


def is_subheading(text: str) -> bool:
    return (
        len(text) <= _SUBHEAD_MAX
        and text[-1] not in SENT_END + "；;，,：:.”"
        and any(is_han(c) for c in text)
        and not re.search(r"[：:]\s*\S", text)  # 附件：报名表.docx, 联系人：张三 are items, not headings
        and not re.fullmatch(r"[\d\s年月日号:：\-/.]+", text)  # a date under a signature
        and "\t" not in text  # a table's row copied from a document, cells apart by tabs
        and not _NOT_A_HEADING_RE.search(text) and not is_caption(text)  # 图为培训现场。张三 摄: a photo's caption
    )


# What a copied page title carries around its headline: the site after an underscore (…培训班_新浪新闻,
# …_新闻中心_某某网; Chinese headlines never hold "_") or after bars (…竞赛 | 新闻 | 工人日报: only names of
# sites and columns, so 劳模工匠学院 | 第二期 stays whole) and a column's name in 【】 before it (【劳模风采】).
_COLUMN_HEAD_RE = re.compile(r"^\s*【[^【】]{2,10}】\s*")


def title_decorations(title: str) -> list[tuple[str, str]]:
    """(label, text) of a column's name before a headline and a site's name after it, each to go; the
    headline left must keep four Han characters."""
    found = []
    for label, span in (("标题前的栏目名", _column_head(title)), ("标题后的网站名", _site_tail(title))):
        if span and sum(map(is_han, title[:span[0]] + title[span[1]:])) >= 4:
            found.append((label, title[span[0]:span[1]]))
    return found


def _column_head(title: str) -> tuple[int, int] | None:
    m = _COLUMN_HEAD_RE.match(title)
    return m.span() if m else None


def _site_tail(title: str) -> tuple[int, int] | None:
    """Where the site's names start (at the first "_", with the spaces before it) when every part after it is
    a name of 2 to 16 characters without spaces; else where a tail of bars or dashes starts (…竞赛 | 新闻 |
    工人日报) whose every part names a site or a column. Split, not a pattern: a pattern searched from each
    "_" of a title of thousands of them took the square of its length."""
    at = title.find("_")
    if at < 0:
        return _bar_tail(title)
    parts = [part.strip() for part in title[at + 1:].split("_")]
    if not all(2 <= len(part) <= 16 and not any(c.isspace() for c in part) for part in parts):
        return None
    return len(title[:at].rstrip()), len(title)


# A title's parts apart by a bar (| ｜) or, with spaces around it, a dash; a site's columns named there.
_BAR_RE = re.compile(r"\s*[|｜]\s*|\s+[-–—]\s+")
_COLUMN_RE = re.compile(r"首页|正文|新闻|要闻|资讯|动态|时政|国内|国际|地方|本地|社会|财经|教育|体育|科技|文化|图片|视频|"
                        r"[\u4e00-\u9fff]{1,6}(?:频道|中心|栏目|动态|资讯|新闻|要闻|专题|在线)")


def _names_a_site(part: str) -> bool:
    simplified = t2s(part.strip())
    return 2 <= len(simplified) <= 16 and (names_an_agency(simplified) or bool(_COLUMN_RE.fullmatch(simplified)))


def _bar_tail(title: str) -> tuple[int, int] | None:
    """Where the run of site and column names after the headline's last bar starts, walked from the end."""
    bars = list(_BAR_RE.finditer(title))
    start = None
    for i in range(len(bars) - 1, -1, -1):
        end = bars[i + 1].start() if i + 1 < len(bars) else len(title)
        if not _names_a_site(title[bars[i].end():end]):
            break
        start = bars[i].start()
    return (start, len(title)) if start is not None else None


# A section's number opening its heading: 01 ｜ 研修概况, 一、培训时间, 2. 课程安排.
_SECTION_RE = re.compile(r"\s*(?:(\d{1,2})|([一二三四五六七八九十]{1,3}))\s*(?:[｜|、．.:：]|\s)")
_DIGITS = {c: n for n, c in enumerate("一二三四五六七八九", 1)}


def _section_number(text: str) -> int | None:
    m = _SECTION_RE.match(text)
    if not m:
        return None
    if m.group(1):
        return int(m.group(1))
    tens, _, ones = m.group(2).rpartition("十")
    if "十" not in m.group(2):
        return _DIGITS.get(ones) if len(ones) == 1 else None
    return (_DIGITS.get(tens, 0) if tens else 1) * 10 + (_DIGITS.get(ones, 0) if ones else 0)


def opens_sections(text: str, later: list[str]) -> bool:
    """*text* is the first of numbered sections (01 ｜ 研修概况 … 02 ｜ 课程安排): a later line, not the next one
    (that would make them a list's items), carries the next number."""
    number = _section_number(text)
    return (number is not None and bool(later) and _section_number(later[0]) != number + 1
            and any(_section_number(line) == number + 1 for line in later[1:]))


def is_title_line(text: str, following: str, over_metadata: bool = False) -> bool:
    """A line short enough to be a headline and standing out from *following*. Over the page's metadata a
    headline may end in ？ or ！ (五天学了啥？); elsewhere such a line is more often a post's first sentence."""
    ends = SENT_END + "，,；;：:" if not over_metadata else "。…，,；;：:"
    return (
        len(text) <= TITLE_MAX
        and text[-1] not in ends
        and len(following) > 2 * len(text)
        and sum(1 for c in text if is_han(c)) >= 4
    )
