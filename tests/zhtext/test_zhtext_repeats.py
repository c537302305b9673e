"""Text a copy holds twice (the page pasted again under itself, a paragraph copied twice, a summary line the first
paragraph repeats): the later copy goes, certain, since the article keeps the first; a real summary, a short line
said twice and a list's items stay."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zhtext_helpers import PAGE_BODY

from zhtext.reprint import clean_reprint
from zhtext.script import s2t

HEADLINE = "杭州市劳模工匠学院举办技能提升班"
META = "2024-09-10 10:20 来源：杭州市总工会"
SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SCRIPT = st.sampled_from([str, s2t])


def _clean(lines, script=str, form="text"):
    lines = [script(line) for line in lines]
    if form == "html":
        return clean_reprint(f"<h1>{lines[0]}</h1>" + "".join(f"<p>{line}</p>" for line in lines[1:]))
    return clean_reprint("\n".join(lines))


def _removed(result):
    return [r for r in result.repairs if r.kind == "duplicate"]


@SETTINGS
@given(SCRIPT, st.sampled_from(["text", "html"]), st.sampled_from(["page", "body", "paragraph"]), st.integers(0, 2))
def test_the_later_copy_goes_and_the_first_stays(script, form, how, which):
    page = [HEADLINE, META, *PAGE_BODY]
    lines = {"page": page + page, "body": page + PAGE_BODY,
             "paragraph": page[:3 + which] + [PAGE_BODY[which]] + page[3 + which:]}[how]
    result = _clean(lines, script, form)
    assert result.title == script(HEADLINE)
    assert [b.text for b in result.blocks] == [script(p) for p in PAGE_BODY]
    assert _removed(result) and all(r.certain and r.accepted and not r.removes_sentence for r in _removed(result))


@SETTINGS
@given(SCRIPT, st.sampled_from(["摘要：", "【摘要】", "导语：", "[导读]", "内容提要："]), st.sampled_from([20, 30, None]))
def test_a_summary_line_the_first_paragraph_repeats_goes(script, key, length):
    result = _clean([HEADLINE, META, key + PAGE_BODY[0][:length], *PAGE_BODY], script)
    assert [b.text for b in result.blocks] == [script(p) for p in PAGE_BODY]


def test_a_summary_of_its_own_and_short_repeated_lines_stay():
    own = "摘要：技能提升班开班，八十六名职工参加。"
    assert [b.text for b in _clean([HEADLINE, META, own, *PAGE_BODY]).blocks][0] == own
    # a table's rows, a list's items and short lines may repeat on purpose
    lines = "<h1>" + HEADLINE + "</h1><ul><li>数控加工实训课程一期</li><li>数控加工实训课程一期</li></ul>" + \
        "".join(f"<p>{p}</p>" for p in PAGE_BODY) + "<p>点击阅读</p><p>点击阅读</p>"
    result = clean_reprint(lines)
    assert [b.text for b in result.blocks if b.kind == "li"] == ["数控加工实训课程一期"] * 2
    assert not _removed(result)


def test_the_editor_may_keep_the_copy():
    lines = [HEADLINE, META, *PAGE_BODY, PAGE_BODY[1]]
    (repair,) = _removed(_clean(lines))
    kept = clean_reprint("\n".join(lines), decisions={repair.id: False})
    assert [b.text for b in kept.blocks] == [*PAGE_BODY, PAGE_BODY[1]]


@pytest.mark.parametrize("count", [2, 200])
def test_many_copies_are_read_in_one_pass(count):
    result = _clean([HEADLINE, META, *(PAGE_BODY * count)])
    assert [b.text for b in result.blocks] == PAGE_BODY
