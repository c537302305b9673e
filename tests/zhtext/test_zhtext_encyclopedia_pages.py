"""An entry copied from an online encyclopedia (百度百科, 维基百科 and the like, 2026-12-08): the page's name and
motto, skip links, buttons and menus, [编辑] links after headings, the contents list, citation marks in the
sentences, the reference list, the categories, the licence. Pages built from the corpus's clean articles, in
Simplified and Traditional, with marks placed at random sentence ends."""
import pytest
from corpus import load_clean
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhtext.encyclopedia import is_encyclopedia_page
from zhtext.reprint import clean_reprint
from zhtext.script import s2t

PROFILE = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ARTICLES = [a for a in load_clean() if len(a.paras) >= 3]
MARK = st.sampled_from(["[1]", "[2-3]", "[4]", "[12]", "[1][3]", "[注 1]", "[a]", "[来源请求]", "[2,5]"])
SECTIONS = ["历史沿革", "培训内容", "师资力量", "主要成果"]


def _with_marks(paragraph: str, marks: list[str]) -> str:
    """The paragraph with a citation mark after each sentence, inside or after its full stop by turns."""
    sentences = [s + "。" for s in paragraph.split("。") if s]
    return "".join(s[:-1] + m + "。" if i % 2 else s + m for i, (s, m) in enumerate(zip(sentences, marks * 9, strict=False)))


def _baidu(article, marks, from_html=False):
    """百度百科's page as it is copied: buttons under the title and under each section's heading (on the
    heading's line, from its HTML), the reference list with its 引用日期, the entry's statistics."""
    lines = [article.headline, "播报", "讨论", "上传视频", "收藏", "查看我的收藏", "0有用+1", "0",
             _with_marks(article.paras[0], marks)]
    for heading, para in zip(SECTIONS[:len(article.paras) - 1], article.paras[1:], strict=True):
        lines += [f"{heading}编辑播报"] if from_html else [heading, "编辑", "播报"]
        lines.append(_with_marks(para, marks))
    lines += ["参考资料", "[1] 技能大赛落幕 .某某日报[引用日期2024-11-06]", "[2] 学院简介 .某某职业学院[引用日期2024-11-06]",
              "词条统计", "浏览次数：12345次", "编辑次数：7次历史版本", "最近更新：某某（2024-11-07）", "突出贡献榜",
              "本词条由某某科普团队参与编写，并经某某审核。"]
    return lines


def _wikipedia(article, marks):
    """维基百科's: its name and motto, skip links, the contents list, [编辑] after each heading, the notes, the
    categories, the date of the last revision, the licence, the footer's menu."""
    headings = SECTIONS[:len(article.paras) - 1]
    lines = [article.headline, "维基百科，自由的百科全书", "跳转到导航", "跳转到搜索", _with_marks(article.paras[0], marks),
             "目录", *[f"{i} {h}" for i, h in enumerate(headings, 1)], f"{len(headings) + 1} 参考文献"]
    for heading, para in zip(headings, article.paras[1:], strict=True):
        lines += [f"{heading}[编辑]", _with_marks(para, marks)]
    lines += ["参考文献[编辑]", "^ 技能大赛落幕. 某某日报. 2024-11-06 [2024-11-07].",
              "^ 学院简介. 某某职业学院. [2024-11-07]. （原始内容存档于2023-01-01）.", "分类：职工教育机构",
              "隐私政策", "关于维基百科", "免责声明", "手机版视图"]
    return lines


def _expected(article):
    return [article.paras[0], *[x for pair in zip(SECTIONS[:len(article.paras) - 1], article.paras[1:], strict=True) for x in pair]]


@PROFILE
@given(st.sampled_from(ARTICLES), st.lists(MARK, min_size=1, max_size=4), st.sampled_from(["baidu", "baidu-html", "wikipedia"]),
       st.booleans())
def test_an_encyclopedias_entry_keeps_its_text_and_nothing_of_the_page(article, marks, site, traditional):
    convert = s2t if traditional else (lambda s: s)
    page = _wikipedia(article, marks) if site == "wikipedia" else _baidu(article, marks, site == "baidu-html")
    res = clean_reprint(convert("\n".join(page)))
    assert res.title == convert(article.headline)
    # the note on who wrote the entry is a sentence: a notice, the editor's to remove; nothing else waits
    waiting = [r.before for r in res.repairs if not r.accepted]
    assert all(r.kind == "notice" for r in res.repairs if not r.accepted)
    assert [b.text for b in res.blocks if b.text not in waiting] == [convert(t) for t in _expected(article)]
    assert waiting == ([convert("本词条由某某科普团队参与编写，并经某某审核。")] if site != "wikipedia" else [])


def test_the_licence_and_the_revision_date_wait_for_the_editor():
    article = ARTICLES[0]
    page = _wikipedia(article, ["[1]"]) + ["本页面最后修订于2024年11月7日 (星期四) 10:00。",
                                           "本站的全部文字在知识共享 署名-相同方式共享 4.0协议之条款下提供，附加条款亦可能应用。"]
    res = clean_reprint("\n".join(page))
    waiting = {r.before: r.kind for r in res.repairs if not r.accepted and r.kind in ("chrome", "notice")}
    assert waiting == {"本页面最后修订于2024年11月7日 (星期四) 10:00。": "chrome",
                       "本站的全部文字在知识共享 署名-相同方式共享 4.0协议之条款下提供，附加条款亦可能应用。": "notice"}
    accepted = clean_reprint("\n".join(page), decisions={r.id: True for r in res.repairs})
    assert [b.text for b in accepted.blocks] == _expected(article)


@pytest.mark.parametrize("line", [
    "据百度百科介绍，劳模工匠学院是职工教育培训的重要平台，已培训职工三千余人次。",  # a sentence that names one
    "学院[1]班已经开课。",
])
def test_a_page_that_only_names_an_encyclopedia_is_not_one(line):
    assert not is_encyclopedia_page([(0, "p", line)])
    res = clean_reprint("\n".join(["学院开班", line, "参考资料", "1. 某某日报的报道"]))
    assert line in [b.text for b in res.blocks]  # its own notes and marks stay
    assert "1. 某某日报的报道" in [b.text for b in res.blocks]


@pytest.mark.parametrize("line", ["维基百科，自由的百科全书", "百度百科", "跳转到导航", "跳至導覽", "历史[编辑]",
                                  "播报", "0有用+1", "[1] 学院简介 .某某职业学院[引用日期2024-11-06]"])
def test_the_lines_that_show_an_encyclopedias_page(line):
    assert is_encyclopedia_page([(0, "p", line)])


def test_a_contents_list_goes_on_any_page_when_each_entry_is_a_heading_below():
    body = ARTICLES[1].paras
    page = ["学院举办培训班", "目录", "一、开班情况", "二、课程安排", "一、开班情况", body[0], "二、课程安排", body[1]]
    res = clean_reprint("\n".join(page))
    assert [b.text for b in res.blocks] == ["一、开班情况", body[0], "二、课程安排", body[1]]
    # a 目录 whose lines are not found again below is the article's own list
    page = ["学院举办培训班", body[0], "目录", "焊工", "电工", body[1]]
    assert [b.text for b in clean_reprint("\n".join(page)).blocks] == [body[0], "目录", "焊工", "电工", body[1]]


def test_buttons_among_the_sentences_go_only_beside_one_no_other_page_has():
    article = ARTICLES[0]
    page = [article.headline, "维基百科，自由的百科全书", article.paras[0], "帮助", article.paras[1], "编辑", "播报",
            article.paras[2]]
    res = clean_reprint("\n".join(page))
    assert [b.text for b in res.blocks] == [article.paras[0], "帮助", article.paras[1], article.paras[2]]
    assert any(r.before == "帮助" and not r.accepted for r in res.repairs)  # proposed, for the editor


WIKIPEDIA_HTML = """<html><head><title>某某学院 - 维基百科，自由的百科全书</title></head><body>
<a href="#content">跳转到内容</a><div id="nav"><ul><li><a href="/">首页</a></li><li><a href="/r">随机条目</a></li></ul></div>
<h1>某某学院</h1><div id="siteSub">维基百科，自由的百科全书</div>
<p>{p0}<sup class="reference"><a href="#cite_note-1">[1]</a></sup></p>
<div id="toc"><h2>目录</h2><ul><li><a href="#a"><span>1</span> <span>历史</span></a></li>
<li><a href="#b"><span>2</span> <span>参考文献</span></a></li></ul></div>
<h2><span class="mw-headline">历史</span><span class="mw-editsection">[<a href="/e">编辑</a>]</span></h2>
<p>{p1}<sup class="reference"><a href="#c">[2]</a></sup></p>
<h2><span class="mw-headline">参考文献</span><span class="mw-editsection">[<a href="/e">编辑</a>]</span></h2>
<ol class="references"><li><a href="#r">^</a> 某某学院揭牌. 某某日报. 2021-05-01 [2024-11-07].</li></ol>
<div id="catlinks">分类：<a href="/c">职工教育机构</a></div>
<ul><li><a href="/p">隐私政策</a></li><li><a href="/a">关于维基百科</a></li><li><a href="/d">免责声明</a></li></ul>
</body></html>"""


def test_a_wikipedia_page_saved_as_html():
    article = ARTICLES[2]
    res = clean_reprint(WIKIPEDIA_HTML.format(p0=article.paras[0], p1=article.paras[1]))
    assert res.title == "某某学院"
    assert [(b.kind, b.text) for b in res.blocks] == [("p", article.paras[0]), ("h2", "历史"), ("p", article.paras[1])]
    assert all(r.accepted for r in res.repairs if r.kind == "chrome")


def test_the_facts_box_is_the_entrys_and_stays():
    article = ARTICLES[3]
    facts = ["中文名", "某某劳模工匠学院", "成立时间", "2021年", "培训工种", "12", "所属地区", "山东省"]
    page = [article.headline, "播报", "讨论", "上传视频", "0有用+1", "0", article.paras[0], *facts, "历史沿革", "编辑", "播报",
            article.paras[1], "参考资料", "[1] 某某学院简介 .某某网[引用日期2024-11-06]"]
    res = clean_reprint("\n".join(page))
    assert [b.text for b in res.blocks] == [article.paras[0], *facts, "历史沿革", article.paras[1]]


@pytest.mark.parametrize("traditional", [False, True])
def test_an_older_baike_page_and_marks_set_apart_by_spaces(traditional):
    convert = s2t if traditional else (lambda s: s)
    p0, p1 = ARTICLES[4].paras[:2]
    first = p0.replace("。", " [1] 。", 1)  # Baidu's copy: a space on either side of the mark
    page = ["某某学院", "编辑本段", first + " [2-3] ", "历史沿革编辑本段回目录", p1 + " [3]", "360百科", "纠错"]
    res = clean_reprint(convert("\n".join(page)))
    assert [(b.kind, b.text) for b in res.blocks] == [("p", convert(p0)), ("h2", convert("历史沿革")), ("p", convert(p1))]


def test_a_wikipedia_page_in_taiwans_interface():
    """The interface in 臺灣正體 has words of its own (檢視歷史, 永久連結, 可列印版, 跳至導覽), not s2t's of the Simplified one."""
    p0, p1 = ARTICLES[0].paras[:2]
    page = ["維基百科，自由的百科全書", "跳至導覽", "跳至搜尋", "主選單", "移至側邊欄", "隱藏", "建立帳號", "登入", "個人工具", "條目", "討論",
            "臺灣正體", "閱讀", "編輯", "檢視歷史", "工具", "某某學院", s2t(p0) + "[1]", "歷史[編輯]", s2t(p1) + "[2]", "參考文獻[編輯]",
            "^ 某某學院揭牌. 某某日報. 2021-05-01 [2024-11-07].", "分類：職工教育機構", "連結至此的頁面", "永久連結", "頁面資訊", "可列印版"]
    res = clean_reprint("\n".join(page))
    assert res.title == "某某學院"
    assert [(b.kind, b.text) for b in res.blocks] == [("p", s2t(p0)), ("h2", "歷史"), ("p", s2t(p1))]
