"""Marks a writer typed the Latin way and type a copy set letter-spaced: an ellipsis of dots (培训...),
a sentence ended with "." between Chinese (培训.本期), a transliterated name joined with "." (买买提.艾力),
and a line whose every character stands apart (劳 模 工 匠 学 院)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zhtext_helpers import PAGE_BODY

from zhtext.reprint import clean_reprint
from zhtext.script import s2t
from zhtext.spacing import letter_spaced

HEADLINE = "杭州市劳模工匠学院举办技能提升班"
META = "2024-09-10 来源：杭州市总工会"
# Sentences without a closing mark of their own, to be ended by the mark under test.
CLAUSES = [p.rstrip("。") for p in PAGE_BODY if p.endswith("。") and "“" not in p]
NAMES = ["买买提.艾力", "努尔.白克力", "格桑.卓玛", "阿依古丽.吐尔逊", "约翰.史密斯", "巴特尔.其木格"]
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _article(paragraphs, traditional=False, headline=HEADLINE):
    text = "\n".join([headline, META, *paragraphs])
    return clean_reprint(s2t(text) if traditional else text)


def _body(result):
    return [b.text for b in result.blocks]


@SETTINGS
@given(st.sampled_from(CLAUSES), st.sampled_from(["...", "......", "。。。", "。。。。。。", "···"]),
       st.sampled_from(["", "他说。", "”"]), st.booleans())
def test_an_ellipsis_typed_with_dots_is_chinese(clause, dots, after, traditional):
    para = clause + dots + after
    want = clause + "……" + after
    result = _article([para, PAGE_BODY[2]], traditional)
    assert _body(result)[0] == (s2t(want) if traditional else want)
    assert any(r.label == "省略号" and r.accepted for r in result.repairs)


@SETTINGS
@given(st.lists(st.sampled_from(CLAUSES), min_size=2, max_size=3, unique=True), st.booleans())
def test_a_full_stop_typed_as_a_dot_between_sentences(clauses, traditional):
    para = ".".join(clauses) + "。"
    want = "。".join(clauses) + "。"
    result = _article([para], traditional)
    assert _body(result)[0] == (s2t(want) if traditional else want)


@SETTINGS
@given(st.sampled_from(NAMES), st.sampled_from(["维吾尔族学员", "学员", ""]), st.booleans())
def test_a_transliterated_name_joined_with_a_dot_gets_its_middle_dot(name, before, traditional):
    para = f"{before}{name}说，这次培训让他受益匪浅。"
    want = para.replace(".", "·")
    result = _article([PAGE_BODY[0], para], traditional)
    assert _body(result)[1] == (s2t(want) if traditional else want)
    assert any(r.label == "人名的间隔号" for r in result.repairs)


def _spaced(text, gap):
    return gap.join(text)


@SETTINGS
@given(st.sampled_from([" ", "\u3000", "\u00a0"]), st.booleans(), st.booleans())
def test_a_letter_spaced_copy_is_set_solid_headline_and_digits_too(gap, spaced_headline, traditional):
    paragraphs = [_spaced(p, gap) for p in PAGE_BODY[:2]]
    headline = _spaced(HEADLINE, gap) if spaced_headline else HEADLINE
    result = _article(paragraphs, traditional, headline)
    want = PAGE_BODY[:2]
    assert _body(result) == [s2t(p) if traditional else p for p in want]  # 32家, 86名: digits joined too
    assert result.title == (s2t(HEADLINE) if traditional else HEADLINE)


def test_words_apart_in_a_letter_spaced_line_stay_apart():
    line = "学 员 们 学 习 了  M a d e  i n  C h i n a  课 程 。"  # letters spaced, words twice
    assert letter_spaced(line)
    result = _article([PAGE_BODY[0], line])
    assert _body(result)[1] == "学员们学习了 Made in China 课程。"


def test_names_padded_to_one_width_keep_the_wider_gap_between_them():
    result = _article([PAGE_BODY[0], "学员代表：王　强　　李　明　　张　伟"])
    assert _body(result)[1] == "学员代表：王强 李明 张伟"


@pytest.mark.parametrize("line", [
    "推動工匠學院 培育技術人才",        # a headline's pause
    "2024 年 5 月 8 日",                # a date with spaces: too few Han characters to say
    "CNC 数控 加工 中心 实训 基地",      # words set apart, not characters
])
def test_lines_that_are_not_letter_spaced(line):
    assert not letter_spaced(line)


@pytest.mark.parametrize("para", [
    "增长3.5个百分点，详见www.acftu.org。",
    "努尔.白克力出席并讲话。",
    "他在第1.2节中写道，培训很重要。",
])
def test_dots_that_are_no_full_stop(para):
    body = _body(_article([PAGE_BODY[0], para]))[1]
    assert "。" not in body[:-1] or body == para  # nothing turned into a full stop
    assert "……" not in body


def test_an_editor_who_refuses_the_ellipsis_keeps_the_dots():
    para = CLAUSES[0] + "..."
    result = _article([para, PAGE_BODY[2]])
    (repair,) = [r for r in result.repairs if r.label == "省略号"]
    kept = clean_reprint("\n".join([HEADLINE, META, para, PAGE_BODY[2]]), decisions={repair.id: False})
    assert _body(kept)[0] == para
