"""Paragraphs a PDF, an e-paper page or a plain-text mail broke into lines of a fixed width come back
whole; lines that are paragraphs of their own stay apart (zhtext.linebreaks)."""
from unicodedata import east_asian_width

import pytest
from corpus import load_clean
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from zhtext.linebreaks import ends_sentence, wrapped_boundaries
from zhtext.reprint import clean_reprint

ARTICLES = load_clean()
PROFILE = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def columns(ch):
    return 2 if east_asian_width(ch) in "WF" else 1


def wrap(paragraph, width, indent):
    """The paragraph cut into lines of `width` columns, as a wrapping program cuts it (anywhere)."""
    lines, line, used = [], indent, sum(map(columns, indent))
    for ch in paragraph:
        if used + columns(ch) > width:
            lines.append(line)
            line, used = "", 0
        line += ch
        used += columns(ch)
    return [*lines, line]


@st.composite
def wrapped_articles(draw):
    article = draw(st.sampled_from(ARTICLES))
    paras = article.paras[: draw(st.integers(2, len(article.paras)))]
    width = draw(st.integers(36, 90))
    indent = draw(st.sampled_from(["", "    ", "\u3000\u3000"]))
    blank = draw(st.booleans()) or not indent  # without indents, paragraphs need a blank line between them
    # Wrapped text shows its width on at least two lines (one wrapped line alone is not recognised).
    assume(sum(len(wrap(p, width, indent)) - 1 for p in paras) >= 2)
    lines = [article.headline, "2024-06-03 来源：某某日报"]
    for p in paras:
        lines += wrap(p, width, indent)
        if blank:
            lines.append("")
    return "\n".join(lines), article.headline, paras


@PROFILE
@given(wrapped_articles())
def test_wrapped_paragraphs_come_back_whole(case):
    """Every wrap inside a sentence is joined; one that fell on a sentence end is proposed, and with the
    proposals accepted the paragraphs are the original ones."""
    text, headline, paras = case
    res = clean_reprint(text)
    assert res.title == headline
    shown = [b.text for b in res.blocks]
    assert "".join(shown) == "".join(paras)
    assert all(ends_sentence(block) for block in shown)
    assert [b.text for b in clean_reprint(text, accept_all=True).blocks] == paras


@PROFILE
@given(st.sampled_from(ARTICLES), st.booleans())
def test_one_line_paragraphs_are_never_joined(article, indent):
    """Unwrapped text, short list items without a full stop among them: nothing to join."""
    lines = [article.headline, *(("\u3000\u3000" if indent else "") + p for p in article.paras),
             "一、加强组织领导", "二、突出工作重点", "三、营造良好氛围"]
    res = clean_reprint("\n".join(lines))
    assert not [r for r in res.repairs if r.kind == "linebreak"]
    assert [b.text for b in res.blocks][-3:] == ["一、加强组织领导", "二、突出工作重点", "三、营造良好氛围"]


def test_an_editor_who_refuses_a_join_keeps_the_lines_apart():
    paragraph = ARTICLES[0].paras[0] + ARTICLES[0].paras[1]
    text = "\n".join([ARTICLES[0].headline, *wrap(paragraph, 40, "")])
    joined = clean_reprint(text)
    first = next(r for r in joined.repairs if r.kind == "linebreak")
    assert [b.text for b in joined.blocks] == [paragraph]
    kept = [b.text for b in clean_reprint(text, decisions={first.id: False}).blocks]
    left, right = first.before.split("⏎")
    assert any(a.endswith(left) and b.startswith(right) for a, b in zip(kept, kept[1:], strict=False)), kept
    assert "".join(kept).endswith(paragraph)


def test_a_long_wrapped_text_is_joined_in_one_pass():
    """2,000 wrapped lines of one paragraph (joining the growing paragraph again at each line took 200 s
    for 5,000 before the pieces were kept in a list)."""
    paragraph = "本届大赛设焊工电工数控车工工业机器人系统运维员等十个工种共有来自全市" * 2000
    lines = wrap(paragraph, 60, "")
    res = clean_reprint("\n".join(["职工技能大赛", *lines]))
    assert [b.text for b in res.blocks] == [paragraph]


@pytest.mark.parametrize("text", [
    # two lines of one width by chance: a metadata line and a paragraph, a footer and a paragraph
    "工匠学院迎来首批学员\n原标题：劳模工匠学院开班！首批80名学员入学\n来源：工人日报\n9月1日上午，市劳模工匠学院首期研修班开班。\n研修班为期三个月。",
    "关键词：工会 劳模\n版权所有：某某市总工会 ICP备12345678号\n市总工会党组书记、常务副主席出席并讲话。\n市总工会党组书记、常务副主席出席并讲话。",
    # whole paragraphs wider than any page's line, one ending in a site's token, one in an emoji
    "标题\n" + "企业工会表示，将把培训成绩纳入职工技能等级评定，并为考核优秀的学员申报市级技术能手，" * 3 + "并表彰。qxb888\n"
    + "参训职工李海峰说，大飞机的每一颗铆钉都关系到飞行安全，这次培训让他对工艺标准有了更深的理解，" * 3 + "收获很大。🎉\n结尾。",
])
def test_lines_of_their_own_and_whole_paragraphs_are_never_joined(text):
    assert not any(wrapped_boundaries(text.splitlines()))


@pytest.mark.parametrize("line, ends", [("理解。🎉", True), ("能手。qxb888", True), ("说：“好。”👍🏽", True),
                                        ("参加了ABC", False), ("采用3D", False), ("天天开奖", False)])
def test_a_sentence_end_before_an_emoji_or_a_token(line, ends):
    assert ends_sentence(line) is ends
