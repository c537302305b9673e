"""The dateline (电头) a news article opens with: who sent it, from where, and who wrote it.

    本报讯（记者 张三 通讯员 李四）…          新华社北京5月12日电（记者张三、李四）…
    中新网上海5月12日电 …                      央视网消息（新闻联播）：…
    【明報專訊】…                              （中央社記者王大明台北15日電）…

The dateline is the agency's own text and stays in the body; the importer reads the source and the
reporters from it into the article's fields, and a proposed headline or summary starts after it.
Matched on the Simplified form (OpenCC t2s keeps lengths), so one pattern serves both scripts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .chars import HAN_RANGES
from .script import t2s

_HAN = HAN_RANGES  # inside a character class: [{_HAN}·]
# An agency names itself: 本报 / 本台 … or a name ending the way papers, agencies, sites and stations do.
# The shortest name, its ending the longest that fits there: 工人日报社, not 工人日报 + a place 社.
# (a brand in Latin letters may lead it: on.cc東網, TVBS新聞)
AGENCY = (rf"本[报刊台网站]|(?:[A-Za-z][A-Za-z0-9.]{{1,11}})?[{_HAN}]{{1,10}}?"
          r"(?:日报社|报社|通讯社|新闻社|电视台|广播电视台|日报|晚报|时报|商报|新闻网|社|网|报|台|新闻)")
_WHEN = r"(?:\d{1,2}月)?\d{1,2}日"
_OPEN_RE = re.compile(
    # 电 and 消息 begin words too (电话, 电工): without a date before them, something must follow them
    # (an outlet's channel after a dot: 齐鲁网·闪电新闻9月10日讯)
    rf"(?P<agency>{AGENCY}(?:[·•・][{_HAN}]{{2,8}}?(?:新闻|客户端|频道))?)(?P<place>[{_HAN}]{{0,8}}?)"
    rf"(?:(?:{_WHEN})?(?:专电|专讯|讯)|{_WHEN}电|(?:电|消息)(?=[\s（(：:，,]|$))"
    rf"\s*(?:[（(](?P<credit>[^（）()\n]{{2,60}})[）)])?[\s：:，,]*"
)
# 【大公報訊】記者張三報道：… — the reporter named after the wrapped dateline, up to a colon.
_WRAPPED_RE = re.compile(rf"[【\[]\s*(?P<agency>{AGENCY})\s*(?:专讯|讯|消息|报道)\s*[】\]]\s*"
                         rf"(?:(?P<credit>(?:记者|通讯员)\s*[{_HAN}·][{_HAN}·、 ]{{1,14}}?)\s*(?:报道|报导)?\s*[：:]\s*)?")
# Taiwan's papers open with the reporter and where they filed from, in brackets: 【記者林志明／臺中報導】,
# 〔記者王大明、李小華／台北報導〕 (自由時報), (記者張三／綜合報導).
_FILED_RE = re.compile(rf"[【〔\[（(]\s*记者\s*(?P<credit>[{_HAN}·]{{2,5}}(?:、[{_HAN}·]{{2,5}})*)\s*[／/]\s*"
                       rf"[{_HAN}]{{0,6}}?报[导道]\s*[】〕\]）)]\s*")
# Where the reporter's name ends in "記者王大明台北15日電" is known only where a place or the date follows.
_PLACES = ("台北|新北|桃园|台中|台南|高雄|基隆|新竹|嘉义|屏东|宜兰|花莲|台东|澎湖|金门|马祖|苗栗|彰化|南投|云林|香港|澳门|北京|上海|东京|华盛顿"
           "|哈尔滨|石家庄|呼和浩特|乌鲁木齐|旧金山|洛杉矶|新加坡|吉隆坡|莫斯科|布鲁塞尔|雅加达|胡志明市")
_CNA_RE = re.compile(
    rf"[（(](?P<agency>{AGENCY})(?:记者\s*(?P<credit>[{_HAN}·、]{{3,24}}?)|[{_HAN}]{{0,8}}?)(?:{_WHEN})?电[）)]\s*"
)


def _cna_reporters(run: str) -> str:
    """The names in "李明杭州", "李明、王芳台北", "王大明華盛頓" (the reporters, then where they filed from), in
    the run's own script: a listed place ends the run where it can; else the place is taken as two
    characters, the commonest, so 李明杭州 is 李明 in 杭州 (a name has two to four characters)."""
    *names, last = run.split("、")
    simp = t2s(last)
    place = next((p for p in _PLACES.split("|") if simp.endswith(p) and len(simp) - len(p) >= 2), None)
    names.append(last[: len(last) - len(place)] if place else last[:-2] if 4 <= len(last) <= 5 else "")
    return "、".join(names) if all(_NAME_RE.fullmatch(n) and len(n) <= 4 for n in names) else ""


# Both scripts: the credit is read from the paragraph as written, so that names keep their script.
_ROLE_RE = re.compile(r"(?:本[报報刊台网網]|新华社|新華社|特约|特約|见习|見習|实习|實習)?"
                      r"(?:记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影|报道员|報道員)\s*")
_NAME_RE = re.compile(rf"[{_HAN}·]{{2,5}}")  # a name, not a phrase (新闻联播 names a programme)


@dataclass(frozen=True)
class Dateline:
    end: int  # where the article's own words begin
    source: str  # "" for 本报 and the like: the reprint names its source elsewhere
    byline: str  # reporters, joined with 、


def _reporters(credit: str) -> str:
    """记者张三、李四 通讯员 王五 → 张三、李四、王五; "" when the credit names no reporter (新闻联播)."""
    if not credit or not _ROLE_RE.search(credit):
        return ""
    names = [n for n in re.split(r"[、，,\s]+", _ROLE_RE.sub(" ", credit)) if n]
    return "、".join(names) if names and all(_NAME_RE.fullmatch(n) for n in names) else ""


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline at the start of *paragraph*, or None."""
    simp = t2s(paragraph)
    if len(simp) != len(paragraph):
        return None
    for pattern in (_WRAPPED_RE, _CNA_RE, _FILED_RE, _OPEN_RE):
        m = pattern.match(simp)
        if m and m.end() < len(simp):  # words must follow: a paragraph that is only a dateline is a credit line
            return _read(pattern, m, paragraph)
    return None


def _read(pattern: re.Pattern, m: re.Match, text: str) -> Dateline:
    """The dateline a pattern matched (on the Simplified form) in `text`: its agency and reporters as written."""
    agency = text[m.start("agency"):m.end("agency")] if "agency" in pattern.groupindex else ""
    credit = text[m.start("credit"):m.end("credit")] if m.groupdict().get("credit") else ""
    byline = _cna_reporters(credit) if pattern is _CNA_RE else credit if pattern is _FILED_RE else _reporters(credit)
    return Dateline(m.end(), "" if agency.startswith("本") else agency, byline)


# An outlet and its reporters on a line of their own (大众新闻·齐鲁壹点 记者 王某, 工人日报—中工网记者 王某): the outlet
# is an agency's name, perhaps with its channel after a dot, and nothing but credits follow it.
_OUTLET_CREDIT_RE = re.compile(
    rf"(?P<agency>{AGENCY})(?:\s*[·•・—－-]\s*[{_HAN}]{{2,8}})?\s*[/／|｜]?\s*"
    rf"(?P<credit>(?:(?:特约|首席|见习|实习)?(?:记者|通讯员|实习生)\s*[{_HAN}·]{{2,5}}(?:[、，,\s]+[{_HAN}·]{{2,5}})*?\s*)+)"
    rf"(?:[／/]?\s*[{_HAN}]{{2,6}}?报[道导])?")  # (Taiwan's: 聯合新聞網 / 記者王大明／即時報導)

# An outlet that compiled the story from others' on a line of its own (凤凰网山东综合, 看看新闻Knews综合): the source.
_COMPILED_RE = re.compile(rf"(?P<agency>{AGENCY}(?:[A-Za-z]{{2,10}})?(?:[{_HAN}]{{2,3}})?)\s*综合(?:报道|报导|整理)?")


def credit_line(line: str) -> Dateline | None:
    """A dateline or an outlet's credit that is the whole line (本报讯（记者 王某）, 新华社北京9月10日电, 大众新闻·齐鲁壹点
    记者 王某): the page set it apart from the article's first words. None for a line that goes on."""
    raw = line.strip()
    simp = t2s(raw)
    if not raw or len(simp) != len(raw):
        return None
    for pattern in (_WRAPPED_RE, _CNA_RE, _FILED_RE, _OPEN_RE):
        if m := pattern.fullmatch(simp):
            return _read(pattern, m, raw)
    if (m := _COMPILED_RE.fullmatch(simp)) and len(m.group("agency")) >= 3:
        return Dateline(len(line), raw[:m.end("agency")].strip(), "")
    m = _OUTLET_CREDIT_RE.fullmatch(simp)
    byline = _reporters(raw[m.start("credit"):m.end("credit")]) if m else ""
    if not byline or any(len(name) > 4 for name in byline.split("、")):
        return None
    agency = raw[m.start("agency"):m.end("agency")]
    return Dateline(len(line), "" if agency.startswith("本") else raw[:m.start("credit")].strip(" /／|｜"), byline)


def names_an_agency(line: str) -> bool:
    """The line is a paper's, an agency's or an account's name and nothing else (潍坊日报, 人民网)."""
    return len(line) <= 12 and bool(re.fullmatch(AGENCY, t2s(line.strip())))


def strip_dateline(paragraph: str) -> str:
    found = find_dateline(paragraph)
    return paragraph[found.end:] if found else paragraph
