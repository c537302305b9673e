"""Proposals for new directory records, read from a plain-text article.

Plain Python, no Django. Works on the Simplified form of the text (zhtext.script.t2s), so an
article in either script gives the same proposals (names are returned in Simplified).

What it reads, by the kind of sentence rather than by the seed articles:
- people in a chain of positions and honours joined by 、 before a name:
  ``市总工会党组书记、常务副主席贾平`` → 贾平: 市总工会党组 书记, 市总工会 常务副主席.
  A segment is [organisation][title] or an honour. A bare body (工会主席, 党委副书记) belongs to the
  organisation named before it in the chain (上海航天技术研究院工会).
  The chain is read back from the name: the longest run of parts that are each a position or an
  honour (words before it, 出席的有 / 荣获…的, are dropped). A role no list holds counts after an
  organisation (研究院的领军人物). Also: 姓名（职务）, 甲，现任X副会长 / 她同时担任X的Y, a list of one
  organisation's people (X党委书记甲、党委副书记乙), abbreviations the text defines (以下简称“…”).
- organisations: the longest run of Han characters ending in an organisation suffix, units after a
  possessive (X的A中心、B中心), parents of units, without collectives (市属…) (zhtext.org_names);
- honours (全国劳动模范, 大国工匠, 某市工匠 …), academies (…工匠学院), events with 主办/承办 roles.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from zhtext import org_names
from zhtext.proposal_events import EventProposal, propose_events
from zhtext.proposal_words import (
    CHAIN_BREAK,
    CONJUNCTION,
    CUT,
    HAN,
    HONOURS,
    LEAD_IN,
    ORG_SUFFIXES,
    PRAISE,
    ROLE_HEADS,
    SUB_BODIES,
    SURNAMES,
    TITLE_ALT,
    TITLES,
    is_honour,
    name_after,
    org_suffix,
    split_position,
    trim_left,
)
from zhtext.script import t2s

__all__ = ["ORG_SUFFIXES", "TITLES", "HONOURS", "SURNAMES", "EventProposal", "PersonProposal", "Proposals",
           "propose_academies", "propose_events", "propose_organisations", "propose_people", "propose_records",
           "split_position"]


@dataclass
class PersonProposal:
    name: str
    positions: list[tuple[str, str]] = field(default_factory=list)  # (organisation or "", title)
    honours: list[str] = field(default_factory=list)
    as_stated: str = ""


@dataclass
class Proposals:
    people: list[PersonProposal] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    academies: list[str] = field(default_factory=list)
    honours: list[str] = field(default_factory=list)
    events: list[EventProposal] = field(default_factory=list)
    aliases: dict[str, list[str]] = field(default_factory=dict)  # organisation -> abbreviations the text defines


def _chain_before(text: str, end: int) -> list[str]:
    """The 、-joined segments that end at `end` (the start of a name)."""
    start = 0
    for m in CHAIN_BREAK.finditer(text, 0, end):
        start = m.end()
    return re.split(r"、|(?<=[长任师授记席])兼", text[start:end])


def _parse_segment(segment: str, leftmost: bool) -> list[tuple[str, str]] | None:
    """[("honour", h)] or [(org, title)] for one part of a chain; split at 和/及/与 when both sides are
    positions. The leftmost part of a chain may start with other words (出席的有, 荣获…的): trimmed."""
    for m in CONJUNCTION.finditer(segment):
        left = _parse_simple(segment[:m.start()], leftmost)
        # An honour before 与 is the start of a name (大国工匠与劳动模范研究所), not a position of its own.
        right = left and left[0][0] != "honour" and _parse_segment(segment[m.end():], False)
        if left and right:
            return left + right
    return _parse_simple(segment, leftmost)


def _not_a_name(org: str) -> bool:
    """Lead-in words, or 和/及/与 right after a title (…教授和山东科技职业学院): two things, not one name."""
    return bool(LEAD_IN.search(org)) or any(org[:m.start()].endswith(TITLES + ROLE_HEADS)
                                             for m in CONJUNCTION.finditer(org))


def _leftmost_tail(segment: str) -> str:
    """The longest tail after a lead-in word that parses (出席论坛的有|X的领军人物), so 和 inside a name
    stays; "" when none does."""
    return next((segment[m.end():] for m in CUT.finditer(segment)
                 if _parse_segment(segment[m.end():], leftmost=False)), "")


def _parse_simple(segment: str, leftmost: bool) -> list[tuple[str, str]] | None:
    segment = segment.strip()
    candidates = [_leftmost_tail(segment) or segment] if leftmost else [segment]
    for candidate in candidates:
        if candidate.startswith(("我校", "本校", "我院", "该校", "我局")):
            candidate = candidate[2:]
        candidate = candidate[2:] if candidate.startswith(PRAISE) else candidate
        if not candidate:
            continue
        if is_honour(candidate):
            return [("honour", candidate)]
        split = split_position(candidate)
        if split and not _not_a_name(split[0]):
            return [split]
    return None


def _person_at(text: str, end: int, base_org: str = "") -> PersonProposal | None:
    """The positions and honours in the chain before a name: the longest run of parts, read from the
    name backwards, that are each a position or an honour."""
    segments = _chain_before(text, end)
    parsed: list[tuple[str, str]] = []
    for k in range(len(segments) - 1, -1, -1):
        part = _parse_segment(segments[k], leftmost=False)
        tail = "" if part else _leftmost_tail(segments[k])  # words before the chain are dropped
        first = bool(tail) and _parse_segment(tail, leftmost=False)
        if not part and not first:
            segments = segments[k + 1:]
            break
        parsed = (part or first) + parsed
        if first:  # as stated without the words before it (荣获…的 stays out)
            segments = segments[:k] + [tail] + segments[k + 1:]
    positions: list[tuple[str, str]] = []
    honours: list[str] = []
    last_org = base_org if parsed and parsed[0][0] in SUB_BODIES else ""
    for org, title in parsed:
        if org == "honour":
            honours.append(title)
            continue
        if org in SUB_BODIES and last_org:
            org = last_org + org
        elif _RELATIVE_BODY.match(org) and (place := _PLACE_PREFIX.match(last_org)):
            org = place.group() + org  # 闵行区人大常委会副主任、总工会主席: 闵行区总工会
        elif org and org not in SUB_BODIES:
            last_org = org[: -len(s)] if (s := _sub_body_suffix(org)) and len(org) > len(s) else org
        if not org:
            # An academic rank after a research unit's position is held at its university (中心主任、教授);
            # after a faculty's (大学机电学院院长、教授) it stays at the faculty.
            universities = [p for p in org_names.parents(last_org) if p.endswith(("大学", "学院"))]
            moved = title in ACADEMIC_RANKS and universities and not last_org.endswith(("大学", "学院"))
            org = universities[-1] if moved else last_org
        positions.append((org, title))
    if not positions and not honours:
        return None
    return PersonProposal("", positions, honours, "、".join(segments))


ACADEMIC_RANKS = ("教授", "副教授", "二级教授", "讲师", "研究员", "副研究员")
# A body named relative to the place of the one before it in a chain (总工会, 教育局), and that place.
_RELATIVE_BODY = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}(?:局|厅|委员会|办公室)|总工会|人大常委会|政府|政协|妇联|团委)$")
_PLACE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,6}?[省市区县](?![长委])")


def _sub_body_suffix(org: str) -> str:
    return next((s for s in SUB_BODIES if org.endswith(s)), "")


def _normalise(text: str) -> str:
    """Simplified; abbreviations given in the text written out (园区职院 → its full name); the space some
    reports put between a title and a name (院长 孙建国) removed."""
    text = org_names.expand_abbreviations(t2s(text), _organisation_before)
    text = org_names.name_our_school(text, _organisation_before)
    return re.sub(rf"({TITLE_ALT})[ \u3000\u00a0]+(?=[{''.join(sorted(SURNAMES))}])", r"\1", text)


def propose_people(text: str) -> list[PersonProposal]:
    text = _normalise(text)
    people: dict[str, PersonProposal] = {}
    previous_end, previous_org = 0, ""
    for m in _NAME_BEFORE_PARENTHESES.finditer(text):  # 韩梅（市总工会党组书记、主席）
        _add(people, _person_in_parentheses(text, m))
    for i in range(1, len(text)):
        if text[i] not in SURNAMES or not HAN.match(text[i - 1]):
            continue
        if not text[:i].endswith(TITLES + HONOURS + ROLE_HEADS) and not re.search(
                r"[省市区县](?:劳动模范|劳模|工匠|首席技师|技术能手)(?:获得者)?$", text[:i]):
            continue
        name = name_after(text, i)
        if not name:
            continue
        # X学院院长甲、党委书记乙: a list of one organisation's people names it once, before the first.
        between = text[previous_end:i]
        same_list = previous_end and between[:1] in "、，," and not re.search(r"[。；;\n]", between)
        person = _person_at(text, i, previous_org if same_list else "")
        if person is None:
            continue
        person.name = name
        person.as_stated = person.as_stated + name
        previous_end = i + len(name)
        previous_org = next((o[: -len(s)] if (s := _sub_body_suffix(o)) else o for o, _t in person.positions if o), "")
        _add(people, person)
    _positions_after_names(text, people)
    _appointments(text, people)
    return list(people.values())


def _add(people: dict[str, PersonProposal], person: PersonProposal | None) -> None:
    if person is None:
        return
    known = people.get(person.name)
    if known is None:
        people[person.name] = person
    else:
        known.positions += [p for p in person.positions if p not in known.positions]
        known.honours += [h for h in person.honours if h not in known.honours]


_NAME_BEFORE_PARENTHESES = re.compile(r"[（(]([^（）()]{2,80})[）)]")


def _person_in_parentheses(text: str, m: re.Match) -> PersonProposal | None:
    """A name right before a parenthesis that holds only positions and honours."""
    for size in (3, 2):
        start = m.start() - size
        if start < 0 or text[start] not in SURNAMES or name_after(text, start) != text[start:m.start()]:
            continue
        person = _person_at(m.group(1), len(m.group(1)))
        if person and person.as_stated == m.group(1):
            person.name = text[start:m.start()]
            return person
    return None


# 她同时担任X基地的首席专家与主任: positions given after the person, to the one named last before 他/她.
_POSITIONS_AFTER = re.compile(rf"(?:([他她])|(?<=[，,]))(?:同时|还|也|另外)*(?:现任|担任|兼任|任)([\u4e00-\u9fff]{{2,30}}?)的?"
                              rf"((?:{TITLE_ALT})(?:[与和、及](?:{TITLE_ALT}))*)")


def _positions_after_names(text: str, people: dict[str, PersonProposal]) -> None:
    """她同时担任X的Y与Z, or 甲，现任X的Y (right after the name): positions of the person named last."""
    for m in _POSITIONS_AFTER.finditer(text):
        org = m.group(2)
        if not org_suffix(org) or _not_a_name(org):
            continue
        paragraph_start = text.rfind("\n", 0, m.start()) + 1
        named = [(text.rfind(n, paragraph_start, m.start()), n) for n in people]
        at, name = max(named, default=(-1, ""))
        if at < 0 or (not m.group(1) and at + len(name) != m.start() - 1):
            continue
        for title in re.split("[与和、及]", m.group(3)):
            if (org, title) not in people[name].positions:
                people[name].positions.append((org, title))


# 上海大零号湾工匠学院聘请……包起帆作为名誉院长；聘请……王曙群作为院长: the sentence's subject appoints each
# person it names before 作为/为/担任 and a title (however long the honours between 聘请 and the name).
_SENTENCE = re.compile(r"[^。！？!?\n]+")
_APPOINTS = re.compile(r"(?:聘请|聘任|特聘|任命|选聘|增补|推选|选举)了?")
# (the title whole: 院长 in 院长助理 is none; 一职 and 职务 may follow it)
_APPOINTED_AS = re.compile(rf"(?:作为|为|担任|出任)(?:该院|学院|该校|本院)?的?({TITLE_ALT})(?:一职|职务)?(?![\u4e00-\u9fff])")


def _appointments(text: str, people: dict[str, PersonProposal]) -> None:
    """Positions given by an appointment: at the organisation that opens the sentence, to a person already
    proposed whose name stands right before 作为 and the title."""
    names = sorted(people, key=len, reverse=True)  # the longest name that ends right before 作为
    for sentence in _SENTENCE.finditer(text):
        first = _APPOINTS.search(sentence.group(0))
        if not first:
            continue
        subject = sentence.group(0)[:first.start()].strip(" ，,；;")
        org = _organisation_before(subject) if subject else ""
        if not org or not org_suffix(org) or _not_a_name(org):
            continue
        body = sentence.group(0)[first.start():]
        for m in _APPOINTED_AS.finditer(body):
            name = next((n for n in names if body.endswith(n, 0, m.start())), "")
            if name and (org, m.group(1)) not in people[name].positions:
                people[name].positions.append((org, m.group(1)))


def propose_academies(text: str) -> list[str]:
    text = t2s(text)
    found: list[str] = []
    for m in re.finditer(r"[\u4e00-\u9fff]+?(?:劳模工匠学院|工匠学院|劳模学院)", text):
        name = trim_left(m.group())
        if len(name) > 4 and not name.startswith(("劳模", "工匠")) and name not in found:
            found.append(name)
    return found


# Suffixes specific enough to name an organisation in running text (局, 中心 … are too common there).
_STRONG_SUFFIXES = ("有限公司", "集团", "研究所", "研究院", "大学", "职业技术学院", "技师学院", "总工会", "党校", "厂")


def propose_organisations(text: str) -> list[str]:
    """Organisations named in running text: the longest run ending in a specific suffix."""
    text = org_names.repair_ordinals(t2s(text))
    units = org_names.possessive_units(text, _organisation_before)  # X的A中心: A中心 is X's, not alone
    found: list[str] = []
    for m in re.finditer(r"[\u4e00-\u9fff]+", text):
        run = m.group()
        ends = [i + len(sfx) for sfx in _STRONG_SUFFIXES for i in _find_all(run, sfx)]
        if not ends:
            continue
        start = len(run[: max(ends)]) - len(trim_left(run[: max(ends)]))
        for end in sorted(set(ends)):  # a parent named inside its unit's name is proposed too
            name = run[start:end]
            if run[end:].startswith(("有限公司", "有限责任公司", "股份有限公司")):
                continue  # 上海锅炉厂 of 上海锅炉厂有限公司 is the same organisation
            if name.startswith(("我", "本", "该", "各", "全")) or len(name) - len(org_suffix(name) or "厂") < 2:
                continue
            if name.endswith(("工匠学院", "劳模学院")) or any(f.endswith(name) for f in units + found):
                continue
            found.append(name)
    return units + found


def _organisation_before(run: str) -> str:
    """The organisation `run` ends with (出席…的上海某学院 → 上海某学院), or ""."""
    name = trim_left(run)
    return name if org_suffix(name) and len(name) > len(org_suffix(name)) + 1 else ""


def _find_all(run: str, sub: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(sub), run)]


def _article_place(text: str, level: str) -> str:
    """The city (市) or district (区) the article names most often, e.g. 潍坊市; "" when none."""
    counts: dict[str, int] = {}
    pattern = r"(?<![\u4e00-\u9fff])(?![由在和与从对向将把被为是])[\u4e00-\u9fff]{2,3}L|(?<=[省，,。、由在和与])[\u4e00-\u9fff]{2}L".replace("L", level)
    for m in re.finditer(pattern, text):
        counts[m.group()] = counts.get(m.group(), 0) + 1
    return max(counts, key=lambda k: (counts[k], -len(k)), default="")


def _resolve(org: str, places: dict[str, str]) -> str:
    """市总工会 → 潍坊市总工会 when the article is about 潍坊市."""
    level = org[:1]
    return places[level] + org[1:] if level in places and places[level] and org[1:2] != level else org


def _tidy_organisations(names: list[str]) -> list[str]:
    """Parents added after their units; collectives, academies (proposed as such) and tails after 与 out."""
    with_parents: list[str] = []
    for name in names:
        with_parents += [n for n in (name, *org_names.parents(name)) if n not in with_parents]
    tails = org_names.tails_after_conjunction(with_parents)
    return [n for n in with_parents if n not in tails and not org_names.is_collective(n, ORG_SUFFIXES)
            and not n.endswith(("工匠学院", "劳模学院"))]


def propose_records(text: str) -> Proposals:
    aliases: dict[str, list[str]] = {}
    for short, full in org_names.abbreviations(t2s(text), _organisation_before).items():
        aliases.setdefault(full, []).append(short)
    text = org_names.repair_ordinals(_normalise(text))
    places = {level: _article_place(text, level) for level in "市区"}
    people = propose_people(text)
    for person in people:
        person.positions = [(_resolve(org, places), title) for org, title in person.positions]
    organisations: list[str] = []
    for person in people:
        for org, _title in person.positions:
            if org and len(org) > len(org_suffix(org)) and org not in organisations:
                organisations.append(org)
    events = propose_events(text)
    for event in events:
        for org in event.hosts + event.organisers:
            if org not in organisations:
                organisations.append(org)
    for org in propose_organisations(text):
        if org not in organisations:
            organisations.append(org)
    organisations = _tidy_organisations(organisations)
    honours: list[str] = []
    for person in people:
        honours += [h for h in person.honours if h not in honours]
    return Proposals(people, organisations, propose_academies(text), honours, events, aliases)
