"""Events a text reports with their organisers: 由A主办、B承办的“X”, its date and where it was held.

Part of the record proposals (zhtext.proposals); plain Python, on the Simplified form of the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from zhtext.proposal_words import org_suffix, trim_left
from zhtext.script import t2s


@dataclass
class EventProposal:
    name: str
    hosts: list[str] = field(default_factory=list)       # 主办
    organisers: list[str] = field(default_factory=list)  # 承办
    as_stated: str = ""
    date: str = ""   # ISO date, only when the sentence gives year, month and day
    place: str = ""  # 在X举行: as written (an organisation or a place name)


_EVENT_ROLE_WORD = re.compile(r"主办|承办|协办")
_EVENT_CHAIN = re.compile(r"(?:[\u4e00-\u9fff]+、)*[\u4e00-\u9fff]+$")
_EVENT_NAME = re.compile(
    r"[\u4e00-\u9fff“”—·]+(?:仪式|论坛|培训班|大赛|竞赛|比赛|大会|会议|活动|讲座|展览|开班式|第一课)")


def propose_events(text: str) -> list[EventProposal]:
    text = t2s(text)
    events: list[EventProposal] = []
    for sentence in re.split(r"(?<=[。！？\n])", text):
        roles = {"主办": [], "承办": []}
        previous = 0
        # Each role word takes the chain of names between it and the role word before it, so
        # 由A主办、B承办 gives A to 主办 and B to 承办 (not A主办、B to 承办).
        for m in _EVENT_ROLE_WORD.finditer(sentence):
            chain = _EVENT_CHAIN.search(sentence[previous:m.start()])
            previous = m.end()
            if chain and m.group() in roles:
                first, *rest = chain.group().split("、")
                first = first.rsplit("由", 1)[1] if "由" in first else trim_left(first)
                roles[m.group()] += [o for o in (first, *rest) if org_suffix(o)]
        if not roles["主办"] and not roles["承办"]:
            continue
        # The event named after the roles (…承办的“首届青年工匠技能大赛”), else the last one before.
        after = _EVENT_NAME.findall(sentence[previous:])
        before = text[: text.find(sentence)]
        names = after[:1] or [n for n in _EVENT_NAME.findall(before[-300:]) if len(n) > 4][-1:]
        name = names[0].lstrip("，,。的") if names else ""
        if name.startswith("“") and "”" not in name:  # “大赛” quoted whole: the name is inside
            name = name[1:]
        events.append(EventProposal(name, roles["主办"], roles["承办"], sentence.strip(),
                                    event_date(sentence), event_place(sentence)))
    return events


_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_PLACE = re.compile(r"在([\u4e00-\u9fff]{2,30}?)(?:隆重|顺利|成功)?(?:举行|举办|召开|开幕|开班|启动)")


def event_date(sentence: str) -> str:
    """The first full date (2024年4月26日) of the sentence as 2024-04-26; "" without year, month and day."""
    m = _DATE.search(sentence.translate(_FULLWIDTH_DIGITS))
    if not m:
        return ""
    year, month, day = (int(g) for g in m.groups())
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else ""


def event_place(sentence: str) -> str:
    """Where the sentence says the event was held (在上海闵行职业技术学院举行 → 上海闵行职业技术学院)."""
    m = _PLACE.search(sentence)
    return m.group(1) if m else ""


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
