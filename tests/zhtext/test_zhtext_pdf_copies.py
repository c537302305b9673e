"""Text copied from a PDF or a typesetting program: a line drawn twice for a fake bold (杭杭州州), vertical type a
character a line, and a font's variation selectors after Han characters. Each comes back as the text it was."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zhtext_helpers import PAGE_BODY

from zhtext.reprint import clean_reprint
from zhtext.script import s2t
from zhtext.spacing import find_doubled, find_invisibles

HEADLINE = "杭州市劳模工匠学院举办技能提升班"
META = "2024-09-10 10:20 来源：杭州市总工会"
SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SCRIPT = st.sampled_from([str, s2t])


def _paragraphs(result):
    return [b.text for b in result.blocks if b.kind == "p"]


@SETTINGS
@given(SCRIPT, st.sampled_from(["headline", "heading", "paragraph"]))
def test_a_line_drawn_twice_is_read_once(script, where):
    def twice(line):
        return "".join(c * 2 for c in line)

    heading = script("二、培训安排")
    lines = [script(HEADLINE), script(META), script(PAGE_BODY[0]), heading, script(PAGE_BODY[1])]
    at = {"headline": 0, "heading": 3, "paragraph": 2}[where]
    damaged = [twice(line) if i == at else line for i, line in enumerate(lines)]
    result = clean_reprint("\n".join(damaged))
    assert result.title == lines[0]
    assert _paragraphs(result) == [lines[2], lines[4]]
    assert [b.text for b in result.blocks if b.kind == "h2"] == [heading]


@pytest.mark.parametrize("line", ["哈哈哈哈哈哈", "天天向上", "人人人人人人人人", "学学", "谢谢谢谢大家的支持"])
def test_doubled_words_of_real_writing_stay(line):
    assert find_doubled(line) == []


@SETTINGS
@given(SCRIPT, st.sampled_from([0, 1]))
def test_vertical_type_a_character_a_line_is_set_as_its_line(script, which):
    paragraphs = [script(p) for p in PAGE_BODY[:2]]
    vertical = list(paragraphs[which])  # its digits and marks a line each too
    lines = [script(HEADLINE), script(META), *(vertical if which == 0 else [paragraphs[0]]),
             *(vertical if which == 1 else [paragraphs[1]])]
    result = clean_reprint("\n".join(lines))
    assert result.title == script(HEADLINE)
    assert _paragraphs(result) == paragraphs
    assert any(r.kind == "linebreak" and r.certain and r.accepted for r in result.repairs)


def test_four_one_character_lines_are_only_proposed():
    """甲 乙 丙 丁 set a line each may be a list: the editor decides."""
    result = clean_reprint("\n".join([HEADLINE, META, PAGE_BODY[0], "甲", "乙", "丙", "丁", PAGE_BODY[1]]))
    assert [b.text for b in result.blocks if b.text in "甲乙丙丁"] == ["甲", "乙", "丙", "丁"]
    assert any(r.kind == "linebreak" and not r.certain and not r.accepted for r in result.repairs)


@SETTINGS
@given(SCRIPT, st.sampled_from(["\ufe00", "\ufe01", "\U000e0100", "\U000e0101\U000e0102"]))
def test_a_variation_selector_after_a_han_character_goes(script, selector):
    paragraph = script(PAGE_BODY[0])
    damaged = "".join(c + selector if c in "工学院" else c for c in paragraph)
    result = clean_reprint("\n".join([script(HEADLINE), script(META), damaged]))
    assert _paragraphs(result) == [paragraph]


def test_an_emojis_variation_selector_is_left_to_the_emoji_stage():
    assert find_invisibles("点赞❤️，1️⃣号") == []


INVISIBLE = st.sampled_from(["\u202a", "\u202c", "\u202e\u202c", "\u2066", "\u2069", "\u034f", "\u061c", "\u180b",
                             "\u17b4", "\u200b\u2060", "\u3164", "\u2800", "\uffa0", "\u115f\u1160"])


@SETTINGS
@given(SCRIPT, INVISIBLE, st.lists(st.integers(1, 40), min_size=1, max_size=4))
def test_format_characters_and_social_media_blanks_between_chinese_go(script, invisible, spots):
    paragraph = script(PAGE_BODY[0])
    damaged = paragraph
    for at in sorted(set(spots), reverse=True):
        damaged = damaged[:at] + invisible + damaged[at:]
    result = clean_reprint("\n".join([script(HEADLINE), script(META), damaged, invisible * 3]))
    assert _paragraphs(result) == [paragraph]


def test_a_blank_between_latin_words_is_a_space_and_mongolian_keeps_its_selectors():
    assert find_invisibles("Made in\u3164China") == [(7, 8, " ", True)]
    assert find_invisibles("\u182e\u180b\u1823") == []  # a free variation selector shapes the letter before it
