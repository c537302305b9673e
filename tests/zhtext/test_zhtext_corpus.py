"""The importer on the corpus (tests/zhtext/corpus.py): every defect repaired or flagged, every
sentence kept, every headline line used as the title; and, for generated mixes of article
sentences and page chrome, every sentence that is not chrome survives."""

import pytest
from corpus import generate, generate_account_pages, hand_written, load_clean, run_corpus
from corpus_platforms import generate_platform_pages
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhtext.reprint import clean_reprint

PROFILE = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def results():
    return run_corpus()


def test_the_corpus_is_large_enough_and_uses_every_kind_of_damage():
    reprints = generate() + generate_account_pages() + generate_platform_pages()
    assert len(reprints) + len(hand_written()) >= 50
    kinds = {d.kind.split("（")[0] for r in reprints for d in r.defects}
    assert {"拼音", "字节损坏", "表情符号", "植入词替换原词", "博彩广告语", "粘在段尾的网页杂项", "残缺标点",
            "注音符号", "浏览计数", "页脚杂项", "公众号提示", "网站页脚", "门户杂项", "客户端提示", "版面署名", "转义字符",
            "编码乱码"} <= kinds


def test_every_defect_repaired_or_flagged(results):
    left = {rep.name: row["left_items"] for rep, row in results if row["left"]}
    assert left == {}
    assert sum(row["repaired"] for _, row in results) > 0.8 * sum(row["defects"] for _, row in results)


def test_every_sentence_kept(results):
    lost = {rep.name: row["lost"] for rep, row in results if row["lost"]}
    assert lost == {}


def test_every_headline_line_becomes_the_title(results):
    assert all(row["headline_found"] == row["headline"] for _, row in results)


def test_header_fields_are_taken(results):
    for rep, _row in results:
        if rep.fields:
            res = clean_reprint(rep.text)
            assert res.source == rep.fields["source"], rep.name
            assert res.published_at is not None and str(res.published_at.year) in rep.fields["date"], rep.name
            assert res.byline == rep.fields.get("byline", res.byline), rep.name


# ------------------------------------------------------------- property

SENTENCES = [s for art in load_clean() for p in art.paras for s in p.replace("。", "。\n").split("\n") if s]
CHROME = [
    "简体|繁體", "【字体：大 中 小】", "【打印】【关闭】", "打印本页", "关闭窗口", "分享到：微信 微博", "扫一扫", "浏览次数：128",
    "阅读：56", "🎉", "🙋🏻‍♂️", "👍🏽", "天天开奖稳赚不赔", "注册就送彩金", "返回顶部", "qxb888",
]
LINES = ["关键词：工会 劳模", "上一篇：某市举办劳模表彰大会", "下一篇：职工书屋开放", "扫一扫在手机打开当前页", "https://www.example.com/a.html",
         "点击上方蓝字 关注我们", "阅读原文", "喜欢就点个“在看”吧", "- END -", "版权所有：某某市总工会 ICP备12345678号",
         "返回搜狐，查看更多", "展开全文", "打开APP 阅读更多精彩内容", "举报/反馈", "预览时标签不可点", "微信扫一扫", "取消 允许",
         "上一页 1 2 3 下一页", "＊＊＊＊＊＊", "阅读 (1024)", "收录于合集 #工匠精神 12个", "用户评论", "已有0人参与", "登录后参与评论",
         "点击排行", "ID：jrtt", "维基百科，自由的百科全书", "跳转到导航"]


@st.composite
def reprints(draw):
    paras = []
    for _ in range(draw(st.integers(1, 4))):
        parts = []
        for _ in range(draw(st.integers(1, 3))):
            if draw(st.booleans()):
                parts.append(draw(st.sampled_from(CHROME)))
            parts.append(draw(st.sampled_from(SENTENCES)))
        if draw(st.booleans()):
            parts.append(draw(st.sampled_from(CHROME)))
        paras.append("".join(parts))
    lines = draw(st.lists(st.sampled_from(LINES), max_size=2)) + paras + draw(st.lists(st.sampled_from(LINES), max_size=2))
    sentences = [s for p in paras for s in SENTENCES if s in p]
    return "\n".join(lines), sentences


@PROFILE
@given(reprints())
def test_every_sentence_that_is_not_chrome_survives(case):
    text, sentences = case
    res = clean_reprint(text)
    out = "\n".join([res.title] + [b.text for b in res.blocks])
    for s in sentences:
        assert s in out
    for chrome in CHROME + LINES:
        assert chrome not in "\n".join(b.text for b in res.blocks)


# A page as sites build it: a menu and a sidebar of links around the article, sentences inside it, and
# sometimes a list of links between its paragraphs. Every sentence survives; what is around goes.
MENU = ["首页", "要闻", "工会动态", "劳模风采", "视频", "专题"]
SIDE = ["职工书屋冬季开放", "市劳模宣讲团走进企业", "工会驿站上新", "技能大赛报名开始"]


@st.composite
def pages(draw):
    menu = draw(st.lists(st.sampled_from(MENU), min_size=1, max_size=4, unique=True))
    side = draw(st.lists(st.sampled_from(SIDE), min_size=1, max_size=3, unique=True))
    sentences = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4, unique=True))
    body = []
    for s in sentences:
        body.append(f"<p>{s}</p>")
        if draw(st.booleans()):
            body.append("<ul>" + "".join(f"<li><a href='/p/{i}'>{n}</a></li>" for i, n in enumerate(["张三", "李四"])) + "</ul>")
    menu_html = "<ul>" + "".join(f"<li><a href='/{i}'>{m}</a></li>" for i, m in enumerate(menu)) + "</ul>"
    side_html = "<div><h3>热点新闻</h3>" + "".join(f"<a href='/s{i}'>{t}</a> " for i, t in enumerate(side)) + "</div>"
    return f"<html><body>{menu_html}<div>{''.join(body)}</div>{side_html}</body></html>", sentences, menu + side


@PROFILE
@given(pages())
def test_every_sentence_of_a_page_survives_its_menus_and_sidebars(case):
    html, sentences, around = case
    res = clean_reprint(html)
    out = "\n".join([res.title] + [b.text for b in res.blocks])
    for s in sentences:
        assert s in out
    for text in around:
        assert text not in [b.text for b in res.blocks]
