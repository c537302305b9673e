"""A character a copy lost on the way (U+FFFD, or "?" where an encoder had no code for a rare character of a name:
王喆 → 王?) cannot be repaired: the editor is warned where it was, and the text keeps the placeholder. A question
mark after a question is no lost character."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zhtext_helpers import PAGE_BODY

from zhtext.lost_chars import lost_characters
from zhtext.reprint import clean_reprint
from zhtext.script import s2t

HEADLINE = "杭州市劳模工匠学院举办技能提升班"
META = "2024-09-10 10:20 来源：杭州市总工会"
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _missing(result):
    return [w for w in result.warnings if w.kind == "missing"]


@SETTINGS
@given(st.sampled_from([str, s2t]), st.integers(0, 10_000), st.sampled_from(["?", "??", "\ufffd", "\ufffd\ufffd"]))
def test_a_lost_character_is_pointed_out_and_nothing_else_changes(script, at, placeholder):
    paragraph = script(PAGE_BODY[1])  # 本期培训为期五天，课程涵盖…: asks nothing
    han = [i for i, c in enumerate(paragraph) if "\u4e00" <= c <= "\u9fff" and 0 < i < len(paragraph) - 2]
    i = han[at % len(han)]
    damaged = paragraph[:i] + placeholder + paragraph[i + 1:]
    result = clean_reprint("\n".join([script(HEADLINE), script(META), script(PAGE_BODY[0]), damaged]))
    (warning,) = _missing(result)
    assert placeholder in warning.message and warning.paragraph == 3
    body = result.blocks[1].text
    assert body == damaged  # the placeholder stays as it is, for the editor


@pytest.mark.parametrize("sentence", [
    "你们什么时候开班?我们想报名。", "这项技术难不难?他笑着说不难。", "是否需要提前预约?请咨询学院。", "学员们问:能否多开几期?",
    "他问大家有没有信心?大家齐声回答有。", "网址是 https://example.cn/?id=3，欢迎访问。",
])
def test_a_question_mark_after_a_question_is_no_lost_character(sentence):
    assert lost_characters(sentence) == []
    result = clean_reprint("\n".join([HEADLINE, META, PAGE_BODY[0], sentence]))
    assert not _missing(result)


def test_a_name_that_lost_its_rare_character():
    assert lost_characters("全国劳动模范王?出席开班仪式") == [(7, 8)]
    assert lost_characters("朱??基") == [(1, 3)]


@pytest.mark.parametrize("hostile", ["劳?" * 50_000, "?" * 100_000, "\ufffd" * 100_000, "吗?" * 50_000])
def test_a_text_of_many_placeholders_is_read_once(hostile):
    """Each "?" looks back over its own clause only (a look back to the text's start was quadratic)."""
    found = lost_characters(hostile)
    # (the last 劳? ends the text: a question mark may end it)
    assert len(found) == (49_999 if hostile.startswith("劳") else 1 if hostile[0] == "\ufffd" else 0)


def test_a_paragraph_full_of_lost_characters_gets_ten_warnings_and_a_count():
    result = clean_reprint("\n".join([HEADLINE, META, "劳?" * 30 + "工匠学院开班。"]))
    assert len(_missing(result)) == 11 and "另有 20 处" in _missing(result)[-1].message
