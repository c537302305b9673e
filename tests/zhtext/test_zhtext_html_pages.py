"""Reprints pasted as a CMS page's HTML (found by building one by hand, 2026-12-06): a clause a <br> cut in two
inside one paragraph, and a view count a script printed (点击数：<script>document.write(356)</script>), which
leaves its key with no value."""
import datetime as dt
import unicodedata

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


# ------------------------------------------------------------------ what a page's scripts and typists leave


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)), st.integers(0, 23), st.integers(0, 59), st.booleans())
def test_a_date_typed_in_full_width_digits_is_read(day, hour, minute, traditional):
    wide = str.maketrans("0123456789", "０１２３４５６７８９")
    line = f"发布时间：{day.year}年{day.month}月{day.day}日　{hour:02d}：{minute:02d}　来源：杭州日报".translate(wide)
    convert = s2t if traditional else (lambda s: s)
    res = clean_reprint(convert("\n".join([HEADLINE, line, *PAGE_BODY])))
    assert res.published_at == dt.datetime(day.year, day.month, day.day, hour, minute)
    assert res.source == convert("杭州日报")


def test_full_width_letters_and_digits_in_the_text_are_set_half_width():
    res = clean_reprint("\n".join([HEADLINE, PAGE_BODY[0], "学院引进ＣＮＣ加工中心２台，精度达到０．５微米，６０名学员参加培训。"]))
    assert _bodies(res) == [PAGE_BODY[0], "学院引进CNC加工中心2台，精度达到0.5微米，60名学员参加培训。"]
    assert {r.label for r in res.repairs if r.kind == "punctuation"} == {"全角字母数字"}


@pytest.mark.parametrize("line", ["作者：null", "责任编辑：undefined", "来源：{{ source }}", "阅读 undefined", "阅读：NaN",
                                  "点赞 null"])
def test_what_a_pages_script_printed_for_an_empty_field_goes(line):
    res = clean_reprint("\n".join([HEADLINE, "2024-09-12 10:23", *PAGE_BODY, line]))
    assert _bodies(res) == PAGE_BODY and (res.byline, res.reviewer, res.source) == ("", "", "")


def test_a_word_like_null_in_a_sentence_stays():
    line = "培训课上，老师讲解了程序中null值的处理方法，学员们认真记录。"
    res = clean_reprint("\n".join([HEADLINE, PAGE_BODY[0], line]))
    assert _bodies(res)[-1] == line


@pytest.mark.parametrize("hidden", ["[email protected]", "[email&#160;protected]", "[ email protected ]"])
def test_an_address_a_sites_email_protection_replaced_is_flagged(hidden):
    res = clean_reprint("\n".join([HEADLINE, PAGE_BODY[0], f"报名请将材料发送至{hidden}，截止日期为9月30日。"]))
    warning = next(w for w in res.warnings if w.kind == "missing")
    assert warning.paragraph == 2 and "邮箱保护" in warning.message


# ------------------------------------------------------------------ tables

NAMES = [("王强", "潍柴动力股份有限公司", "数控车工"), ("李明", "歌尔股份有限公司", "电工"), ("张华", "潍坊港集团", "焊工")]


def _table(rows, head=True, thead=False):
    header = "<tr>" + "".join(f"<th>{c}</th>" for c in ("姓名", "单位", "工种")) + "</tr>"
    body = "".join("<tr>" + "".join(f"<td><p>{c}</p></td>" for c in row) + "</tr>" for row in rows)
    if thead:
        header = "<thead>" + header.replace("<th>", "<td>").replace("</th>", "</td>") + "</thead>"
    return f"<table border='1'>{header if head else ''}<tbody>{body}</tbody></table>"


@pytest.mark.parametrize(("head", "thead"), [(True, False), (False, False), (True, True)])
@pytest.mark.parametrize("traditional", [False, True])
def test_a_table_of_data_is_a_table(head, thead, traditional):
    convert = s2t if traditional else (lambda s: s)
    html = f"<p>{PAGE_BODY[0]}</p>{_table(NAMES, head, thead)}<p>{PAGE_BODY[1]}</p>"
    res = clean_reprint(_page(html, traditional))
    rows = [(b.kind, b.text) for b in res.blocks if b.kind in ("tr", "th")]
    expected = [("th", convert("姓名\t单位\t工种"))] if head else []
    assert rows == expected + [("tr", convert("\t".join(row))) for row in NAMES]
    assert _bodies(res)[0] == convert(PAGE_BODY[0]) and _bodies(res)[-1] == convert(PAGE_BODY[1])


def test_a_tables_cells_are_mended_each_on_its_own_and_keep_their_places():
    rows = [("王强", "", "数控车工🎉"), ("", "歌尔股份有限公司", "６０")]
    res = clean_reprint(_page(f"<p>{PAGE_BODY[0]}</p>{_table(rows)}<p>{PAGE_BODY[1]}</p>"))
    assert [b.text for b in res.blocks if b.kind == "tr"] == ["王强\t\t数控车工", "\t歌尔股份有限公司\t60"]


@pytest.mark.parametrize("layout", [
    # a page laid out in a table: its cells hold the article's sentences
    f"<table><tr><td>{HEADLINE}</td><td>2024-09-12</td></tr><tr><td>{PAGE_BODY[0]}</td><td>{PAGE_BODY[1]}</td></tr></table>",
    # one cell a row
    f"<table><tr><td>{PAGE_BODY[0]}</td></tr><tr><td>{PAGE_BODY[1]}</td></tr></table>",
    # a table inside a table
    "<table><tr><td><table><tr><td>王强</td><td>电工</td></tr></table></td><td>李明</td></tr><tr><td>1</td><td>2</td></tr></table>",
])
def test_a_table_a_page_is_laid_out_with_is_read_as_text(layout):
    res = clean_reprint(_page(layout))
    assert not any(b.kind in ("tr", "th") for b in res.blocks)


def test_the_summary_stops_where_a_paragraph_introduces_the_table():
    """…现将名单公布如下： then the table: the proposed summary is the sentence before the colon, not that clause
    run into the paragraph after the table."""
    intro = "经学员自评、导师推荐和学院评审，第三期研修班评选出优秀学员5名，现将名单公布如下："
    res = clean_reprint(_page(f"<p>{intro}</p>{_table(NAMES)}<p>{PAGE_BODY[1]}</p>"))
    assert res.summary == "经学员自评、导师推荐和学院评审，第三期研修班评选出优秀学员5名。"
    # a paragraph that goes on as usual still gives its first sentences
    assert clean_reprint(_page("".join(f"<p>{p}</p>" for p in PAGE_BODY))).summary.startswith(PAGE_BODY[0])


# ------------------------------------------------------------------ a government site's page (TRS-style CMS)

GOV_PAGE = """<html><head><title>{title}-某某市人民政府</title>{meta}</head><body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
<div class="left"><h3>热点专题</h3><ul><li><a href="/a">优化营商环境</a></li><li><a href="/b">乡村振兴</a></li></ul></div>
<div class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 部门动态</div>
<div class="title">{title}</div>
<div class="info"><span>信息来源：杭州市总工会</span><span>发布时间：2024-09-12 10:23</span><span>浏览次数：<em id="c"></em></span></div>
<div class="TRS_Editor"><style>.TRS_Editor P{{margin-top:5px;}}</style>{body}</div>
<div class="print"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="footer"><p>主办：某某市人民政府办公室</p><p>网站标识码：3707000001 鲁ICP备05012345号</p></div></body></html>"""


@pytest.mark.parametrize("meta", ['<meta name="ArticleTitle" content="{title}">', ""])
def test_a_government_sites_page_under_its_menus(meta):
    """The headline in a styled <div> after the site's menus and sidebar (seven blocks of links), named by the
    page's <title> with the site after a bare hyphen, or by ArticleTitle."""
    body = "".join(f"<p>\u3000\u3000{p}</p>" for p in PAGE_BODY)
    res = clean_reprint(GOV_PAGE.format(title=HEADLINE, meta=meta.format(title=HEADLINE), body=body))
    assert (res.title, res.source) == (HEADLINE, "杭州市总工会")
    assert res.published_at == dt.datetime(2024, 9, 12, 10, 23)
    assert _bodies(res) == PAGE_BODY


def test_an_agency_page_with_its_menu_its_related_headlines_and_its_rights_notice():
    """新华网: the site's menu on a line (新华网 | 首页 | 时政 | 地方) goes; the related headlines, each one link of a list,
    are a list of links (proposed, since each holds a clause); 均为新华网版权所有，未经协议授权，禁止下载使用 is a notice."""
    page = ('<html><head><title>{t}-新华网</title></head><body><div class="header">新华网 | 首页 | 时政 | 地方</div>'
            '<div class="h-title">{t}</div><div class="h-info"><span>2024-09-12 10:23:45</span><span>来源：新华网</span></div>'
            '<div id="detail">{body}<div>【责任编辑:刘亮】</div></div><div class="side"><h3>相关新闻</h3><ul>'
            '<li><a href="/1">全国总工会：推动劳模工匠学院建设，培养更多高技能人才</a></li>'
            '<li><a href="/2">山东：多地劳模工匠学院开展技能培训，助力产业工人队伍建设</a></li></ul></div>'
            '<div class="foot">本网站所刊登的各种新闻、信息和各种专题专栏资料，均为新华网版权所有，未经协议授权，禁止下载使用。</div>'
            "</body></html>").format(t=HEADLINE, body="".join(f"<p>{p}</p>" for p in PAGE_BODY))
    res = clean_reprint(page)
    assert (res.title, res.source, res.reviewer) == (HEADLINE, "新华网", "刘亮")
    assert _bodies(res)[:3] == PAGE_BODY and "新华网 | 首页 | 时政 | 地方" not in _bodies(res)
    related = [r for r in res.repairs if r.before.startswith(("全国总工会：", "山东："))]
    assert len(related) == 2 and all(r.label.startswith("链接列表") for r in related)
    notice = next(r for r in res.repairs if "禁止下载使用" in r.before)
    assert notice.kind == "notice"
    # a line of a heading's parts apart by bars, with no 首页, is the writer's
    assert "技能 | 创新 | 匠心" in _bodies(clean_reprint("\n".join([HEADLINE, PAGE_BODY[0], "技能 | 创新 | 匠心", PAGE_BODY[1]])))


def test_a_pasted_table_alone_is_html_and_a_long_one_is_read_in_one_pass():
    """A fragment that is only a <table> (copied from a page's body) is read as HTML, not removed as a line of
    page code; its header row is found once, not once a row (5,000 rows)."""
    rows = "".join(f"<tr><td>{n}</td><td>王强</td></tr>" for n in range(5000))
    res = clean_reprint(f"<table><thead><tr><th>序号</th><th>姓名</th></tr></thead><tbody>{rows}</tbody></table>")
    assert [(b.kind, b.text) for b in res.blocks[:2]] == [("th", "序号\t姓名"), ("tr", "0\t王强")] and len(res.blocks) == 5001


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=7, max_value=33), st.sampled_from(["\n", "\r\n", " \n  ", "\n\t"]), st.booleans())
def test_a_page_whose_source_is_wrapped_reads_without_spaces_in_its_words(width, newline, traditional):
    """A CMS that wraps its HTML source at a width: a line break between two Chinese characters is no
    space (CSS Text's segment-break rule), so 开班仪⏎式 reads 开班仪式, not 开班仪 式."""
    convert = s2t if traditional else (lambda s: s)
    def source(paragraph):  # cut every *width* characters, but never inside a number (a formatter keeps those)
        lines, line = [], ""
        for char, following in zip(paragraph, paragraph[1:] + " ", strict=True):
            line += char
            if len(line) >= width and not (char.isascii() and following.isascii()):
                lines, line = [*lines, line], ""
        return newline.join([*lines, line] if line else lines)

    body = "".join(f"<p>{source(p)}</p>\n" for p in PAGE_BODY)
    res = clean_reprint(convert(PAGE.format(title=HEADLINE, body=body)))
    assert [b.text for b in res.blocks] == [convert(p) for p in PAGE_BODY]


def test_a_line_break_between_english_words_in_the_source_is_a_space():
    body = "<p>9月10日，学院举办 Industrial\nRobot Maintenance 培训班，来自全市的86名职工参加。</p>"
    res = clean_reprint(PAGE.format(title=HEADLINE, body=body))
    assert "Industrial Robot Maintenance 培训班" in res.blocks[0].text


def pasted(paragraph, width):
    """The paragraph cut every *width* columns, as a PDF's lines are (a Chinese character or full-width
    mark takes two columns, as Unicode's East Asian Width has it)."""
    lines, line, used = [], "", 0
    for char in paragraph:
        cost = 2 if unicodedata.east_asian_width(char) in "WF" else 1
        if used + cost > width:
            lines, line, used = [*lines, line], "", 0
        line, used = line + char, used + cost
    return [*lines, line]


LONGER_BODY = [PAGE_BODY[0] + PAGE_BODY[1], PAGE_BODY[2] + "学院还将组织学员到企业现场开展实操训练，并进行结业考核。"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=40, max_value=90), st.sampled_from(["p", "div", "br"]), st.booleans())
def test_a_pdf_pasted_a_line_to_a_paragraph_is_joined_again(width, tag, traditional):
    """A PDF's text pasted into a rich-text editor: each line its own <p> (or <div>, or a <br> apart). The
    lines are joined as the plain-text judge joins a wrapped text; where a line ends a sentence a paragraph
    may end, so every paragraph out ends one, and no text is lost."""
    convert = s2t if traditional else (lambda s: s)
    lines = [convert(line) for p in LONGER_BODY for line in pasted(p, width)]
    if tag == "br":
        body = "<p>" + "<br>".join(lines) + "</p>"
    else:
        body = "".join(f"<{tag}>{line}</{tag}>" for line in lines)
    res = clean_reprint(PAGE.format(title=HEADLINE, body=body))
    texts = [b.text for b in res.blocks]
    assert "".join(texts) == "".join(lines)
    assert all(text.endswith(("。", "”")) for text in texts)
    assert any(r.kind == "linebreak" and r.accepted for r in res.repairs)


def test_items_set_apart_on_purpose_stay_apart_however_even_their_lengths():
    items = ["数控车床编程与操作实训课程高级研修班第一期", "工业机器人运维与故障诊断技能提升培训第二期",
             "电气自动化控制系统安装调试专项能力培训班次", "智能制造生产线数字化改造与管理骨干研修项目",
             "焊接工艺评定与特种焊接技术高级技师培训项目"]
    for marked in (items, [f"{i}. {item}" for i, item in enumerate(items, 1)], [f"● {item}" for item in items]):
        body = "<p>本期培训安排如下。</p>" + "".join(f"<p>{item}</p>" for item in marked) + "<p>欢迎报名参加。</p>"
        res = clean_reprint(PAGE.format(title=HEADLINE, body=body))
        assert len(res.blocks) == len(items) + 2
        assert not any(r.kind == "linebreak" for r in res.repairs)


def test_every_clean_article_as_html_paragraphs_keeps_its_paragraphs():
    from corpus import load_clean

    for article in load_clean():
        body = "".join(f"<p>{p}</p>" for p in article.paras)
        res = clean_reprint(PAGE.format(title=article.headline, body=body))
        assert not any(r.kind == "linebreak" for r in res.repairs), article.headline


@pytest.mark.parametrize("reading", ["<rt>láo</rt>", "<rp>(</rp><rt>láo</rt><rp>)</rp>", "<rt>ㄌㄠˊ</rt>",
                                     "<rtc><rt>láo</rt></rtc>"])
def test_a_rubys_reading_is_no_part_of_the_text(reading):
    """Pinyin or zhuyin set over a character (<ruby>劳<rt>láo</rt></ruby>) is its reading, not the article's."""
    body = "9月10日，杭州市总工会劳模工匠学院第三期技能提升班开班。"
    page = f"<h1>劳模工匠学院开班</h1><p>{body.replace('劳', f'<ruby>劳{reading}</ruby>')}</p>"
    assert [b.text for b in clean_reprint(page).blocks] == [body]


@pytest.mark.parametrize("wrap", [
    lambda text: f"<pre>{text}</pre>", lambda text: f'<div style="white-space: pre-wrap">{text}</div>',
    lambda text: f"<article><pre>\r\n{text}\r\n</pre></article>",
])
@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_preformatted_block_keeps_its_line_breaks(wrap, between):
    """A site that sets its text in <pre> (or white-space: pre-wrap) breaks its lines with the text's own line
    breaks, which html.parser's rules for source text had joined into one paragraph: read as a plain-text paste."""
    paragraphs = ["9月10日，杭州市总工会劳模工匠学院第三期技能提升班开班。", "本期培训为期五天，课程涵盖数控加工等内容。"]
    result = clean_reprint("<h1>劳模工匠学院开班</h1>" + wrap("2024-09-10 来源：杭州市总工会\n" + between.join(paragraphs)))
    assert [b.text for b in result.blocks] == paragraphs
    assert result.source == "杭州市总工会"
