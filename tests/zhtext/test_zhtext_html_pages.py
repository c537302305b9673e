"""Reprints pasted as a CMS page's HTML (found by building one by hand, 2026-12-07): a clause a <br> cut in two
inside one paragraph, and a view count a script printed (点击数：<script>document.write(356)</script>), which
leaves its key with no value."""
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zhtext_helpers import PAGE_BODY

from zhtext.metadata import parse_meta_line
from zhtext.reprint import clean_reprint
from zhtext.script import s2t

HEADLINE = "杭州劳模工匠学院第三期技能提升班开班"
PAGE = """<html><head><title>{title}_杭州市总工会</title></head><body>
<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/news">工会要闻</a></div>
<table><tr><td class="title"><b>{title}</b></td></tr>
<tr><td>发布时间：2024-09-12&nbsp;&nbsp;来源：杭州日报&nbsp;&nbsp;点击数：<script>document.write(356)</script></td></tr>
<tr><td class="content">{body}</td></tr></table></body></html>"""


def _page(body_html, traditional=False):
    convert = s2t if traditional else (lambda s: s)
    return convert(PAGE.format(title=HEADLINE, body=body_html))


def _bodies(result):
    return [b.text for b in result.blocks]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 1), st.sampled_from(["，", "、"]), st.sampled_from(["<br>", "<br/>", "<br />\n"]), st.booleans())
def test_a_clause_a_br_cut_is_one_paragraph_again(para, mark, br, traditional):
    body = [*PAGE_BODY[:2], "学员们表示，培训内容贴近岗位需要，收获很大。"]
    cut = body[para].find(mark)
    if cut < 0:
        cut = body[para].index("，")
    html = "".join(f"<p>{p[:cut + 1]}{br}{p[cut + 1:]}</p>" if n == para else f"<p>{p}</p>" for n, p in enumerate(body))
    res = clean_reprint(_page(html, traditional))
    convert = s2t if traditional else (lambda s: s)
    assert _bodies(res) == [convert(p) for p in body]
    assert (res.title, res.source) == (convert(HEADLINE), convert("杭州日报"))
    assert res.published_at == dt.datetime(2024, 9, 12, 12, 0)


@pytest.mark.parametrize("lines", [
    ["各区、县（市）总工会，", "现将有关事项通知如下。"],  # ends in a comma, but the next line …
    ["一、基本情况", "学院于2021年挂牌成立，现有专兼职教师120名。"],  # a heading over its paragraph
    ["学员分为三个小组，", "一、数控加工组；", "二、智能制造组。"],  # a list's items after the comma
    ["本期培训内容包括：", "数控加工、工业机器人运维。"],  # a colon: a list or a salutation follows
    ["联系人：王强，", "联系电话：0571-12345678"],  # a metadata line after it
])
def test_lines_a_br_set_apart_on_purpose_stay_apart(lines):
    res = clean_reprint(_page(f"<p>{PAGE_BODY[0]}</p><p>{'<br>'.join(lines)}</p><p>{PAGE_BODY[1]}</p>"))
    joined = [r for r in res.repairs if r.kind == "linebreak"]
    if lines[0] == "各区、县（市）总工会，":
        assert len(joined) == 1  # a comma and then words: joined, and the editor may refuse it (below)
    else:
        assert joined == [] and all(line in _bodies(res) for line in lines[1:] if "：" not in line)


def test_an_editor_who_refuses_the_join_keeps_the_lines_apart():
    cut = PAGE_BODY[0].index("，") + 1
    html = f"<p>{PAGE_BODY[0][:cut]}<br>{PAGE_BODY[0][cut:]}</p><p>{PAGE_BODY[1]}</p>"
    first = clean_reprint(_page(html))
    join = next(r for r in first.repairs if r.kind == "linebreak")
    kept = clean_reprint(_page(html), decisions={join.id: False})
    assert _bodies(kept)[:2] == [PAGE_BODY[0][:cut], PAGE_BODY[0][cut:]]


def test_a_counter_whose_count_a_script_printed():
    found = parse_meta_line("发布时间：2024-09-12  来源：杭州日报  点击数：")
    assert (found.source, found.date) == ("杭州日报", dt.datetime(2024, 9, 12, 12, 0))
    assert ("计数（删除）", "点击数") in found.parts
