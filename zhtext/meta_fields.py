"""The fields a reprint's metadata lines give (zhtext.metadata, zhtext.stamps) and the dates they are read from."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .script import t2s

# Taiwan counts years from 1912 (中華民國113年 = 2024): a three-digit year (民國100–149) or 民國 and two digits. An
# official document may date itself in Chinese numerals (二〇二四年八月二十日); a page's own record of the time
# is ISO 8601's (2024-09-12T10:23:00+08:00), whose offset is read only after its T (10:23-11:30 is a range).
_CN_DIGIT = "〇零○Ｏ一二三四五六七八九"
DATE_RE = re.compile(
    r"(?<!\d)(?:(?P<y>(?:19|20)\d{2})|(?P<cy>[一二][" + _CN_DIGIT + r"]{3})|(?:(?:中华)?民国\s*)?(?P<roc>1[0-4]\d)"
    r"|(?:中华)?民国\s*(?P<roc2>[1-9]\d))"
    r"\s*[-/.年]\s*(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*[-/.月]\s*"
    r"(?P<d>\d{1,2}|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日?"
    r"(?:\s*[（(]?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[）)]?)?"  # 2024年3月15日（星期五）
    r"(?:(?:(?P<iso>T)|\s*)(?:(?P<ampm>上午|下午|晚上)\s*)?(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})"
    r"(?:\s*[:：分]\s*(?P<S>\d{2})秒?)?分?(?(iso)(?:\.\d{1,6})?(?P<tz>Z|[+-]\d{2}:?\d{2})?))?"
)
_CN_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0}


def _number(text: str) -> int:
    """12, １２, 十二, 二十, 三十一; and a year digit by digit (二〇二四)."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return int("".join(str(_CN_VALUE[c]) for c in text))
    tens, _, units = text.partition("十")
    return (_CN_VALUE[tens] if tens else 1) * 10 + (_CN_VALUE[units] if units else 0)
PLACE = "IP属地（删除）"  # the label of where a post's writer was: only an account's post says it
# How a platform keys that place (IP属地：浙江, IP 属地浙江, 发表于上海, 发布于：浙江省), and the keyed place with its colon
# as chrome and a forum's header print it inside a line. One pattern for zhtext.chrome, .metadata and .stamps.
PLACE_KEY = r"(?:IP\s*属地|发[表布]于|来自)\s*[:：]?\s*"  # (凤凰网: 2024年09月12日 10:23:45  来自北京)
IP_PLACE = r"IP\s*属地\s*[:：]\s*[\u4e00-\u9fff]{2,8}"


@dataclass
class MetaFields:
    title: str = ""
    original_title: str = ""  # a reprint's 原标题：…, the headline when the page gives no other
    date: dt.datetime | None = None
    date_text: str = ""
    source: str = ""
    byline: str = ""
    reviewer: str = ""
    counters: list[str] = field(default_factory=list)
    parts: list[tuple[str, str]] = field(default_factory=list)  # (label, text) in order, for the report
    # The source was printed after its key (来源：杭州工会), not inferred from the page (the account that posted
    # it, an outlet's name over the date): a keyed source outranks an inferred one wherever it stands.
    source_keyed: bool = False
    byline_keyed: bool = False  # the same for a byline printed after its key (文 | 李明) over a name inferred
    # A time of day printed on a line of its own (香港時間16時30分, under a press release's date): the date's
    # time when the date was printed without one.
    clock: str = ""
    # The date was keyed as the day a document was written (成文日期): a publication date outranks it.
    date_written: bool = False

    def merge(self, other: MetaFields) -> None:
        if other.source and other.source_keyed and not self.source_keyed:
            self.source, self.source_keyed = other.source, True
        if other.byline and other.byline_keyed and not self.byline_keyed:
            self.byline, self.byline_keyed = other.byline, True
        if other.date and (self.date is None or self.date_written and not other.date_written):
            self.date, self.date_text, self.date_written = other.date, other.date_text, other.date_written
        for name in ("title", "original_title", "date_text", "source", "byline", "reviewer"):
            if not getattr(self, name) and getattr(other, name):
                setattr(self, name, getattr(other, name))
        self.clock = self.clock or other.clock
        hour_minute = re.search(r"(\d{1,2})\s*[时時:：]\s*(\d{2})", self.clock)
        printed = DATE_RE.search(t2s(self.date_text))
        if (self.date and hour_minute and int(hour_minute[1]) < 24 and int(hour_minute[2]) < 60 and printed
                and not printed.group("H") and self.clock not in self.date_text):
            self.date = self.date.replace(hour=int(hour_minute[1]), minute=int(hour_minute[2]))
            self.date_text = f"{self.date_text} {self.clock}"
        self.counters += other.counters
        self.parts += other.parts


def parse_date(text: str) -> dt.datetime | None:
    m = DATE_RE.search(t2s(text))
    if not m:
        return None
    try:
        hour = int(m.group("H")) if m.group("H") else 12
        if m.group("ampm") in ("下午", "晚上") and hour < 12:
            hour += 12
        year = (int(m.group("y")) if m.group("y") else _number(m.group("cy")) if m.group("cy")
                else int(m.group("roc") or m.group("roc2")) + 1911)
        out = dt.datetime(
            year, _number(m.group("m")), _number(m.group("d")),
            hour, int(m.group("M") or 0), int(m.group("S") or 0),
        )
    except ValueError:
        return None
    if m.group("tz"):  # the time in Beijing, as the fields are (naive): 2024-09-12T02:23:00Z is 10:23 there
        offset = m.group("tz").replace(":", "")
        zone = dt.UTC if offset == "Z" else dt.timezone(
            (-1 if offset[0] == "-" else 1) * dt.timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
        out = out.replace(tzinfo=zone).astimezone(dt.timezone(dt.timedelta(hours=8))).replace(tzinfo=None)
    return out
