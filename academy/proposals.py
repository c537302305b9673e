"""What the directory lacks, read from an article: zhtext.proposals as rows for RecordProposal.

Read side only (the writes are in academy/proposal_services.py). The proposer works on the Simplified
text; names and details are mapped back to the article's own script where the conversion kept every
position, so a record accepted from a 繁體 article is named as that article writes it.
"""
from __future__ import annotations

import re

from academy.mentions import new_record_proposals
from zhtext.mentions import Record
from zhtext.script import t2s

_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
NAME_CHARS = 200  # RecordProposal.name's max_length
CONTEXT_CHARS = 1000


class _Text:
    """The article's text with its Simplified form, to quote names and sentences as written."""

    def __init__(self, text: str):
        self.text = text
        self.simplified = t2s(text)
        self.aligned = len(self.simplified) == len(text)

    def written(self, simplified_name: str) -> str:
        at = self.simplified.find(simplified_name) if self.aligned else -1
        return self.text[at:at + len(simplified_name)] if at >= 0 else simplified_name

    def sentence(self, simplified_name: str) -> str:
        source = self.text if self.aligned else self.simplified
        at = self.simplified.find(simplified_name)
        for cut in range(len(simplified_name) - 1, 3, -1):  # 某公司工会 of 某公司总经理、工会主席: 某公司's sentence
            if at >= 0:
                break
            at = self.simplified.find(simplified_name[:cut])
        if at < 0:
            return ""
        left = 0
        for m in _SENTENCE_END.finditer(source, 0, at):
            left = m.end()
        m = _SENTENCE_END.search(source, at + len(simplified_name))
        return source[left:m.end() if m else len(source)].strip()[:CONTEXT_CHARS]


def proposals_in(text: str, records: list[Record], honour_names: set[str]) -> dict[tuple[str, str], tuple[dict, str]]:
    """(kind, name) -> (details, context sentence) for every record the text names and the directory
    lacks, in the order people, organisations, academies, honours, events. ``honour_names`` are the
    directory's honours (names and aliases, Simplified): the finder's records do not include them."""
    found = new_record_proposals(text, records)
    t = _Text(text)
    w = t.written
    rows: dict[tuple[str, str], tuple[dict, str]] = {}

    def add(kind, name, details=None):
        if name and (kind, w(name)[:NAME_CHARS]) not in rows:
            rows[(kind, w(name)[:NAME_CHARS])] = (details or {}, t.sentence(name))

    for person in found.people:
        add("person", person.name, {
            "positions": [{"organisation": w(org), "title": w(title)} for org, title in person.positions],
            "honours": [w(h) for h in person.honours],
            "as_stated": w(person.as_stated),
        })
    for org in found.organisations:
        if org not in found.academies:  # 某市工匠学院 of 某市工匠学院院长 is proposed as an academy
            add("organisation", org)
    for academy in found.academies:
        add("academy", academy)
    for honour in found.honours:
        if t2s(honour) not in honour_names:
            add("honour", honour)
    for event in found.events:
        details = {"hosts": [w(o) for o in event.hosts], "organisers": [w(o) for o in event.organisers]}
        details.update({k: w(v) for k, v in (("date", event.date), ("place", event.place)) if v})
        add("event", event.name, details)
    return rows


def details_text(kind: str, details: dict) -> str:
    """The details as an editor reads them: 上海市总工会 · 兼职副主席；全国劳动模范 / 主办：A；承办：B。"""
    parts = []
    if kind == "person":
        parts += [" · ".join(x for x in (p.get("organisation"), p.get("title")) if x)
                  for p in details.get("positions", [])]
        parts += details.get("honours", [])
    elif kind == "event":
        for key, label in (("hosts", "主办"), ("organisers", "承办")):
            if details.get(key):
                parts.append(f"{label}：{'、'.join(details[key])}")
        for key, label in (("date", "日期"), ("place", "地点")):
            if details.get(key):
                parts.append(f"{label}：{details[key]}")
    return "；".join(parts)
