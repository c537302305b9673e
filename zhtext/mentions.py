"""Find mentions of known directory records in an article, in either script.

Plain Python: the caller supplies the directory as `Record`s (id, kind, name, aliases). Text and
names are both brought to Simplified (zhtext.script.t2s), so an article in 繁體 finds records kept in
简体 and the other way round.

The scan is longest-match-wins: at each position the longest known name is taken, so a name inside
a longer name (闵行区 inside 闵行区总工会) is not a separate mention. A surface shared by two records
(two people of one name, a name that is also another record's alias) gives an *ambiguous* mention
for each of them. Once a person's full name has appeared, surname + title (杨主席) counts for them.

A person's name is also checked for how it reads where it stands (zhtext.name_reading): 李明 in 李明确表示
or 高峰 in 高峰论坛 is counted, but when every place the name stands reads as other words the mention
carries the reason as `doubt`, and is left for an editor. A name printed with a space inside (王　强, a
two-character name padded to the width of three in a list) is found as the name; full-width letters,
digits and brackets match their ASCII forms and Latin letters either case (ＡＢＢ（中国） for ABB(中国)); a
transliterated name's dot matches whichever dot the page printed (努爾‧白克力 for 努尔·白克力).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from zhtext.chars import HAN_RANGES
from zhtext.name_reading import name_doubt
from zhtext.script import t2s

# Titles used after a surname as a short form (杨主席, 包院长). Longer titles first is not needed:
# the scan itself prefers the longest surface.
SHORT_FORM_TITLES = (
    "主席", "副主席", "书记", "副书记", "院长", "副院长", "校长", "副校长", "局长", "副局长",
    "主任", "副主任", "部长", "副部长", "厅长", "处长", "所长", "会长", "理事长", "秘书长",
    "董事长", "总经理", "经理", "厂长", "教授", "老师", "师傅", "工程师", "总工", "委员", "市长",
    "区长", "省长", "县长", "镇长", "社长", "馆长", "队长", "组长", "班长", "博士", "同志",
)

# A known organisation at the start of a longer one (中国船舶集团有限公司 of 中国船舶集团有限公司第七一一研究所,
# 青岛大学 of 青岛大学劳动人事研究院) is named there as the unit's parent, so it is mentioned too. Only names
# ending in an organisation's own suffix count: a place (闵行区 of 闵行区总工会) is not a parent.
PARENT_SUFFIXES = ("有限公司", "有限责任公司", "公司", "集团", "大学", "学院", "学校", "研究院", "研究所",
                   "中心", "总工会", "委员会", "医院", "厂")

_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
# A short form relative to the article's place or body (市总工会, 区总工会, 总工会) is the tail of a longer
# name when a Han character other than these is right before it (开发区总工会 is not 闵行区总工会).
_RELATIVE_START = tuple("市区省县镇乡总")
_BEFORE_RELATIVE = set("及和与同的在由、为是到从向对将把被等了并且或暨经据受至于")


def inside_longer_name(text: str, start: int, surface: str) -> bool:
    """True when `surface` (found at `start` of Simplified `text`) is a relative short form that is
    only the tail of another name here."""
    before = text[start - 1] if start else ""
    return (surface.startswith(_RELATIVE_START) and "\u4e00" <= before <= "\u9fff"
            and before not in _BEFORE_RELATIVE)


@dataclass(frozen=True)
class Record:
    id: object
    kind: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass
class Mention:
    record_id: object
    kind: str
    name: str
    count: int = 0
    context: str = ""
    ambiguous: bool = False
    surfaces: list[str] = field(default_factory=list)
    doubt: str = ""  # why each place it is found may mean something else ("" once one place is clear)


# A space the finder reads through: one between Han characters (王　强, a two-character name padded to three
# in a list), or beside a bracket, a Han character or other punctuation (ABB (中国) 有限公司), never between
# two Latin letters or digits (Siemens AG).
_PADDING = re.compile(r"(?<=[^\sA-Za-z0-9])[ \u3000\u00a0](?=\S)|(?<=\S)[ \u3000\u00a0](?=[^\sA-Za-z0-9])")
# The dot inside a transliterated name (努尔·白克力) as pages print it: Taiwan's ‧, Japanese ・ and ･, a bullet,
# a typed full stop. Between Han characters each is read as "·" when matching names.
_NAME_DOT = re.compile(rf"(?<=[{HAN_RANGES}])[.．‧•・･⋅∙](?=[{HAN_RANGES}])")
# Full-width Latin letters, digits and punctuation (ＡＢＢ（中国）, 第７１１研究所) as their ASCII forms, and Latin
# letters in lower case.
_WIDTH = {**{c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}, **{c: c + 32 for c in range(ord("A"), ord("Z") + 1)}}
_WIDTH.update({c + 0xFEE0: c + 32 for c in range(ord("A"), ord("Z") + 1)})


def match_form(text: str) -> str:
    """The text as names are matched (either side, already in Simplified): one character for each one,
    so positions are kept."""
    return _NAME_DOT.sub("·", text.translate(_WIDTH))


def _unpadded(text: str) -> tuple[str, Sequence[int]]:
    """The text without the spaces names are read through, and where each kept character was."""
    padding = {m.start() for m in _PADDING.finditer(text)}
    if not padding:
        return text, range(len(text))
    kept = [i for i in range(len(text)) if i not in padding]
    return "".join(text[i] for i in kept), kept


def _surface(name: str) -> str:
    """A name or alias as the finder matches it: Simplified, one width, one dot, unpadded."""
    return _unpadded(match_form(t2s(name.strip())))[0]


def locate(text: str, name: str) -> tuple[int, int]:
    """Where the finder reads `name` in `text` (either script, padded, full-width, another dot): (start, end)
    in `text` as written, or (-1, -1). The admin marks a mention's context sentence with it."""
    simplified = t2s(text)
    unpadded, kept = _unpadded(match_form(simplified if len(simplified) == len(text) else text))
    wanted = _surface(name)
    at = unpadded.find(wanted) if wanted else -1
    return (kept[at], kept[at + len(wanted) - 1] + 1) if at >= 0 else (-1, -1)


_LONGEST_SENTENCE = 500  # a context is read this far each way: a text without a sentence end must not be
# scanned from its start at every mention (a 256,000-character one took 98 s)


def _sentence(text: str, start: int, end: int) -> str:
    left = low = max(0, start - _LONGEST_SENTENCE)
    for m in _SENTENCE_END.finditer(text, low, start):
        left = m.end()
    m = _SENTENCE_END.search(text, end, end + _LONGEST_SENTENCE)
    right = m.end() if m else min(len(text), end + _LONGEST_SENTENCE)
    return text[left:right].strip()


class _Index:
    """surface (Simplified) -> record ids, plus the set of surface lengths, longest first."""

    def __init__(self) -> None:
        self.surfaces: dict[str, set] = {}
        self.lengths: list[int] = []

    def add(self, surface: str, record_id: object) -> None:
        if len(surface) < 2:  # one character is never a name on its own
            return
        self.surfaces.setdefault(surface, set()).add(record_id)
        if len(surface) not in self.lengths:
            self.lengths.append(len(surface))
            self.lengths.sort(reverse=True)

    def parents_at(self, text: str, i: int, longer: str) -> list[tuple[str, set]]:
        """Known organisations ending in a parent suffix that `longer` (matched at `i`) starts with."""
        return [(text[i:i + n], self.surfaces[text[i:i + n]]) for n in self.lengths
                if n < len(longer) and text[i:i + n] in self.surfaces and text[i:i + n].endswith(PARENT_SUFFIXES)]

    def longest_at(self, text: str, i: int) -> tuple[str, set] | None:
        for length in self.lengths:
            surface = text[i:i + length]
            if len(surface) == length and surface in self.surfaces:
                return surface, self.surfaces[surface]
        return None


def find_mentions(text: str, records: Iterable[Record],
                  titles: Iterable[str] = SHORT_FORM_TITLES) -> list[Mention]:
    """Every record the text mentions, in order of first mention, with count and first sentence."""
    records = {r.id: r for r in records}
    titles = tuple(t2s(t) for t in titles)
    simplified = t2s(text)
    # Context is quoted from the original text when the conversion kept every position.
    source = text if len(simplified) == len(text) else simplified
    simplified, where = _unpadded(match_form(simplified))
    index = _Index()
    short: dict[object, set[str]] = {}  # per record other than a person: aliases that are part of its name
    for record in records.values():
        name = _surface(record.name)
        for surface in (record.name, *record.aliases):
            surface = _surface(surface)
            if surface:
                index.add(surface, record.id)
                if record.kind != "person" and surface != name and surface in name:
                    short.setdefault(record.id, set()).add(surface)
    short_forms_added: set = set()
    short_forms: set[str] = set()
    found: dict[object, Mention] = {}
    i = 0
    while i < len(simplified):
        hit = index.longest_at(simplified, i)
        if not hit:
            i += 1
            continue
        surface, ids = hit
        end = i + len(surface)
        if inside_longer_name(simplified, i, surface):
            i += 1
            continue
        hits = [(surface, ids)]
        if any(getattr(records.get(r), "kind", "person") != "person" for r in ids):
            hits += [(parent, parent_ids - ids) for parent, parent_ids in index.parents_at(simplified, i, surface)]
        context = _sentence(source, where[i], where[end - 1] + 1)
        for surface, ids in hits:  # noqa: B020 - the matched name, then its parents
            people = all(getattr(records.get(r), "kind", "person") == "person" for r in ids)
            doubt = name_doubt(simplified, i, surface) if people and surface not in short_forms else ""
            if not people and all(surface in short.get(r, ()) for r in ids):
                doubt = short_form_doubt(surface)
            _count(found, records, ids, surface, context, doubt)
            for record_id in ids:
                record = records.get(record_id)
                if record and record.kind == "person" and record_id not in short_forms_added:
                    short_forms_added.add(record_id)
                    surname = t2s(record.name)[:1]
                    for title in titles:
                        index.add(surname + title, record_id)
                        short_forms.add(surname + title)
        i = end
    return list(found.values())


def short_form_doubt(surface: str) -> str:
    """Why a record named only by a part of its name is left to the editor: news gives the full name first
    (上海大零号湾工匠学院, then 工匠学院), and a part alone is often the general term (劳模工匠学院, 工匠学院)
    or another body's name."""
    return f"存疑：文中只有简称“{surface}”，没有全称，可能是泛称或别的单位，请核实是否指此记录"


def _count(found: dict, records: dict, ids: set, surface: str, context: str, doubt: str) -> None:
    for record_id in sorted(ids, key=str):
        record = records.get(record_id)
        if record is None:  # a short form of a person: ids hold the person's id
            continue
        mention = found.get(record_id)
        if mention is None:
            mention = found[record_id] = Mention(record_id, record.kind, record.name, context=context, doubt=doubt)
        elif mention.doubt and not doubt:  # a clear place: the mention is meant, and quoted from there
            mention.doubt, mention.context = "", context
        mention.count += 1
        mention.ambiguous = mention.ambiguous or len(ids) > 1
        if surface not in mention.surfaces:
            mention.surfaces.append(surface)
