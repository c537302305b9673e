"""Proposals for new directory records, read from a plain-text article.

Plain Python, no Django. Works on the Simplified form of the text (zhtext.script.t2s), so an
article in either script gives the same proposals (names are returned in Simplified).

What it reads, by the kind of sentence rather than by the seed articles:
- people in a chain of positions and honours joined by 、 before a name:
  ``市总工会党组书记、常务副主席贾平`` → 贾平: 市总工会党组 书记, 市总工会 常务副主席.
  A segment is [organisation][title] or an honour. A bare body (工会主席, 党委副书记) belongs to the
  organisation named before it in the chain (上海航天技术研究院工会).
- organisations: the longest run of Han characters ending in an organisation suffix;
- honours (全国劳动模范, 大国工匠, 某市工匠 …), academies (…工匠学院), events with 主办/承办 roles.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from zhtext import org_names
from zhtext.script import t2s

ORG_SUFFIXES = (
    "人大常委会", "人大工委", "党工委", "党委", "党组", "总工会", "工会", "学院", "大学", "学校", "党校",
    "研究院", "研究所", "研究中心", "中心", "有限公司", "公司", "集团", "委员会", "常委会", "局", "厅",
    "协会", "学会", "基地", "工厂", "厂", "街道办事处", "街道", "办事处", "政府", "医院", "银行",
)
# Departments are part of the title (潍柴职业大学 产教融合管理室主任), as the directory keeps them.
_DEPARTMENTS = ("教研部", "室", "部", "处", "科")
# Words of praise before a title (资深副教授, 知名教授): not part of the title or an organisation.
_PRAISE = ("资深", "知名", "著名", "特聘", "优秀", "杰出")
# Words after a name that confirm it (彭维锋先生, 逯萍女士).
_NAME_AFTER = ("先生", "女士", "同志", "教授", "老师", "师傅")
# Bodies that are part of the organisation before them in a chain (上海交通大学校长助理、工会主席).
_SUB_BODIES = ("党工委", "党委", "党组", "工会", "人大工委", "纪委", "团委")
TITLES = (
    "常务副主席", "兼职副主席", "副主席", "主席", "书记", "副书记", "院长", "副院长", "执行院长", "名誉院长",
    "校长", "副校长", "校长助理", "局长", "副局长", "厅长", "副厅长", "处长", "副处长", "所长", "副所长",
    "主任", "副主任", "部长", "副部长", "会长", "副会长", "理事长", "副理事长", "秘书长", "副秘书长",
    "董事长", "副董事长", "总经理", "副总经理", "总裁", "厂长", "副厂长", "总工程师", "首席技师",
    "首席专家", "高级技师", "教授", "副教授", "二级教授", "研究员", "成员", "委员", "常委", "市长",
    "副市长", "区长", "副区长", "省长", "副省长", "县长", "副县长", "镇长", "社长", "总监", "组长",
)
HONOURS = (
    "全国劳动模范", "全国劳模", "全国道德模范", "全国五一劳动奖章获得者", "全国五一劳动奖章",
    "五一劳动奖章获得者", "五一劳动奖章", "大国工匠", "中华技能大奖获得者", "全国技术能手",
    "全国优秀共产党员", "全国三八红旗手", "劳动模范", "劳模", "首席技师", "技能大师",
)
_REGIONAL_HONOUR = re.compile(r"^[\u4e00-\u9fff]{1,5}[省市区县](?:劳动模范|劳模|工匠|首席技师|技术能手)(?:获得者)?$")
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫"
    "孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童"
    "凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连"
    "芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖"
    "巩明佘池查麻苑迟邝逯"
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
# What ends a name: these characters, or these words (not their characters: 志 of 同志 is in 陈志强).
_NAME_STOP = set("等和及与在为的说一")
_NAME_STOP_WORDS = ("同志", "代表", "表示", "指出", "分别", "出席", "主持", "致辞", "讲话", "发言", "参加", "介绍", "认为")
# Markup or code left in a text (<script>, a=b) is never part of a title or organisation either.
_CHAIN_BREAK = re.compile(r"[，,。；;：:！？!?\n（）()“”\"《》<>/\\=&|{}\[\]]|以及|包括|还有")
# 和/及/与 join two positions of one person (教授及研究所的副掌舵人) or sit inside a name (人力资源和社会保障局).
_CONJUNCTION = re.compile(r"[和及与]")


@dataclass
class PersonProposal:
    name: str
    positions: list[tuple[str, str]] = field(default_factory=list)  # (organisation or "", title)
    honours: list[str] = field(default_factory=list)
    as_stated: str = ""


@dataclass
class EventProposal:
    name: str
    hosts: list[str] = field(default_factory=list)       # 主办
    organisers: list[str] = field(default_factory=list)  # 承办
    as_stated: str = ""
    date: str = ""   # ISO date, only when the sentence gives year, month and day
    place: str = ""  # 在X举行: as written (an organisation or a place name)


@dataclass
class Proposals:
    people: list[PersonProposal] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    academies: list[str] = field(default_factory=list)
    honours: list[str] = field(default_factory=list)
    events: list[EventProposal] = field(default_factory=list)
    aliases: dict[str, list[str]] = field(default_factory=dict)  # organisation -> abbreviations the text defines


@cache
def _jieba_posseg():
    try:
        import jieba.posseg  # optional: the name check is stricter with it
    except ImportError:  # pragma: no cover - jieba is a project dependency
        return None
    return jieba.posseg


def _is_honour(segment: str) -> bool:
    return segment in HONOURS or bool(_REGIONAL_HONOUR.match(segment) and not _LEAD_IN.search(segment))


def _org_suffix(text: str) -> str:
    return next((s for s in sorted(ORG_SUFFIXES, key=len, reverse=True) if text.endswith(s)), "")


# A role the text gives after an organisation that no title list holds (潍柴集团顶尖技师, 研究院的领军人物,
# 研究所的副掌舵人): two to five characters ending in one of these heads.
_ROLE_HEADS = ("师", "人物", "人", "家", "员", "长", "任", "记", "席", "授", "理", "监", "官")
# Words ending in a role head that name a group, not a position (工作人员, 学员代表).
_GENERIC_ROLES = ("人员", "学员", "成员们", "职工", "员工", "同志", "会员", "队员", "选手", "嘉宾", "代表", "家人",
                  "人民", "工人", "匠人", "年轻人", "接班人", "主人")


def _free_role(org: str, role: str) -> tuple[str, str] | None:
    if (_org_suffix(org) and len(org) > len(_org_suffix(org)) and "的" not in org and 2 <= len(role) <= 6
            and role.endswith(_ROLE_HEADS) and not role.endswith(_GENERIC_ROLES) and not _org_suffix(role)):
        return org, role
    return None


def split_position(segment: str) -> tuple[str, str] | None:
    """``上海交通大学校长助理`` → (上海交通大学, 校长助理); the organisation may be "" (bare title).
    ``青岛大学研究院的领军人物`` → (青岛大学研究院, 领军人物): after an organisation any role word counts."""
    if "的" in segment:
        org, role = segment.rsplit("的", 1)
        found = split_position(role) if role.endswith(TITLES) and not _org_suffix(role) else None
        if found and not found[0]:
            return (org, found[1]) if _org_suffix(org) and "的" not in org else None
        return _free_role(org, role)
    for title in sorted(TITLES, key=len, reverse=True):
        if segment.endswith(title):
            prefix = segment[: -len(title)]
            if prefix.startswith("兼"):
                prefix = prefix[1:]
            if not prefix or _org_suffix(prefix):
                return prefix, title
            if prefix.endswith(_DEPARTMENTS):
                for cut in range(len(prefix) - 1, -1, -1):
                    if cut == 0 or _org_suffix(prefix[:cut]):
                        return prefix[:cut], prefix[cut:] + title
    for cut in range(len(segment) - 2, 1, -1):
        if _org_suffix(segment[:cut]) and (found := _free_role(segment[:cut], segment[cut:])):
            return found
    return None


def _name_after(text: str, start: int) -> str:
    """A 2–3 character Han name with a common surname starting at `start`, or ""."""
    run = ""
    for ch in text[start:start + 4]:
        if not _HAN.match(ch):
            break
        run += ch
    if not run or run[0] not in SURNAMES:
        return ""
    cut = len(run)
    for k in range(2, len(run)):
        if run[k] in _NAME_STOP or run[k:].startswith(_NAME_STOP_WORDS) or text[start + k:].startswith(_NAME_STOP_WORDS):
            cut = k
            break
    if cut < 2:
        return ""
    if len(run) <= 3 and cut == len(run) and not _HAN.match(text[start + len(run):start + len(run) + 1]):
        return run  # the name stands alone before punctuation: 陈冬发，
    for size in (3, 2):
        if text[start + size:].startswith(_NAME_AFTER) and all(_HAN.match(c) for c in text[start:start + size]):
            return text[start:start + size]
    if cut == 3 and len(run) > 3:
        return run[:3]  # a stop right after three characters (龙飞敏等): jieba's shorter guess is not better
    candidates = [run[:3], run[:2]] if cut >= 3 else [run[:2]]
    posseg = _jieba_posseg()
    if posseg is not None:
        words = [(w.word, w.flag) for w in posseg.cut(text[start:start + 6])]
        for size in (2, 3):  # a dictionary verb right after the name ends it (谢建华宣读, 罗辉娟担任)
            if cut == len(run) and posseg.dt.word_tag_tab.get(text[start + size:start + size + 2]) in ("v", "vn"):
                return run[:size]
        if words and words[0][1] == "nr" and words[0][0] in candidates:
            return words[0][0]
    if cut >= 4 and candidates[0] != run[:3]:
        return ""
    return candidates[0] if cut == 3 or (cut >= 3 and len(run) == 3) else candidates[-1]


def _chain_before(text: str, end: int) -> list[str]:
    """The 、-joined segments that end at `end` (the start of a name)."""
    start = 0
    for m in _CHAIN_BREAK.finditer(text, 0, end):
        start = m.end()
    return re.split(r"、|(?<=[长任师授记席])兼", text[start:end])


def _parse_segment(segment: str, leftmost: bool) -> list[tuple[str, str]] | None:
    """[("honour", h)] or [(org, title)] for one part of a chain; split at 和/及/与 when both sides are
    positions. The leftmost part of a chain may start with other words (出席的有, 荣获…的): trimmed."""
    for m in _CONJUNCTION.finditer(segment):
        left = _parse_simple(segment[:m.start()], leftmost)
        # An honour before 与 is the start of a name (大国工匠与劳动模范研究所), not a position of its own.
        right = left and left[0][0] != "honour" and _parse_segment(segment[m.end():], False)
        if left and right:
            return left + right
    return _parse_simple(segment, leftmost)


def _not_a_name(org: str) -> bool:
    """Lead-in words, or 和/及/与 right after a title (…教授和山东科技职业学院): two things, not one name."""
    return bool(_LEAD_IN.search(org)) or any(org[:m.start()].endswith(TITLES + _ROLE_HEADS)
                                             for m in _CONJUNCTION.finditer(org))


def _leftmost_tail(segment: str) -> str:
    """The longest tail after a lead-in word that parses (出席论坛的有|X的领军人物), so 和 inside a name
    stays; "" when none does."""
    return next((segment[m.end():] for m in _CUT.finditer(segment)
                 if _parse_segment(segment[m.end():], leftmost=False)), "")


def _parse_simple(segment: str, leftmost: bool) -> list[tuple[str, str]] | None:
    segment = segment.strip()
    candidates = [_leftmost_tail(segment) or segment] if leftmost else [segment]
    for candidate in candidates:
        if candidate.startswith(("我校", "本校", "我院", "该校", "我局")):
            candidate = candidate[2:]
        candidate = candidate[2:] if candidate.startswith(_PRAISE) else candidate
        if not candidate:
            continue
        if _is_honour(candidate):
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
    last_org = base_org if parsed and parsed[0][0] in _SUB_BODIES else ""
    for org, title in parsed:
        if org == "honour":
            honours.append(title)
            continue
        if org in _SUB_BODIES and last_org:
            org = last_org + org
        elif _RELATIVE_BODY.match(org) and (place := _PLACE_PREFIX.match(last_org)):
            org = place.group() + org  # 闵行区人大常委会副主任、总工会主席: 闵行区总工会
        elif org and org not in _SUB_BODIES:
            last_org = org[: -len(s)] if (s := _sub_body_suffix(org)) and len(org) > len(s) else org
        if not org:
            org = last_org
        positions.append((org, title))
    if not positions and not honours:
        return None
    return PersonProposal("", positions, honours, "、".join(segments))


# A body named relative to the place of the one before it in a chain (总工会, 教育局), and that place.
_RELATIVE_BODY = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}(?:局|厅|委员会|办公室)|总工会|人大常委会|政府|政协|妇联|团委)$")
_PLACE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,6}?[省市区县](?![长委])")


def _sub_body_suffix(org: str) -> str:
    return next((s for s in _SUB_BODIES if org.endswith(s)), "")


def _normalise(text: str) -> str:
    """Simplified; abbreviations given in the text written out (园区职院 → its full name); the space some
    reports put between a title and a name (院长 孙建国) removed."""
    text = org_names.expand_abbreviations(t2s(text), _organisation_before)
    return re.sub(rf"({_TITLE_ALT})[ \u3000\u00a0]+(?=[{''.join(sorted(SURNAMES))}])", r"\1", text)


def propose_people(text: str) -> list[PersonProposal]:
    text = _normalise(text)
    people: dict[str, PersonProposal] = {}
    previous_end, previous_org = 0, ""
    for m in _NAME_BEFORE_PARENTHESES.finditer(text):  # 韩梅（市总工会党组书记、主席）
        _add(people, _person_in_parentheses(text, m))
    for i in range(1, len(text)):
        if text[i] not in SURNAMES or not _HAN.match(text[i - 1]):
            continue
        if not text[:i].endswith(TITLES + HONOURS + _ROLE_HEADS) and not re.search(
                r"[省市区县](?:劳动模范|劳模|工匠|首席技师|技术能手)(?:获得者)?$", text[:i]):
            continue
        name = _name_after(text, i)
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
        if start < 0 or text[start] not in SURNAMES or _name_after(text, start) != text[start:m.start()]:
            continue
        person = _person_at(m.group(1), len(m.group(1)))
        if person and person.as_stated == m.group(1):
            person.name = text[start:m.start()]
            return person
    return None


_TITLE_ALT = "|".join(sorted(TITLES, key=len, reverse=True))
# 她同时担任X基地的首席专家与主任: positions given after the person, to the one named last before 他/她.
_POSITIONS_AFTER = re.compile(rf"(?:([他她])|(?<=[，,]))(?:同时|还|也|另外)*(?:现任|担任|兼任|任)([\u4e00-\u9fff]{{2,30}}?)的?"
                              rf"((?:{_TITLE_ALT})(?:[与和、及](?:{_TITLE_ALT}))*)")


def _positions_after_names(text: str, people: dict[str, PersonProposal]) -> None:
    """她同时担任X的Y与Z, or 甲，现任X的Y (right after the name): positions of the person named last."""
    for m in _POSITIONS_AFTER.finditer(text):
        org = m.group(2)
        if not _org_suffix(org) or _not_a_name(org):
            continue
        paragraph_start = text.rfind("\n", 0, m.start()) + 1
        named = [(text.rfind(n, paragraph_start, m.start()), n) for n in people]
        at, name = max(named, default=(-1, ""))
        if at < 0 or (not m.group(1) and at + len(name) != m.start() - 1):
            continue
        for title in re.split("[与和、及]", m.group(3)):
            if (org, title) not in people[name].positions:
                people[name].positions.append((org, title))


_ACADEMY = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:劳模工匠学院|工匠学院|劳模学院)")
_FUNCTION_CHARS = re.compile(
    r".*(?:的|了|在|由|与|和|及|是|为|将|把|对|向|以|有(?!限)|从|据|通过|来到|走进|参观|包括|出席|来自|邀请|陪同|嘉宾|携手|联合|共同|建设|成立|举办|荣获|获得|被评为|称号|授予)")


# Words that never sit inside an organisation's name in a chain (荣获…的潍柴集团 is not one name).
_LEAD_IN = re.compile(r"的|了|有(?![限色])|在|由|是|将|把|对|向|从|据|通过|来到|走进|参观|包括|出席|来自|邀请|陪同|嘉宾|荣获|获得|被评为|"
                      r"称号|授予|担任")


_CUT = re.compile(_FUNCTION_CHARS.pattern.removeprefix(".*"))


def _trim_left(run: str) -> str:
    m = _FUNCTION_CHARS.match(run)
    return run[m.end():] if m else run


def propose_academies(text: str) -> list[str]:
    text = t2s(text)
    found: list[str] = []
    for m in re.finditer(r"[\u4e00-\u9fff]+?(?:劳模工匠学院|工匠学院|劳模学院)", text):
        name = _trim_left(m.group())
        if len(name) > 4 and not name.startswith(("劳模", "工匠")) and name not in found:
            found.append(name)
    return found


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
                first = first.rsplit("由", 1)[1] if "由" in first else _trim_left(first)
                roles[m.group()] += [o for o in (first, *rest) if _org_suffix(o)]
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
        start = len(run[: max(ends)]) - len(_trim_left(run[: max(ends)]))
        for end in sorted(set(ends)):  # a parent named inside its unit's name is proposed too
            name = run[start:end]
            if run[end:].startswith(("有限公司", "有限责任公司", "股份有限公司")):
                continue  # 上海锅炉厂 of 上海锅炉厂有限公司 is the same organisation
            if name.startswith(("我", "本", "该", "各", "全")) or len(name) - len(_org_suffix(name) or "厂") < 2:
                continue
            if name.endswith(("工匠学院", "劳模学院")) or any(f.endswith(name) for f in units + found):
                continue
            found.append(name)
    return units + found


def _organisation_before(run: str) -> str:
    """The organisation `run` ends with (出席…的上海某学院 → 上海某学院), or ""."""
    name = _trim_left(run)
    return name if _org_suffix(name) and len(name) > len(_org_suffix(name)) + 1 else ""


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
    return [n for n in with_parents if n not in tails and not org_names.is_collective(n)
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
            if org and len(org) > len(_org_suffix(org)) and org not in organisations:
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
