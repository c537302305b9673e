"""Emoji a writer used instead of a mark (收获满满💪接下来将…): removing them must not run two clauses together.

Between two clauses of four Han characters or more they become a comma; closing a prose paragraph with no
mark of its own, a full stop. Anywhere else (beside a mark, inside a short phrase where the emoji may stand
for a word, around a heading) they are only removed, as before."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zhtext_helpers import PAGE_BODY

from zhtext.emoji import emoji_edits, find_emoji
from zhtext.reprint import clean_reprint
from zhtext.script import s2t

HEADLINE = "杭州市劳模工匠学院举办技能提升班"
META = "2024-09-10 10:20 来源：杭州市总工会"
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SCRIPT = st.sampled_from([str, s2t])
EMOJI = st.sampled_from(["💪", "🎉", "👍🏻", "🙋🏻‍♂️", "❤️", "🔥🔥", "🇨🇳", "✨ ✨"])
SPACE = st.sampled_from(["", " ", "\u3000"])
CLAUSES = ["学员们纷纷表示收获满满", "接下来将把所学用到岗位上", "课程涵盖数控加工和电气自动化", "“我们很满意”",
           "大家都很期待这次培训", "全国劳动模范王建国为学员示范"]


def _body(paragraph, script):
    result = clean_reprint(script("\n".join([HEADLINE, META, PAGE_BODY[0], paragraph, *PAGE_BODY[1:]])))
    return [b.text for b in result.blocks if b.kind == "p"], result


@SETTINGS
@given(st.sampled_from(CLAUSES), st.sampled_from(CLAUSES), EMOJI, SPACE, SCRIPT)
def test_emoji_between_two_clauses_become_a_comma(first, second, emoji, space, script):
    body, _ = _body(first + space + emoji + space + second + "。", script)
    assert script(first + "，" + second + "。") in body


@SETTINGS
@given(st.sampled_from(CLAUSES), EMOJI, SCRIPT)
def test_emoji_closing_a_paragraph_become_its_full_stop(clause, emoji, script):
    body, result = _body("本期培训为期五天，" + clause + emoji, script)
    assert script("本期培训为期五天，" + clause + "。") in body
    assert any(r.kind == "emoji" and r.after.endswith("。") and r.certain for r in result.repairs)


@SETTINGS
@given(st.sampled_from(["，", "。", "！", "、", "："]), st.sampled_from(CLAUSES), EMOJI, SCRIPT)
def test_emoji_beside_a_mark_are_only_removed(mark, clause, emoji, script):
    """As reprint sites inject them (the corpus's 表情符号 damage): before or after the writer's own mark."""
    for paragraph in (clause + emoji + mark + "培训为期五天。", clause + mark + emoji + "培训为期五天。"):
        body, _ = _body(paragraph, script)
        assert script(clause + mark + "培训为期五天。") in body


@pytest.mark.parametrize("text", ["我❤️中国", "工匠🔥精神", "点赞👍劳模", "我们爱🔥劳模工匠学院"])
def test_an_emoji_inside_a_short_phrase_is_no_mark(text):
    """Fewer than four Han characters on a side: the emoji may stand for a word (❤️ for 爱); a mark there
    would be a guess."""
    assert all(replacement == "" for _start, _end, replacement in emoji_edits(text))


@pytest.mark.parametrize("line", ["来源：某某公众号💡编辑：张三", "作者：李明🌸", "1️⃣报名时间：9月1日"])
def test_credit_lines_get_no_mark(line):
    assert "，" not in "".join(replacement for _start, _end, replacement in emoji_edits(line))


def test_a_heading_decorated_on_both_sides_gets_no_full_stop():
    result = clean_reprint("\n".join([HEADLINE, META, PAGE_BODY[0], "🎉 第五期开班啦 🎉", *PAGE_BODY[1:]]))
    assert ("第五期开班啦", "h2") in [(b.text, b.kind) for b in result.blocks]


def test_a_keycap_keeps_its_digit():
    assert emoji_edits("第1️⃣期培训") == [(1, 4, "1")]


def test_a_long_run_of_emoji_is_read_in_one_pass():
    text = "学员们纷纷表示收获满满" + "💪 " * 50_000 + "接下来将把所学用到岗位上"
    (edit,) = emoji_edits(text)
    assert edit[2] == "，" and edit[0] == len("学员们纷纷表示收获满满")


def test_many_clauses_closed_by_emoji_are_read_in_one_pass():
    text = "学员们纷纷表示收获满满💪" * 20_000
    edits = emoji_edits(text)
    assert len(edits) == 20_000 and {e[2] for e in edits[:-1]} == {"，"} and edits[-1][2] == ""


STICKER = st.sampled_from(["[强]", "[玫瑰]", "[赞]", "[鼓掌]", "[拳头][拳头]", "[抱拳] [爱心]", "[笑cry]"])


@SETTINGS
@given(st.sampled_from(CLAUSES), st.sampled_from(CLAUSES), STICKER, SCRIPT)
def test_a_stickers_name_written_out_is_an_emoji(first, second, sticker, script):
    """A copy of a WeChat or Weibo post writes its stickers' names out in brackets: between two clauses they
    stood for a comma, closing the paragraph for its full stop, beside a mark for nothing."""
    body, _ = _body(first + script(sticker) + second + "。", script)
    assert script(first + "，" + second + "。") in body
    body, _ = _body("本期培训为期五天，" + first + script(sticker), script)
    assert script("本期培训为期五天，" + first + "。") in body
    body, _ = _body(first + "。" + script(sticker) + "培训为期五天。", script)
    assert script(first + "。培训为期五天。") in body


@pytest.mark.parametrize("bracketed", ["[1]", "[注]", "[图片]", "[OK]", "[劳模]", "[强国]"])
def test_brackets_that_are_no_sticker_stay(bracketed):
    assert not any(e.text == bracketed for e in find_emoji(f"培训班开班{bracketed}，学员参加"))
