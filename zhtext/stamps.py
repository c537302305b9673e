"""A platform's header line, under the account's name or the headline: WeChat's ("原创 张伟 某某公众号
2024-03-15 08:00 发表于上海"), Weibo's ("24-5-16 18:02 来自 微博 weibo.com"), a self-media stamp with where the
writer was ("2024-09-12 10:23浙江", "发布于 2024-09-12 10:23・IP 属地浙江") and a platform with its account
("百家号 | 职工之家"). Each reads a whole line into fields or gives None (zhtext.metadata tries them first).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .meta_fields import DATE_RE, PLACE, PLACE_KEY, MetaFields, parse_date

# A self-media platform and the account that posted there, either way round: 百家号 | 职工之家, 职工之家·网易号.
SELF_MEDIA = r"(?:百家号|头条号|网易号|搜狐号|企鹅号|澎湃号|大风号|一点号|新浪看点|快传号|观察者号|新京号|南方号|潮新闻号)"
# (and a video platform's account or uploader before its name: 视频号·潍坊工会, 头条号：潍坊工会, UP主：潍坊工会)
_ACCOUNT_ON_PLATFORM_RE = re.compile(
    rf"(?:{SELF_MEDIA}|视频号|学习强国号|强国号|UP主)\s*[|｜丨·•/:：]\s*(?P<a>[^\s|｜丨·•/:：]{{2,20}})"
    rf"|(?P<b>[^\s|｜丨·•/]{{2,20}})\s*[|｜丨·•/]\s*{SELF_MEDIA}"
)
# Where WeChat says the writer was: 发表于上海, or (since 2022) the province alone after the date.
_PROVINCES = ("北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|"
              "云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门")
# A platform's stamp under the account's name (百家号, 头条, 网易号): the date and time, then where the writer
# was (IP属地), with or without a space: 2024-09-12 10:23浙江, 2024-09-12 10:23 IP属地：浙江.
# 搜狐 writes the province in full: 发布于：浙江省, 发布于 浙江省杭州市.
_PROVINCE = rf"(?:{_PROVINCES})(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)?(?:[\u4e00-\u9fff]{{2,4}}市)?"
_PLACE_PART = rf"[\s·•・]*(?:{PLACE_KEY})?{_PROVINCE}"
_PLACED_STAMP_RE = re.compile(rf"(?:(?:发布|发表|编辑|更新)于\s*)?(?P<date>{DATE_RE.pattern})(?<=\d)(?P<place>{_PLACE_PART})")
# Weibo's header under the account's name: 24-5-16 18:02 来自 微博 weibo.com 已编辑 (a two-digit year there only),
# where the writer was perhaps before 来自 (24-5-16 18:02 浙江 来自 iPhone客户端).
_WEIBO_HEAD_RE = re.compile(
    r"(?P<date>(?:(?:20)?\d{2}-)?\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2})"
    rf"(?:\s*(?:{PLACE_KEY})?(?:{_PROVINCES}))?\s*(?:来自\s*\S.{{0,40}}?)?\s*(?:已编辑)?"
)
# A post's stamp with no year or with a relative day (小红书, 抖音): 编辑于 09-12 山东, 发布于 昨天 18:02 浙江. Its date is
# left for the editor; the line is the platform's.
_SHORT_STAMP_RE = re.compile(
    r"(?:编辑|发布|发表|更新)于\s*(?:(?:\d{1,2}-\d{1,2}|今天|昨天|前天|\d{1,2}\s*(?:分钟|小时|天)前)(?:\s*\d{1,2}:\d{2})?)"
    rf"(?P<place>\s*(?:{PLACE_KEY})?{_PROVINCE})?")
_CLOCK_IN_STAMP = re.compile(r"\d{1,2}[:：]\d{2}")  # a stamp has its time: a date and a place alone may be a dateline
_WECHAT_HEAD_RE = re.compile(
    rf"(?P<original>原创\s+)?(?P<who>[^\s\d，。,:：]{{2,20}}(?:\s+[^\s\d，。,:：]{{2,20}}){{0,3}})\s+"
    rf"(?P<date>{DATE_RE.pattern})?(?P<place>[\s·•・]*{PLACE_KEY}[\u4e00-\u9fff]{{2,8}}"
    rf"|(?<=\d)[\s·•・]*{_PROVINCE})?"
)


def wechat_head(raw: str, simp: str, keyed: Callable[[str], bool]) -> MetaFields | None:
    """WeChat's header line: "原创 张伟 某某公众号 2024-03-15 08:00 发表于上海" (the authors, the account,
    the date and the writer's location, 原创 or the location marking it)."""
    m = _WECHAT_HEAD_RE.fullmatch(simp)
    # An account's name and a stamp with its time, nothing else, is a platform's header too (百家号, once
    # its IP属地 went as chrome): one name, and no key (发布时间 2024-09-12 10:23 is read as keyed).
    stamped = bool(m and m.group("date") and _CLOCK_IN_STAMP.search(m.group("date")) and " " not in m.group("who")
                   and not keyed(m.group("who")))
    if not m or not (m.group("original") or m.group("place") or stamped):
        return None
    if any(token.endswith("于") for token in m.group("who").split()):
        return None  # 发布于 2024-09-12 10:23・IP 属地浙江: a stamp's own words, not an author or an account
    who = raw[m.start("who"):m.end("who")].split()
    out = MetaFields(source=who[-1], byline="、".join(name for name in who[:-1] if name != who[-1]))
    out.parts.append(("来源", who[-1]))
    if out.byline:
        out.parts.append(("撰稿", out.byline))
    if m.group("date"):
        out.date_text = raw[m.start("date"):m.end("date")].strip()
        out.date = parse_date(out.date_text)
        out.parts.append(("发布时间", out.date_text))
    if m.group("place"):
        out.parts.append((PLACE, m.group("place").strip()))
    return out


def _weibo_stamp(stamp: str) -> MetaFields:
    """24-5-16 18:02 (this century's), 5-16 18:02 (no year: left for the editor), 2024-5-16 18:02."""
    parts = stamp.split("-")
    out = MetaFields(date_text=stamp, parts=[("发布时间", stamp)])
    if len(parts) == 3:
        out.date = parse_date(("20" + stamp) if len(parts[0]) == 2 else stamp)
    return out


def weibo_head(raw: str, simp: str) -> MetaFields | None:
    weibo = _WEIBO_HEAD_RE.fullmatch(simp) if "来自" in simp or "已编辑" in simp else None
    return _weibo_stamp(raw[:weibo.end("date")]) if weibo else None


def account_on_platform(raw: str, simp: str) -> MetaFields | None:
    account = _ACCOUNT_ON_PLATFORM_RE.fullmatch(simp)
    if not account:
        return None
    group = "a" if account.group("a") else "b"
    out = MetaFields(source=raw[account.start(group):account.end(group)])
    out.parts.append(("来源", out.source))
    return out


def placed_stamp(raw: str, simp: str) -> MetaFields | None:
    short = _SHORT_STAMP_RE.fullmatch(simp)
    if short:  # no year printed: the date is left for the editor
        out = MetaFields(parts=[("发布时间（无年份，未采用）", raw[:short.start("place") if short.group("place") else len(raw)].strip())])
        if short.group("place"):
            out.parts.append((PLACE, raw[short.start("place"):].strip()))
        return out
    placed = _PLACED_STAMP_RE.fullmatch(simp)
    if not placed or not _CLOCK_IN_STAMP.search(placed.group("date")):
        return None
    out = MetaFields(date_text=raw[placed.start("date"):placed.end("date")].strip())
    out.date = parse_date(out.date_text)
    out.parts += [("发布时间", out.date_text), (PLACE, raw[placed.start("place"):].strip(" ·•・\t\u3000"))]
    return out
