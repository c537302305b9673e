"""What a copy carries around its headline and between its paragraphs: a page title's site name and a
column's 【】 name, a photo's caption (never a subheading), WeChat's 点击蓝字关注我们 prompt, and a dateline
under an editor's note."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zhtext_helpers import PAGE_BODY

from zhtext.headline import is_subheading, title_decorations
from zhtext.reprint import clean_reprint
from zhtext.script import s2t

HEADLINE = "杭州市劳模工匠学院举办技能提升班"
META = "2024-09-10 10:20 来源：杭州市总工会"
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _clean(lines, traditional=False):
    text = "\n".join(lines)
    return clean_reprint(s2t(text) if traditional else text)


@SETTINGS
@given(st.sampled_from(["", "【劳模风采】", "【工匠故事】 "]),
       st.sampled_from(["", "_新浪新闻", "_新闻中心_杭州网", " _ 澎湃新闻"]), st.booleans())
def test_a_copied_page_titles_column_and_site_go(column, site, traditional):
    result = _clean([column + HEADLINE + site, META, *PAGE_BODY], traditional)
    assert result.title == (s2t(HEADLINE) if traditional else HEADLINE)
    labels = {r.label for r in result.repairs if r.kind == "chrome" and r.accepted}
    assert ("标题前的栏目名" in labels) == bool(column)
    assert ("标题后的网站名" in labels) == bool(site)


def test_an_editor_who_keeps_the_column_keeps_it():
    result = _clean(["【劳模风采】" + HEADLINE, META, *PAGE_BODY])
    (repair,) = [r for r in result.repairs if r.label == "标题前的栏目名"]
    kept = clean_reprint("\n".join(["【劳模风采】" + HEADLINE, META, *PAGE_BODY]), decisions={repair.id: False})
    assert kept.title == "【劳模风采】" + HEADLINE


@pytest.mark.parametrize("title", [
    "劳模工匠学院 | 第二期培训班开班",   # a WeChat title's two halves are both the headline's
    "【视频】",                          # nothing would be left
    "5G_NR基站建设",                    # too little Han left either side of the underscore
])
def test_titles_kept_whole(title):
    assert title_decorations(title) == []


@SETTINGS
@given(st.sampled_from(["图为培训现场。张三 摄", "图为学员在实训基地操作。（李四 摄）", "（图为开班仪式现场）",
                        "学员在实训车间练习 王五 摄", "开班仪式现场 受访者供图"]), st.booleans())
def test_a_photos_caption_is_a_paragraph_not_a_subheading(caption, traditional):
    result = _clean([HEADLINE, META, PAGE_BODY[0], caption, PAGE_BODY[1], PAGE_BODY[2]], traditional)
    kinds = {b.text: b.kind for b in result.blocks}
    assert "h2" not in kinds.values()
    assert not is_subheading(s2t(caption) if traditional else caption)


@pytest.mark.parametrize("heading", ["一、提高站位", "图书馆建设成效", "培训成果丰硕"])
def test_short_lines_are_still_subheadings(heading):
    assert is_subheading(heading)


@pytest.mark.parametrize("prompt", ["点击蓝字 关注我们", "点击蓝字关注我们", "点蓝字，关注我们", "蓝字关注公众号"])
def test_wechats_blue_words_prompt_goes(prompt):
    result = _clean([HEADLINE, META, prompt, *PAGE_BODY])
    assert [b.text for b in result.blocks] == PAGE_BODY


@SETTINGS
@given(st.sampled_from(["编者按：技能是立身之本。本报今起推出系列报道。", "【导读】本报今起推出系列报道。"]),
       st.sampled_from(["（记者 张三 通讯员 李四）", "（记者张三）"]), st.booleans())
def test_a_dateline_under_an_editors_note_still_gives_the_credits(note, credit, traditional):
    result = _clean([HEADLINE, META, note, "本报讯" + credit + PAGE_BODY[0], PAGE_BODY[1]], traditional)
    want = "张三、李四" if "李四" in credit else "张三"
    assert result.byline == (s2t(want) if traditional else want)
    assert result.blocks[0].text == (s2t(note) if traditional else note)  # the note stays the article's


@pytest.mark.parametrize("note", ["编者按：技能是立身之本。本报今起推出系列报道。", "【导读】本报今起推出系列报道。"])
def test_an_editors_note_is_neither_the_summary_nor_the_made_headline(note):
    with_headline = _clean([HEADLINE, META, note, "本报讯（记者张三）" + PAGE_BODY[0], PAGE_BODY[1]])
    assert with_headline.summary.startswith(PAGE_BODY[0][:10])
    without = clean_reprint("\n".join([note, "本报讯（记者张三）" + PAGE_BODY[0], PAGE_BODY[1]]))
    assert without.title_origin == "generated" and "系列报道" not in without.title


def test_a_title_of_thousands_of_underscores_is_read_in_one_pass():
    """A hostile title (5,000 "_ab" parts, then a space): the site's names are found by splitting, not by a
    pattern tried at each "_" (the square of the length: 1.3 s at 6,000 characters, minutes at this size)."""
    sites = "_ab" * 5000
    assert title_decorations("劳模工匠学院" + sites) == [("标题后的网站名", sites)]
    assert title_decorations("劳模工匠学院" + sites + " 好") == []  # a last part with a space is no site's name
