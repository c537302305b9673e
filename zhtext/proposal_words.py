"""Words the proposals read (zhtext.proposals): organisation suffixes, titles, honours, surnames, the
lead-in words before a chain, and the two readers that only need words: a position (organisation +
title) and a personal name after a position.

Plain Python, no Django; works on Simplified text.
"""
from __future__ import annotations

import re
from functools import cache

from zhtext import dictionary

ORG_SUFFIXES = (
    "人大常委会", "人大工委", "党工委", "党委", "党组", "总工会", "工会", "学院", "大学", "学校", "党校",
    "研究院", "研究所", "研究中心", "中心", "有限公司", "公司", "集团", "委员会", "常委会", "局", "厅",
    "协会", "学会", "基地", "工厂", "厂", "街道办事处", "街道", "办事处", "政府", "医院", "银行",
)
# Departments are part of the title (潍柴职业大学 产教融合管理室主任), as the directory keeps them.
DEPARTMENTS = ("教研部", "室", "部", "处", "科")
# Words of praise before a title (资深副教授, 知名教授): not part of the title or an organisation.
PRAISE = ("资深", "知名", "著名", "特聘", "优秀", "杰出")
# Words after a name that confirm it (彭维锋先生, 逯萍女士).
NAME_AFTER = ("先生", "女士", "同志", "教授", "老师", "师傅")
# Bodies that are part of the organisation before them in a chain (上海交通大学校长助理、工会主席).
SUB_BODIES = ("党工委", "党委", "党组", "工会", "人大工委", "纪委", "团委")
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
REGIONAL_HONOUR = re.compile(r"^[\u4e00-\u9fff]{1,5}[省市区县](?:劳动模范|劳模|工匠|首席技师|技术能手)(?:获得者)?$")
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫"
    "孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童"
    "凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连"
    "芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖"
    "巩明佘池查麻苑迟邝逯"
)
HAN = re.compile(r"[\u4e00-\u9fff]")
# What ends a name: these characters, or these words (not their characters: 志 of 同志 is in 陈志强).
NAME_STOP = set("等和及与在为的说一")
NAME_STOP_WORDS = ("同志", "代表", "表示", "指出", "分别", "出席", "主持", "致辞", "讲话", "发言", "参加", "介绍", "认为",
                   "作为", "当选", "荣获")
# Markup or code left in a text (<script>, a=b) is never part of a title or organisation either.
CHAIN_BREAK = re.compile(r"[，,。；;：:！？!?\n（）()“”\"《》<>/\\=&|{}\[\]]|以及|包括|还有")
# 和/及/与 join two positions of one person (教授及研究所的副掌舵人) or sit inside a name (人力资源和社会保障局).
CONJUNCTION = re.compile(r"[和及与]")


@cache
def jieba_posseg():
    try:
        import jieba.posseg  # optional: the name check is stricter with it
    except ImportError:  # pragma: no cover - jieba is a project dependency
        return None
    return jieba.posseg


def is_honour(segment: str) -> bool:
    return segment in HONOURS or bool(REGIONAL_HONOUR.match(segment) and not LEAD_IN.search(segment))


def org_suffix(text: str) -> str:
    return next((s for s in sorted(ORG_SUFFIXES, key=len, reverse=True) if text.endswith(s)), "")


# A role the text gives after an organisation that no title list holds (潍柴集团顶尖技师, 研究院的领军人物,
# 研究所的副掌舵人): two to five characters ending in one of these heads.
ROLE_HEADS = ("师", "人物", "人", "家", "员", "长", "任", "记", "席", "授", "理", "监", "官")
# Words ending in a role head that name a group, not a position (工作人员, 学员代表).
GENERIC_ROLES = ("人员", "学员", "成员们", "职工", "员工", "同志", "会员", "队员", "选手", "嘉宾", "代表", "家人",
                  "人民", "工人", "匠人", "年轻人", "接班人", "主人")


def free_role(org: str, role: str) -> tuple[str, str] | None:
    if (org_suffix(org) and len(org) > len(org_suffix(org)) and "的" not in org and 2 <= len(role) <= 6
            and role.endswith(ROLE_HEADS) and not role.endswith(GENERIC_ROLES) and not org_suffix(role)):
        return org, role
    return None


def split_position(segment: str) -> tuple[str, str] | None:
    """``上海交通大学校长助理`` → (上海交通大学, 校长助理); the organisation may be "" (bare title).
    ``青岛大学研究院的领军人物`` → (青岛大学研究院, 领军人物): after an organisation any role word counts."""
    if "的" in segment:
        org, role = segment.rsplit("的", 1)
        found = split_position(role) if role.endswith(TITLES) and not org_suffix(role) else None
        if found and not found[0]:
            return (org, found[1]) if org_suffix(org) and "的" not in org else None
        return free_role(org, role)
    for title in sorted(TITLES, key=len, reverse=True):
        if segment.endswith(title):
            prefix = segment[: -len(title)]
            if prefix.startswith("兼"):
                prefix = prefix[1:]
            if not prefix or org_suffix(prefix):
                return prefix, title
            if prefix.endswith(DEPARTMENTS):
                for cut in range(len(prefix) - 1, -1, -1):
                    if cut == 0 or org_suffix(prefix[:cut]):
                        return prefix[:cut], prefix[cut:] + title
    for cut in range(len(segment) - 2, 1, -1):
        if org_suffix(segment[:cut]) and (found := free_role(segment[:cut], segment[cut:])):
            return found
    return None


def name_after(text: str, start: int) -> str:
    """A 2–3 character Han name with a common surname starting at `start`, or ""."""
    run = ""
    for ch in text[start:start + 4]:
        if not HAN.match(ch):
            break
        run += ch
    if not run or run[0] not in SURNAMES:
        return ""
    cut = len(run)
    for k in range(2, len(run)):
        if run[k] in NAME_STOP or run[k:].startswith(NAME_STOP_WORDS) or text[start + k:].startswith(NAME_STOP_WORDS):
            cut = k
            break
    if cut < 2:
        return ""
    if len(run) <= 3 and cut == len(run) and not HAN.match(text[start + len(run):start + len(run) + 1]):
        return run  # the name stands alone before punctuation: 陈冬发，
    for size in (3, 2):
        if text[start + size:].startswith(NAME_AFTER) and all(HAN.match(c) for c in text[start:start + size]):
            return text[start:start + size]
    if cut == 3 and len(run) > 3:
        return run[:3]  # a stop right after three characters (龙飞敏等): jieba's shorter guess is not better
    candidates = [run[:3], run[:2]] if cut >= 3 else [run[:2]]
    posseg = jieba_posseg()
    if posseg is not None:
        dictionary.ensure_words()  # people the directory knows are whole nr words
        words = [(w.word, w.flag) for w in posseg.cut(text[start:start + 6])]
        for size in (2, 3):  # a dictionary verb right after the name ends it (谢建华宣读, 罗辉娟担任)
            if cut == len(run) and posseg.dt.word_tag_tab.get(text[start + size:start + size + 2]) in ("v", "vn"):
                return run[:size]
        if words and words[0][1] == "nr" and words[0][0] in candidates:
            return words[0][0]
    if cut >= 4 and candidates[0] != run[:3]:
        return ""
    return candidates[0] if cut == 3 or (cut >= 3 and len(run) == 3) else candidates[-1]


ACADEMY = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:劳模工匠学院|工匠学院|劳模学院)")
FUNCTION_CHARS = re.compile(
    r".*(?:的|了|在|由|与|和|及|是|为|将|把|对|向|以|有(?!限)|从|据|通过|来到|走进|参观|包括|出席|来自|邀请|陪同|嘉宾|携手|联合|共同|建设|成立|举办|荣获|获得|被评为|称号|授予|[曾现兼调出]?任|他|她)")


# Words that never sit inside an organisation's name in a chain (荣获…的潍柴集团 is not one name).
LEAD_IN = re.compile(r"的|了|有(?![限色])|在|由|是|将|把|对|向|从|据|通过|来到|走进|参观|包括|出席|来自|邀请|陪同|嘉宾|荣获|获得|被评为|"
                      r"称号|授予|担任")


CUT = re.compile(FUNCTION_CHARS.pattern.removeprefix(".*"))


def trim_left(run: str) -> str:
    m = FUNCTION_CHARS.match(run)
    return run[m.end():] if m else run


TITLE_ALT = "|".join(sorted(TITLES, key=len, reverse=True))

