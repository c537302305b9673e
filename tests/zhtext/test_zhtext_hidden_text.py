"""Text a page hides from its readers (an anti-copy site's watermark inside words, a hidden credit line) is not
the article: removed as a repair the editor may refuse. A hidden passage with a sentence is only proposed, since
a page may hide its whole article until a script shows it."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zhtext_helpers import PAGE_BODY

from zhtext.reprint import clean_reprint
from zhtext.script import s2t

HEADLINE = "杭州市劳模工匠学院举办技能提升班"
META = "2024-09-10 10:20 来源：杭州市总工会"
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SCRIPT = st.sampled_from([str, s2t])
HIDING = st.sampled_from([
    'style="display:none"', "style='display: none;'", 'style="color:red;DISPLAY: NONE !important"',
    'style="visibility:hidden"', 'style="font-size:0"', 'style="font-size: 0px; color: #fff"', "hidden",
])
TAG = st.sampled_from(["span", "font", "i", "em", "b", "small"])
WATERMARK = st.sampled_from(["转载自www.example.com", "某某网", "abc123", "x", "©某报"])


def _page(headline, paragraphs):
    return f"<html><body><h1>{headline}</h1><p>{META}</p>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"


def _hide(text, at, tag, hiding, mark):
    at = 1 + at % (len(text) - 1)
    return f"{text[:at]}<{tag} {hiding}>{mark}</{tag}>{text[at:]}"


@SETTINGS
@given(SCRIPT, st.lists(st.integers(0, 1000), min_size=1, max_size=3), TAG, HIDING, WATERMARK)
def test_what_the_page_hid_inside_its_words_is_removed(script, spots, tag, hiding, mark):
    paragraphs = [script(p) for p in PAGE_BODY]
    damaged = list(paragraphs)
    for n, at in enumerate(spots):
        damaged[n % 3] = _hide(damaged[n % 3], at, tag, hiding, mark)
    result = clean_reprint(_page(_hide(script(HEADLINE), spots[0], tag, hiding, mark), damaged))
    assert result.title == script(HEADLINE)
    assert [b.text for b in result.blocks] == paragraphs
    removed = [r for r in result.repairs if r.label.startswith("网页隐藏")]
    assert removed and all(r.before == mark and r.accepted for r in removed)


def test_the_editor_may_keep_what_was_hidden():
    page = _page(HEADLINE, [_hide(PAGE_BODY[0], 5, "span", 'style="display:none"', "某某网"), PAGE_BODY[1]])
    (repair,) = [r for r in clean_reprint(page).repairs if r.label.startswith("网页隐藏")]
    kept = clean_reprint(page, decisions={repair.id: False})
    assert kept.blocks[0].text == PAGE_BODY[0][:6] + "某某网" + PAGE_BODY[0][6:]  # _hide puts it after 1 + 5


def test_a_hidden_block_goes_and_a_hidden_article_is_only_proposed():
    hidden_line = '<p style="display:none">本文来源：某某网</p><ul hidden><li>相关阅读</li><li>往期回顾</li></ul>'
    result = clean_reprint(_page(HEADLINE, [PAGE_BODY[0], PAGE_BODY[1]]).replace("</body>", hidden_line + "</body>"))
    assert [b.text for b in result.blocks] == PAGE_BODY[:2]
    # a page that hides its article until a script shows it: every paragraph stays, each one proposed
    article = "".join(f"<p>{p}</p>" for p in PAGE_BODY)
    result = clean_reprint(f'<h1>{HEADLINE}</h1><div class="content" style="visibility: hidden;">{article}</div>')
    assert [b.text for b in result.blocks] == PAGE_BODY
    proposed = [r for r in result.repairs if r.label.startswith("网页隐藏")]
    assert len(proposed) == 3 and not any(r.accepted or r.certain for r in proposed)


def test_wechats_content_node_hidden_until_its_script_runs_is_the_article():
    article = "".join(f"<p>{p}</p>" for p in PAGE_BODY)
    result = clean_reprint(f'<h1 id="activity-name">{HEADLINE}</h1>'
                           f'<div id="js_content" style="visibility: hidden; opacity: 0;">{article}</div>')
    assert [b.text for b in result.blocks] == PAGE_BODY
    assert not any(r.label.startswith("网页隐藏") for r in result.repairs)


@pytest.mark.parametrize("style", ["font-size:0.8em", "font-size: 05px", "display:block", "visibility:visible",
                                   "display:none-ish", "max-height:0"])
def test_styles_that_hide_nothing_keep_their_text(style):
    result = clean_reprint(_page(HEADLINE, [f'培训班开班，<span style="{style}">学员们</span>参加了学习。']))
    assert result.blocks[0].text == "培训班开班，学员们参加了学习。"
