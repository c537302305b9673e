"""Organisation names in running text, beyond one run ending in a suffix (used by zhtext.proposals).

Kinds of pattern, each general rather than taken from one article:
- units listed after a possessive: ``X学院的服装实训中心、汽车实训中心`` names X学院服装实训中心 … ;
- an ordinal whose 一 a damaged reprint turned into dashes: ``第七——研究所`` is 第七一一研究所;
- a parent at the start of a unit's name: 青岛大学 of 青岛大学劳动人事研究院;
- collective words that are no name: 市属开发区总工会, 各县市区总工会.
"""
from __future__ import annotations

import re

# Units named after their parent with 的 (…学院的实训中心): what such a unit's name ends in.
UNIT_SUFFIXES = ("实训中心", "研究中心", "中心", "研究所", "实验室", "工作室", "分院", "基地", "车间")
# A parent's name ends in one of these (not 街道, 局 …: 江川路街道 of 江川路街道党工委 is no record of its own).
PARENT_SUFFIXES = ("有限公司", "集团", "大学", "学院", "研究院", "总工会")
# Words that make a run a collective (各县市区、市属开发区总工会), not one organisation.
COLLECTIVE_STARTS = ("各", "市属", "区属", "县属", "省属", "所属", "相关", "有关", "全市", "全区", "全省", "全县")

_ORDINAL_DASHES = re.compile(r"(第[〇一二三四五六七八九十]*)([—－]+)([〇一二三四五六七八九十]*)"
                             r"(?=研究所|研究院|分公司|中学|小学|医院|车间|厂)")
_UNIT = r"[\u4e00-\u9fff]{2,12}(?:" + "|".join(UNIT_SUFFIXES) + ")"
_POSSESSIVE_UNITS = re.compile(r"([\u4e00-\u9fff]{4,30})的((?:" + _UNIT + "、)*" + _UNIT + ")")


_JOINING = re.compile(r"[和与及的在为是]")  # a unit's name holds none of these: X的专家和Y研究所 is two things


_ABBREVIATION = re.compile(r"([\u4e00-\u9fff]{4,40})[（(](?:以下)?简称[“\"「]?([\u4e00-\u9fff]{2,10})[”\"」]?[）)]")


def abbreviations(text: str, is_organisation) -> dict[str, str]:
    """{short: full} for ``X学院（以下简称“X职院”）`` (the full name trimmed by is_organisation)."""
    found = {}
    for m in _ABBREVIATION.finditer(text):
        full = is_organisation(m.group(1))
        if full and m.group(2) != full:
            found[m.group(2)] = full
    return found


def expand_abbreviations(text: str, is_organisation) -> str:
    """The text with each abbreviation it defines written out (the definition itself dropped)."""
    defined = abbreviations(text, is_organisation)
    text = _ABBREVIATION.sub(lambda m: m.group(1) if m.group(2) in defined else m.group(), text)
    for short, full in defined.items():
        text = full.join(part.replace(short, full) for part in text.split(full))
    return text


_SCHOOL = re.compile(r"[\u4e00-\u9fff]{2,30}?(?:大学|学院|学校)")


def name_our_school(text: str, is_organisation) -> str:
    """我校/本校 written as the school the article names most (at least twice): a school's own report
    names itself (山东科技职业学院 … 我校党委副书记). Academies (…工匠学院) are not schools here."""
    counts: dict[str, int] = {}
    for m in _SCHOOL.finditer(text):
        name = is_organisation(m.group())
        if name and not name.endswith(("工匠学院", "劳模学院")) and name[:1] not in "我本该":
            counts[name] = counts.get(name, 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1], default=("", 0))
    if best[1] < 2 or list(counts.values()).count(best[1]) > 1:
        return text
    return re.sub(r"我校|本校", best[0], text)


def repair_ordinals(text: str) -> str:
    """第七——研究所 → 第七一一研究所 (same length, so positions in the text stay)."""
    return _ORDINAL_DASHES.sub(lambda m: m.group(1) + "一" * len(m.group(2)) + m.group(3), text)


def possessive_units(text: str, is_organisation) -> list[str]:
    """``X的A、B`` → [XA, XB] when X is an organisation (is_organisation(X) true after trimming)."""
    found: list[str] = []
    for m in _POSSESSIVE_UNITS.finditer(text):
        parent = is_organisation(m.group(1))
        if parent:
            found += [parent + unit for unit in m.group(2).split("、")
                      if parent + unit not in found and not _JOINING.search(unit)]
    return found


def parents(name: str) -> list[str]:
    """Leading parts of `name` that end in a parent suffix, longest first (青岛大学 of 青岛大学劳动人事研究院)."""
    found = []
    for cut in range(len(name) - 2, 1, -1):
        head = name[:cut]
        if head.endswith(PARENT_SUFFIXES) and len(head) > 3 and not name[cut:].startswith(("有限", "股份")):
            found.append(head)
    return found


def is_collective(name: str, suffixes: tuple[str, ...] = ()) -> bool:
    """市属开发区总工会, 各县总工会; or a body named by pointing at it (该公司, 我院, 本校): no record's name."""
    return name.startswith(COLLECTIVE_STARTS) or (name[:1] in "该本我这此其" and name[1:] in suffixes + ("院", "校"))


def tails_after_conjunction(names: list[str]) -> set[str]:
    """Names that are only the part after 与/和/及 of another name (劳动模范研究所 of 大国工匠与劳动模范研究所)."""
    return {short for short in names for long in names
            if len(long) > len(short) + 1 and long.endswith(short) and long[-len(short) - 1] in "与和及"}
