"""zhtext.proposals by kind of pattern, on generated names and organisations (no seed names)."""
import random

import pytest
from proposal_generators import COMPANIES, FREE_ROLES, INSTITUTIONS, PLACES, UNITS, names, organisation

from zhtext.proposals import propose_organisations, propose_people, propose_records, split_position
from zhtext.script import s2t

SEEDS = range(12)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_role_word_after_an_organisation_is_a_title(seed):
    """研究院的领军人物 / 集团顶尖技师: a role no title list holds, after an organisation, before a name."""
    rng = random.Random(seed)
    org, role = organisation(rng), rng.choice(FREE_ROLES)
    name, = names(1, seed)
    text = f"出席论坛的有{org}{rng.choice(['的', ''])}{role}{name}，大家交流了经验。"
    (person,) = propose_people(text)
    assert (person.name, person.positions) == (name, [(org, role)])


@pytest.mark.parametrize("seed", SEEDS)
def test_positions_joined_by_及_and_a_name_with_与_inside(seed):
    """教授及X与Y研究所的副掌舵人: 及 joins two positions of one person; 与 stays inside the name."""
    rng = random.Random(seed)
    org = rng.choice(PLACES) + rng.choice(INSTITUTIONS)
    joint = f"{rng.choice(['劳动', '焊接', '材料'])}与{rng.choice(['安全', '工艺', '装备'])}研究所"
    name, = names(1, seed + 100)
    text = f"授课嘉宾包括{org}主任、知名教授及{joint}的副所长{name}先生。"
    (person,) = propose_people(text)
    assert person.name == name
    assert person.positions == [(org, "主任"), (org, "教授"), (joint, "副所长")]
    assert person.honours == []


@pytest.mark.parametrize("seed", SEEDS)
def test_words_before_the_chain_are_not_part_of_it(seed):
    """荣获…称号的X公司首席技师: the honour before stays, the lead-in words (荣获…的) are dropped."""
    rng = random.Random(seed)
    org = organisation(rng)
    name, = names(1, seed + 200)
    text = f"代表有全国劳动模范、荣获{rng.choice(PLACES)}市五一劳动奖章的{org}首席技师{name}。"
    (person,) = propose_people(s2t(text) if seed % 2 else text)
    assert (person.name, person.positions, person.honours) == (name, [(org, "首席技师")], ["全国劳动模范"])


@pytest.mark.parametrize("seed", SEEDS)
def test_an_organisation_name_with_和_inside_is_not_split(seed):
    rng = random.Random(seed)
    place = rng.choice(PLACES) + "市"
    name, = names(1, seed + 300)
    (person,) = propose_people(f"{place}人力资源和社会保障局副局长{name}出席。")
    assert person.positions == [(f"{place}人力资源和社会保障局", "副局长")]


@pytest.mark.parametrize("word", ["工作人员", "学员代表", "职工", "一线员工", "青年匠人"])
def test_group_words_after_an_organisation_are_no_title(word):
    org = organisation(random.Random(word))
    assert split_position(f"{org}{word}") is None
    assert propose_people(f"{org}{word}王强说，感谢组织。") == []


@pytest.mark.parametrize("text", [
    "同志们，工作人员和学员代表参加了活动。",
    "主席台上就座的有各级领导。院长办公室负责会务。",
    "大会由市总工会副主席主持。",  # a title without a name
    "学院的带头人是谁？这个问题值得研究。",
])
def test_no_person_from_common_words(text):
    assert propose_people(text) == []


@pytest.mark.parametrize("seed", SEEDS)
def test_units_listed_after_a_possessive_are_named_with_their_parent(seed):
    """X学院的A中心、B中心: each unit is X学院A中心; the parent is proposed too."""
    rng = random.Random(seed)
    parent = rng.choice(PLACES) + rng.choice(INSTITUTIONS)
    units = rng.sample(UNITS, 3)
    text = f"首批基地设在{parent}的{'、'.join(units)}，职工可以报名。"
    found = propose_organisations(s2t(text) if seed % 2 else text)
    assert [parent + u for u in units] == [n for n in found if n != parent]


@pytest.mark.parametrize("seed", SEEDS)
def test_an_ordinal_damaged_into_dashes_is_repaired(seed):
    """A reprint's 第七一一研究所 that came out as 第七——研究所 is proposed under its real name."""
    rng = random.Random(seed)
    group = rng.choice(PLACES) + "重工集团有限公司"
    digits = "".join(rng.choice("二三四五六七八九") for _ in range(1)) + "一一"
    damaged = f"第{digits.replace('一', '—')}研究所"
    found = propose_records(f"基地设在{group}{damaged}。下一步——继续努力。").organisations
    assert f"{group}第{digits}研究所" in found and group in found
    assert not any("—" in n for n in found)


@pytest.mark.parametrize("seed", SEEDS)
def test_parents_of_units_in_positions_are_proposed(seed):
    rng = random.Random(seed)
    parent = rng.choice(PLACES) + rng.choice(("理工大学", "重型机械集团有限公司", "职业技术学院"))
    unit = parent + rng.choice(("焊接技术研究中心", "新能源研究所"))
    name, = names(1, seed + 400)
    found = propose_records(f"出席的有{unit}主任{name}。").organisations
    assert found == [unit, parent]


@pytest.mark.parametrize("collective", ["各县市区、市属开发区总工会", "各区总工会", "全市各职业技术学院"])
def test_collectives_are_no_organisation(collective):
    found = propose_records(f"{collective}的负责人参加了培训。").organisations
    assert not any(n.startswith(("各", "市属", "全市")) for n in found)


def test_the_part_after_与_of_a_longer_name_is_not_proposed_alone():
    text = "中国劳动关系学院的专家和大国工匠与劳动模范研究所的副所长韩梅出席。大国工匠与劳动模范研究所成立于2020年。"
    assert "中国劳动关系学院专家和大国工匠与劳动模范研究所" not in propose_organisations(text)
    found = propose_records(text).organisations
    assert "大国工匠与劳动模范研究所" in found and "劳动模范研究所" not in found


def test_an_academy_in_a_position_is_no_organisation():
    result = propose_records("全国劳动模范、苏州工匠学院院长韩梅出席。")
    assert result.people[0].positions == [("苏州工匠学院", "院长")]
    assert "苏州工匠学院" not in result.organisations


@pytest.mark.parametrize("seed", SEEDS)
def test_a_body_named_relative_to_the_place_before_it(seed):
    """X区人大常委会副主任、总工会主席: the 总工会 is X区's; a body with its own place keeps it."""
    rng = random.Random(seed)
    place = rng.choice(PLACES) + rng.choice(("区", "县", "市"))
    body = rng.choice(("总工会", "教育局", "科学技术局"))
    name, = names(1, seed + 500)
    (person,) = propose_people(f"出席的有{place}人大常委会副主任、{body}{rng.choice(['主席', '局长'])}{name}。")
    assert [org for org, _t in person.positions] == [f"{place}人大常委会", f"{place}{body}"]
    other = rng.choice([p for p in PLACES if not place.startswith(p)]) + "市总工会"
    (person,) = propose_people(f"出席的有{place}人大常委会副主任、{other}主席{name}。")
    assert [org for org, _t in person.positions] == [f"{place}人大常委会", other]


@pytest.mark.parametrize("seed", SEEDS)
def test_positions_given_after_the_name_go_to_the_person_named_last(seed):
    """…教授张三女士，她同时担任X基地的首席专家与主任: both positions are the last-named person's."""
    rng = random.Random(seed)
    first, second = names(2, seed + 600)
    org = organisation(rng)
    base = rng.choice(PLACES) + "省劳动人事研究基地"
    pronoun = rng.choice("他她")
    text = (f"{org}副院长{first}出席。授课的有{org}二级教授{second}，{pronoun}同时担任{base}的首席专家与主任，"
            f"作了报告。")
    people = {p.name: p.positions for p in propose_people(text)}
    assert people[second] == [(org, "二级教授"), (base, "首席专家"), (base, "主任")]
    assert people[first] == [(org, "副院长")]


def test_positions_after_a_pronoun_with_nobody_named_before_are_dropped():
    assert propose_people("他同时担任苏州市总工会的副主席。") == []
    (person,) = propose_people("苏州大学教授韩梅出席。\n他还担任成都理工大学副校长。")
    assert person.positions == [("苏州大学", "教授")]


@pytest.mark.parametrize("given", ["志强", "群志", "代军", "表华"])
def test_a_given_name_with_a_character_of_a_stop_word_is_whole(given):
    """志 of 同志, 代 of 代表 end a name only as those words (陈志强, not 陈; 韩梅同志 is 韩梅)."""
    (person,) = propose_people(f"苏州大学教授陈{given}，出席。")
    assert person.name == "陈" + given
    (person,) = propose_people("苏州大学教授韩梅同志出席。")
    assert person.name == "韩梅"


@pytest.mark.parametrize("seed", SEEDS)
def test_a_verb_right_after_a_three_character_name_ends_it(seed):
    """谢建华宣读 / 马国强担任: the name is three characters, not 谢建 (jieba knows the verb)."""
    rng = random.Random(seed)
    name = next(n for n in names(20, seed + 700) if len(n) == 3)
    verb = rng.choice(["宣读了名单", "担任评委", "出席会议", "主持会议"])
    (person,) = propose_people(f"{organisation(rng)}副主席{name}{verb}。")
    assert person.name == name


@pytest.mark.parametrize("lead", ["大赛邀请了", "会议听取了", "学院介绍了"])
def test_了_before_an_organisation_is_not_part_of_it(lead):
    result = propose_records(f"{lead}成都理工大学机电学院院长、教授韩梅，她讲了课。")
    assert result.people[0].positions == [("成都理工大学机电学院", "院长"), ("成都理工大学机电学院", "教授")]
    assert all(not n.startswith("了") for n in result.organisations)


@pytest.mark.parametrize("city", ["成都市", "苏州市", "青岛市"])
def test_the_article_city_is_read_without_a_preposition_before_it(city):
    """，由成都市总工会主办 makes the article's city 成都市, not 由成都市 (市总工会 resolves to it)."""
    text = f"10月9日，由{city}总工会主办的大赛举行。市总工会副主席韩梅出席。"
    assert propose_records(text).people[0].positions == [(f"{city}总工会", "副主席")]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_person_introduced_as_name_then_positions_in_parentheses(seed):
    """出席的有：甲（X党组书记、主席），乙（Y副局长）."""
    rng = random.Random(seed)
    first, second = names(2, seed + 800)
    union, bureau = rng.choice(PLACES) + "市总工会", rng.choice(PLACES) + "市人力资源和社会保障局"
    text = f"出席的领导有：{first}（{union}党组书记、主席），{second}（{bureau}副局长）。会议由（暂定）学院承办。"
    people = {p.name: p.positions for p in propose_people(s2t(text) if seed % 2 else text)}
    assert people == {first: [(union + "党组", "书记"), (union, "主席")], second: [(bureau, "副局长")]}


@pytest.mark.parametrize("seed", SEEDS)
def test_an_abbreviation_the_text_defines_is_read_as_the_full_name(seed):
    """X职业技术学院（以下简称“X职院”）…X职院院长 甲: the position is at the full name, the short one is
    its alias; a space between title and name does not hide the name."""
    rng = random.Random(seed)
    place = rng.choice(PLACES)
    full, short = f"{place}工业园区职业技术学院", f"{place}园区职院"
    name, = names(1, seed + 900)
    space = rng.choice([" ", "\u3000", ""])
    text = f"仪式在{full}（以下简称“{short}”）举行。{short}承办。出席的有{short}院长{space}{name}。"
    result = propose_records(text)
    assert [(p.name, p.positions) for p in result.people] == [(name, [(full, "院长")])]
    assert result.aliases == {full: [short]}
    assert short not in result.organisations


@pytest.mark.parametrize("seed", SEEDS)
def test_a_list_of_one_organisations_people_names_it_once(seed):
    """X院长甲、党委书记乙 / X党委书记甲，党委副书记、院长乙: the bare 党委 is X's."""
    rng = random.Random(seed)
    org = rng.choice(PLACES) + rng.choice(INSTITUTIONS)
    first, second = names(2, seed + 1000)
    sep = rng.choice(["、", "，"])
    people = {p.name: p.positions for p in propose_people(f"出席的有{org}党委书记{first}{sep}党委副书记、院长{second}等。")}
    assert people[second] == [(org + "党委", "副书记"), (org, "院长")]
    # Not across a sentence, and not for a title with no body before it (副市长 is not the school's).
    people = {p.name: p.positions for p in propose_people(f"{org}院长{first}出席。党委书记{second}讲话。")}
    assert people[second] == [("党委", "书记")]
    people = {p.name: p.positions for p in propose_people(f"出席的有{org}院长{first}，副市长{second}。")}
    assert people[second] == [("", "副市长")]


@pytest.mark.parametrize("seed", SEEDS)
def test_positions_given_right_after_the_name_with_现任(seed):
    rng = random.Random(seed)
    org, union = organisation(rng), rng.choice(PLACES) + "市职工技术协会"
    first, second = names(2, seed + 1100)
    text = f"{org}首席技师{first}，现任{union}副会长，作了示范。{second}，任务很重。"
    people = {p.name: p.positions for p in propose_people(text)}
    assert people == {first: [(org, "首席技师"), (union, "副会长")]}


@pytest.mark.parametrize("seed", SEEDS)
def test_a_body_named_by_pointing_or_after_任_is_not_an_organisation(seed):
    rng = random.Random(seed)
    org = rng.choice(PLACES) + rng.choice(COMPANIES)  # running text proposes specific suffixes only
    name, = names(1, seed + 1200)
    pointer = rng.choice(["该公司", "本校", "我院", "该学院"])
    found = propose_records(f"{pointer}负责人{name}介绍了情况。她曾任{org}副总经理，后{rng.choice(['调任', '出任'])}他职。")
    assert pointer not in found.organisations
    assert org in found.organisations and not any(n.endswith(org) and n != org for n in found.organisations)


@pytest.mark.parametrize("seed", SEEDS)
def test_an_academic_rank_after_a_units_position_is_at_the_university(seed):
    """X大学Y研究院主任、教授甲: 教授 at X大学; a rank written with its own body keeps that body."""
    rng = random.Random(seed)
    university = rng.choice(PLACES) + rng.choice(("理工大学", "交通大学", "职业技术学院"))
    unit = university + rng.choice(("劳动人事研究院", "焊接技术研究中心"))
    name, = names(1, seed + 1300)
    rank = rng.choice(["教授", "二级教授", "研究员"])
    (person,) = propose_people(f"授课的有{unit}主任、{rank}{name}。")
    assert person.positions == [(unit, "主任"), (university, rank)]
    (person,) = propose_people(f"授课的有{unit}主任、{unit}{rank}{name}。")
    assert person.positions == [(unit, "主任"), (unit, rank)]


@pytest.mark.parametrize("seed", SEEDS)
def test_our_school_is_the_school_the_report_names_most(seed):
    """我校党委副书记、校长甲 in a report that names X学院 twice (and others once): X学院's positions."""
    rng = random.Random(seed)
    school, other = rng.sample([p + i for p in PLACES for i in INSTITUTIONS if i.endswith(("学院", "大学"))], 2)
    name, = names(1, seed + 1400)
    text = (f"论坛在我校召开，{school}承办。我校党委副书记、校长{name}致辞。{other}的专家参加。"
            f"{school}将继续办好论坛。")
    (person,) = propose_people(text)
    assert person.positions == [(school + "党委", "副书记"), (school, "校长")]
    # Named once each: no school is ours, the positions stay without one.
    (person,) = propose_people(f"论坛在我校召开，{school}承办。我校党委副书记、校长{name}致辞。{other}参加。")
    assert person.positions == [("党委", "副书记"), ("", "校长")]
