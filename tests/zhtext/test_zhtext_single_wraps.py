"""A paragraph broken once, where no wrapping width shows (a copied <br>, a line the editor's mail program
broke): a line never ends a paragraph on a pause (，、) or an opening mark (“《（), so it runs on; a line
of prose cut inside a word is proposed; a list's next item keeps its line."""

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zhtext_helpers import PAGE_BODY

from zhtext.reprint import clean_reprint
from zhtext.script import s2t

HEADLINE = "杭州市劳模工匠学院举办技能提升班"
META = "2024-09-10 10:20 来源：杭州市总工会"
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
STYLES = {"indented": ("  ", False), "blank lines": ("", True), "bare lines": ("", False)}


def _text(paragraphs, style):
    indent, blank = STYLES[style]
    return "\n".join([HEADLINE, META, ""] + [(indent + p + ("\n" if blank else "")) for p in paragraphs])


OPENING = "学员们表示，要把《工匠精神读本》里的“传帮带”经验用到岗位上（详见附表），带好新徒弟。"


def _cuts(paragraph):
    """Places just after a mark that ends no paragraph: a pause or an opening mark."""
    return [i + 1 for i, c in enumerate(paragraph[:-1]) if c in "，、“《（"]


@SETTINGS
@given(st.sampled_from([0, 1, 3]), st.randoms(use_true_random=False), st.sampled_from(list(STYLES)),
       st.sampled_from([str, s2t]))
def test_a_paragraph_broken_once_after_a_pause_is_whole_again(which, rng, style, script):
    paragraphs = [*PAGE_BODY, OPENING]
    cut = rng.choice(_cuts(paragraphs[which]))
    broken = paragraphs[:which] + [paragraphs[which][:cut] + "\n" + paragraphs[which][cut:]] + paragraphs[which + 1:]
    result = clean_reprint(script(_text(broken, style)))
    assert [b.text for b in result.blocks] == [script(p) for p in paragraphs]
    assert any(r.kind == "linebreak" and r.accepted for r in result.repairs)


@pytest.mark.parametrize("style", list(STYLES))
def test_a_lists_items_keep_their_lines_after_a_pause(style):
    items = ["会议要求：一是加强技能培训，", "二是完善激励制度，", "三是强化考核评价。"]
    for marks in (["一是", "二是", "三是"], ["（一）", "（二）", "（三）"], ["1.", "2.", "3."], ["①", "②", "③"]):
        lines = [items[0].replace("一是", marks[0])] + [marks[n] + items[n][2:] for n in (1, 2)]
        result = clean_reprint(_text([*PAGE_BODY[:1], *lines], style))
        assert [b.text for b in result.blocks][1:] == lines, marks


@pytest.mark.parametrize("style", ["indented", "blank lines"])
def test_prose_cut_inside_a_word_is_proposed_and_joined_if_accepted(style):
    rng = random.Random(3)
    for paragraph in PAGE_BODY[:2]:
        cut = rng.choice([i for i in range(16, len(paragraph) - 4) if paragraph[i - 1] >= "\u4e00" and paragraph[i] >= "\u4e00"])
        broken = [paragraph[:cut] + "\n" + paragraph[cut:], PAGE_BODY[2]]
        text = _text(broken, style)
        result = clean_reprint(text)
        (join,) = [r for r in result.repairs if r.kind == "linebreak"]
        assert not join.accepted and not join.certain
        assert [b.text for b in result.blocks] == [paragraph[:cut], paragraph[cut:], PAGE_BODY[2]]  # nothing lost
        accepted = clean_reprint(text, decisions={join.id: True})
        assert [b.text for b in accepted.blocks] == [paragraph, PAGE_BODY[2]]


def test_a_short_line_or_a_headline_is_not_run_on():
    text = "\n".join([HEADLINE, META, "", "一、培训安排", PAGE_BODY[0], "二、课程内容", PAGE_BODY[1]])
    assert [b.text for b in clean_reprint(text).blocks] == ["一、培训安排", PAGE_BODY[0], "二、课程内容", PAGE_BODY[1]]
