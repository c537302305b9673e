"""zhtext.mentions: known records found in either script, longest match, short forms, context."""
import itertools

import pytest

from zhtext.mentions import Record, find_mentions, locate
from zhtext.script import s2t

CITIES = ["苏州", "成都", "青岛", "长沙"]
ORGS = ["市总工会", "职业技术学院", "技师学院"]
PEOPLE = ["陈建国", "周丽华", "孙志强"]


def _by_id(mentions):
    return {m.record_id: m for m in mentions}


@pytest.mark.parametrize(("city", "org", "person"), list(itertools.product(CITIES, ORGS, PEOPLE)))
def test_generated_article_counts_and_context(city, org, person):
    records = [Record("org", "organisation", city + org), Record("city", "place", city),
               Record("p", "person", person)]
    text = f"{city}{org}举办活动。{person}出席并讲话。{person}表示，{city}{org}将继续努力。"
    found = _by_id(find_mentions(text, records))
    assert found["org"].count == 2
    assert "city" not in found  # the city inside the organisation's name is not a mention of its own
    assert found["p"].count == 2
    assert found["p"].context == f"{person}出席并讲话。"
    assert not found["p"].ambiguous


def test_traditional_text_finds_simplified_records_and_back():
    records = [Record(1, "organisation", "闵行区总工会"), Record(2, "academy", "上海大零号湾工匠学院")]
    text = s2t("活动由闵行区总工会主办。上海大零号湾工匠学院挂牌。")
    found = _by_id(find_mentions(text, records))
    assert set(found) == {1, 2}
    assert found[1].context == "活動由閔行區總工會主辦。"  # quoted from the article as written
    trad_records = [Record(3, "organisation", s2t("闵行区总工会"))]
    assert _by_id(find_mentions("闵行区总工会。", trad_records))[3].count == 1


def test_alias_counts_for_its_record():
    records = [Record("mx", "organisation", "上海闵行职业技术学院", ("上海闵行职院",))]
    found = _by_id(find_mentions("上海闵行职院的学生和上海闵行职业技术学院的老师。", records))
    assert found["mx"].count == 2
    assert found["mx"].surfaces == ["上海闵行职院", "上海闵行职业技术学院"]


def test_surname_and_title_after_the_full_name():
    records = [Record("y", "person", "杨其景")]
    found = _by_id(find_mentions("杨主席来了。副主任杨其景出席。杨主席在致辞中指出……", records))
    # the first 杨主席 comes before the full name and is not counted
    assert found["y"].count == 2
    assert found["y"].context == "副主任杨其景出席。"


def test_short_form_shared_by_two_people_is_ambiguous():
    records = [Record("a", "person", "杨其景"), Record("b", "person", "杨光明")]
    found = _by_id(find_mentions("杨其景和杨光明出席。杨主席讲话。", records))
    assert found["a"].ambiguous and found["b"].ambiguous
    assert found["a"].count == 2 and found["b"].count == 2


def test_two_records_of_one_name_are_ambiguous_and_both_reported():
    records = [Record("x1", "person", "王伟"), Record("x2", "person", "王伟"), Record("z", "person", "李娜")]
    found = _by_id(find_mentions("王伟和李娜获奖。", records))
    assert found["x1"].ambiguous and found["x2"].ambiguous
    assert not found["z"].ambiguous


def test_one_character_names_and_empty_text_give_nothing():
    assert find_mentions("上海的工会。", [Record(1, "place", "上")]) == []
    assert find_mentions("", [Record(1, "place", "上海")]) == []


def test_order_is_first_mention():
    records = [Record("b", "organisation", "乙公司"), Record("a", "organisation", "甲集团")]
    assert [m.record_id for m in find_mentions("甲集团与乙公司合作。", records)] == ["a", "b"]


def test_a_relative_short_form_inside_a_longer_name_is_not_a_mention():
    """区总工会 (an alias of 闵行区总工会) inside 开发区总工会 is another body; after 及 or 、 it is the alias."""
    records = [Record(1, "organisation", "闵行区总工会", ("区总工会", "总工会")),
               Record(2, "organisation", "潍坊市总工会", ("市总工会",))]
    assert find_mentions("各县市区、市属开发区总工会的负责人出席。", records) == []
    assert [(m.record_id, m.count) for m in find_mentions("以及市总工会党组书记、区总工会主席。", records)] == [(2, 1), (1, 1)]


PARENTS = ["集团有限公司", "大学", "研究院", "职业技术学院"]
UNITS = ["第三研究所", "工会", "机电学院", "智能制造实训中心"]


@pytest.mark.parametrize(("city", "parent", "unit"), list(itertools.product(CITIES, PARENTS, UNITS)))
def test_a_parent_named_at_the_start_of_its_unit_is_mentioned(city, parent, unit):
    """中国船舶集团有限公司第七一一研究所 mentions 中国船舶集团有限公司 too; a place (闵行区) is no parent."""
    records = [Record("parent", "organisation", city + parent), Record("unit", "organisation", city + parent + unit),
               Record("city", "place", city), Record("p", "person", "陈建国")]
    text = s2t(f"{city}{parent}{unit}主任陈建国出席。")
    found = _by_id(find_mentions(text, records))
    assert set(found) == {"parent", "unit", "p"}
    assert found["parent"].count == 1 and found["unit"].count == 1


def test_a_known_name_ending_otherwise_is_not_a_parent():
    records = [Record("unit", "organisation", "江川路街道办事处"), Record("street", "organisation", "江川路")]
    assert set(_by_id(find_mentions("江川路街道办事处承办。", records))) == {"unit"}


DOTS = ["·", "‧", "•", "・", "･", ".", "．", "⋅", "∙"]


@pytest.mark.parametrize("dot", DOTS)
@pytest.mark.parametrize("script", [str, s2t])
def test_a_transliterated_name_matches_whichever_dot_the_page_printed(dot, script):
    records = [Record("n", "person", "努尔·白克力"), Record("m", "person", f"买买提{dot}艾力")]
    text = script(f"自治区主席努尔{dot}白克力出席。买买提·艾力发言。")
    found = _by_id(find_mentions(text, records))
    assert found["n"].count == 1 and found["m"].count == 1
    assert found["n"].context == script(f"自治区主席努尔{dot}白克力出席。")  # quoted as printed


def test_a_dot_that_is_no_name_dot_is_left_alone():
    records = [Record("n", "person", "努尔·白克力")]
    assert not find_mentions("努尔白克力出席。努尔..白克力", records)


def _full_width(text):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


LATIN_NAMES = ["ABB(中国)有限公司", "中国船舶集团第711研究所", "CAD/CAM数控编程", "5G+工业互联网实训基地", "Siemens AG"]
PRINTED = {
    "as kept": lambda n: n,
    "full width": _full_width,
    "lower case": str.lower,
    "full-width brackets": lambda n: n.replace("(", "（").replace(")", "）"),
    "spaced brackets": lambda n: n.replace("(", " (").replace(")", ") "),
}


@pytest.mark.parametrize("name", LATIN_NAMES)
@pytest.mark.parametrize("kept", list(PRINTED))
@pytest.mark.parametrize("printed", list(PRINTED))
@pytest.mark.parametrize("script", [str, s2t])
def test_a_name_with_latin_letters_matches_however_its_width_case_and_brackets_were_printed(name, kept, printed, script):
    records = [Record("r", "organisation", script(PRINTED[kept](name)))]
    sentence = script(f"本次活动由{PRINTED[printed](name)}承办。")
    (found,) = find_mentions(f"开幕。{sentence}", records)
    assert found.count == 1 and found.context == sentence


def test_two_latin_words_are_not_read_as_one():
    assert not find_mentions("SiemensAG承办。", [Record("r", "organisation", "Siemens AG")])
    assert not find_mentions("Siemens  AG承办。", [Record("r", "organisation", "Siemens AG")])


@pytest.mark.parametrize(("text", "name", "span"), [
    ("会上，王　强介绍了经验。", "王强", (3, 6)),
    ("會上，王強介紹了經驗。", "王强", (3, 5)),
    ("香港衞生職業學院舉辦開放日。", "卫生职业学院", (2, 8)),
    ("ＡＢＢ（中国）有限公司参展。", "ABB(中国)有限公司", (0, 11)),
    ("ABB (中国) 有限公司参展。", "ABB(中国)有限公司", (0, 13)),
    ("努爾‧白克力出席。", "努尔·白克力", (0, 6)),
    ("Siemens AG 参展。", "Siemens AG", (0, 10)),
    ("SiemensAG 参展。", "Siemens AG", (-1, -1)),
    ("会上介绍了经验。", "王强", (-1, -1)),
    ("会上介绍了经验。", " ", (-1, -1)),
])
def test_locate_reads_a_name_where_the_finder_does(text, name, span):
    assert locate(text, name) == span
    if span[0] >= 0:  # and the finder finds it there
        (mention,) = find_mentions(text, [Record(1, "person", name)])
        assert mention.count == 1


PLACES = ["潍坊市", "上海", "杭州市", "山东省"]
TYPES = ["劳模工匠学院", "工匠学院", "职工技能培训中心", "技师学院"]


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("kind_name", TYPES)
@pytest.mark.parametrize("script", [str, s2t])
def test_a_record_named_only_by_a_part_of_its_name_is_left_to_the_editor(place, kind_name, script):
    """劳模工匠学院 alone is the general term (or another city's academy), not 潍坊市劳模工匠学院."""
    record = Record(1, "academy", place + kind_name, (kind_name,))
    (alone,) = find_mentions(script(f"今年各地{kind_name}纷纷开班，培训职工三千人次。"), [record])
    assert alone.doubt.startswith("存疑：文中只有简称") and kind_name in alone.doubt
    for text in (f"{place}{kind_name}举办开班仪式。{kind_name}负责人介绍了课程。",
                 f"{kind_name}负责人介绍了课程。{place}{kind_name}举办开班仪式。"):
        (named,) = find_mentions(script(text), [record])
        assert named.doubt == "" and named.count == 2
        assert named.context == script(f"{place}{kind_name}举办开班仪式。")  # quoted where the full name stands


def test_an_alias_that_is_no_part_of_the_name_is_its_own_name():
    record = Record(1, "organisation", "上海电气集团股份有限公司", ("上电集团",))
    (mention,) = find_mentions("上电集团派出技术骨干参加培训。", [record])
    assert mention.doubt == ""


def test_two_records_one_short_form_each_stays_ambiguous_and_doubtful():
    records = [Record(1, "academy", "潍坊市劳模工匠学院", ("劳模工匠学院",)),
               Record(2, "academy", "杭州市劳模工匠学院", ("劳模工匠学院",))]
    mentions = find_mentions("劳模工匠学院开班。", records)
    assert {m.record_id for m in mentions} == {1, 2}
    assert all(m.ambiguous and m.doubt for m in mentions)
