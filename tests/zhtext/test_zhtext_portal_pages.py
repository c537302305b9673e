"""Reprints from a portal's article page (网易-style), a news app (outlet and author over the date), a
college's own site and a 澎湃号 page (found by building such pages by hand, 2026-12-06): counts printed short
(1.2万) or alone, buttons as words (分享至, 字号, 跟贴), the CMS's 发布者, a two-step breadcrumb, a platform's
disclaimer; and a typed ㄧ for 一."""
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zhtext_helpers import PAGE_BODY

from zhtext.chrome import find_chrome, find_notices, is_pure_chrome
from zhtext.header import outlet_and_authors
from zhtext.lookalikes import find_strays
from zhtext.metadata import parse_meta_line
from zhtext.reprint import clean_reprint
from zhtext.script import s2t

PROFILE = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HEADLINE = "杭州劳模工匠学院第三期技能提升班开班"
BODY = PAGE_BODY
SURNAME_NAME = st.tuples(st.sampled_from("王李张刘陈杨赵黄周吴"), st.text(st.sampled_from("明华建国伟芳军红"), min_size=1, max_size=2))
# a large count as apps print it: 12, 1,234, 1.2万, 3w+, 10万+
COUNT = st.one_of(st.integers(0, 99999).map(str), st.tuples(st.integers(1, 99), st.integers(1, 9)).map(lambda t: f"{t[0]}.{t[1]}万"),
                  st.integers(1, 99).map(lambda n: f"{n}w+"), st.integers(1, 99).map(lambda n: f"{n}万+"))


def _bodies(result):
    return [b.text for b in result.blocks]


@pytest.mark.parametrize("traditional", [False, True])
def test_a_portals_article_page(traditional):
    page = "\n".join(["网易首页 > 新闻中心 > 滚动新闻 > 正文", HEADLINE, "2024-09-12 10:23:45\u3000来源: 中工网", "举报", "0",
                      "分享至", *BODY, "本文来源：中工网 作者：李明", "责任编辑：王晓_NE0011"])
    convert = s2t if traditional else (lambda s: s)
    res = clean_reprint(convert(page))
    assert (res.title, res.source, res.byline, res.reviewer) == (convert(HEADLINE), convert("中工网"), "李明", convert("王晓"))
    assert res.published_at == dt.datetime(2024, 9, 12, 10, 23, 45)
    assert _bodies(res) == [convert(p) for p in BODY]


@PROFILE
@given(st.sampled_from(["人民日报客户端", "某某新闻客户端", "潍坊日报", "中工网"]), SURNAME_NAME,
       st.sampled_from(["浙江频道", "山东频道", ""]), COUNT, st.booleans())
def test_a_news_apps_outlet_and_author_over_the_date(outlet, name, channel, count, traditional):
    author = "".join(name)
    head = ([f"{outlet}{channel}"] if channel else []) + [HEADLINE, f"{outlet} {author}", f"2024-09-12 10:23 浏览量{count}"]
    page = "\n".join([*head, *BODY, f"本文已被浏览 {count} 次", "分享到："])
    convert = s2t if traditional else (lambda s: s)
    res = clean_reprint(convert(page))
    assert (res.title, res.source, res.byline) == (convert(HEADLINE), convert(outlet), convert(author))
    assert res.published_at == dt.datetime(2024, 9, 12, 10, 23)
    assert _bodies(res) == [convert(p) for p in BODY]


def test_an_outlet_and_what_is_not_an_author():
    assert outlet_and_authors("人民日报客户端 李明 王芳").byline == "李明、王芳"
    for line in ["潍坊日报 报道", "中工网 综合", "人民日报客户端 发布", "他说 好的", "学院 李明"]:
        assert outlet_and_authors(line) is None, line
    # an outlet and a name that no date follows is text
    res = clean_reprint("\n".join([HEADLINE, "潍坊日报 李明", *BODY]))
    assert "潍坊日报 李明" in _bodies(res) and res.source == ""


@pytest.mark.parametrize("traditional", [False, True])
def test_a_colleges_own_page(traditional):
    page = "\n".join(["当前位置：首页 > 学院新闻", HEADLINE, "发布者：宣传部\u3000发布时间：2024-09-12\u3000浏览次数：1234",
                      "【字体：大 中 小】【打印本页】【关闭窗口】", *BODY, "上一篇：学院召开2024年工作会议", "下一篇：工匠学院举办技能比武"])
    convert = s2t if traditional else (lambda s: s)
    res = clean_reprint(convert(page))
    assert (res.title, res.source) == (convert(HEADLINE), "")  # who typed it in is logged, not the source
    assert res.published_at.date() == dt.date(2024, 9, 12)
    assert _bodies(res) == [convert(p) for p in BODY]
    found = parse_meta_line("录入：admin\u3000发布时间：2024-09-12")
    assert found.source == "" and ("发布者（删除）", "admin") in found.parts


def test_a_paper_platform_page_and_its_disclaimer():
    disclaimer = ("本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，"
                  "澎湃新闻仅提供信息发布平台。")
    res = clean_reprint("\n".join([HEADLINE, "澎湃号·政务 > 杭州工会", "2024-09-12 10:23 来源：澎湃新闻·澎湃号·政务", "字号",
                                   *BODY, disclaimer]))
    assert res.title == HEADLINE and _bodies(res)[:3] == BODY
    assert any(r.kind == "notice" and r.before == disclaimer for r in res.repairs)  # proposed: it is a sentence
    assert find_notices("文章仅代表该作者观点。") and find_notices("本站仅提供信息存储空间服务。")


@PROFILE
@given(COUNT, st.sampled_from(["浏览量", "阅读量", "浏览次数：", "阅读："]))
def test_a_count_printed_short_is_taken_whole(count, key):
    spans = find_chrome(f"{key}{count}")
    assert [(s.start, s.end) for s in spans] == [(0, len(key) + len(count))]
    assert find_chrome(f"本文已被浏览 {count} 次")[0].end == len(f"本文已被浏览 {count} 次")


@pytest.mark.parametrize("line, chrome", [
    ("分享至", True), ("字号", True), ("0 跟贴", True), ("澎湃号·政务 > 杭州工会", True), ("首页 > 新闻", True),
    ("学徒→工匠", False), ("“制造”>“智造”", False), ("温度>30度", False),
])
def test_buttons_and_short_breadcrumbs(line, chrome):
    assert is_pure_chrome(line) is chrome


def test_a_count_alone_goes_only_at_the_top_and_never_a_year():
    res = clean_reprint("\n".join([HEADLINE, "2024-09-12 10:23", "举报", "12", *BODY, "3"]))
    assert _bodies(res) == [*BODY, "3"]  # the count under the header goes; a 3 after the article is not ours to judge
    res = clean_reprint("\n".join([HEADLINE, "2024-09-12 10:23", "2019", *BODY]))
    assert "2019" in _bodies(res)


@pytest.mark.parametrize("text, fixed", [
    ("首批一百六十名ㄧ線裝配工人參加。", "一"),  # 名界線 scores near 名一線: a typed ㄧ is the likelier
    ("首批ㄧ线职工参加培训。", "一"),
    ("他是ㄧ名老工人。", "一"),
])
def test_a_typed_bopomofo_yi_is_one(text, fixed):
    (stray,) = find_strays(text)
    assert (stray.replacement, stray.certain) == (fixed, True)


def test_a_line_art_dash_between_names_is_not_made_one():
    (stray,) = find_strays("从北京─上海的高铁线路今年开通了。")
    assert stray.replacement != "一" or not stray.certain


HK_BODY = [
    "9月10日，杭州市總工會勞模工匠學院第三期技能提升班開班，來自全市32家企業的86名一線職工參加培訓。",
    "本期培訓為期五天，課程涵蓋數控加工、工業機器人運維和電氣自動化等內容。",
]


@pytest.mark.parametrize("section", ["社會新聞", "港聞", "即時新聞", "财经频道"])
def test_a_hong_kong_portals_page(section):
    """A section over the headline (named like an outlet, publishing nothing), 撰文, 出版 and 更新, 最新影片."""
    page = "\n".join([section, "杭州勞模工匠學院技能提升班開班", "撰文：李明", "出版：2024-09-12 10:23", "更新：2024-09-12 12:05",
                      "分享", *HK_BODY, "責任編輯：王曉", "最新影片"])
    res = clean_reprint(page)
    assert (res.title, res.source, res.byline, res.reviewer) == ("杭州勞模工匠學院技能提升班開班", "", "李明", "王曉")
    assert res.published_at == dt.datetime(2024, 9, 12, 10, 23)  # 出版, not 更新
    assert _bodies(res) == HK_BODY


@PROFILE
@given(st.lists(SURNAME_NAME.map("".join), min_size=1, max_size=3, unique=True),
       st.sampled_from(["台北", "杭州", "華盛頓", "上海", "東京"]), st.integers(1, 28))
def test_a_taiwan_agencys_page(names, place, day):
    dateline = f"（中央社記者{'、'.join(s2t(n) for n in names)}{place}{day}日電）"
    page = "\n".join(["杭州勞模工匠學院開班", f"2024/9/{day} 10:23（9/{day} 12:05 更新）", "字級", "分享",
                      dateline + HK_BODY[0], HK_BODY[1] + "（編輯：王曉）1130912"])
    res = clean_reprint(page)
    assert (res.source, res.byline, res.reviewer) == ("中央社", "、".join(s2t(n) for n in names), "王曉")
    assert res.published_at == dt.datetime(2024, 9, day, 10, 23)
    assert _bodies(res) == [dateline + HK_BODY[0], HK_BODY[1]]


def test_a_date_with_its_update_note():
    found = parse_meta_line("2024/9/12 10:23（9/12 12:05 更新）")
    assert found.date == dt.datetime(2024, 9, 12, 10, 23) and ("更新时间（删除）", "（9/12 12:05 更新）") in found.parts
    assert parse_meta_line("王建国（编辑）") is None and parse_meta_line("潍坊日报（更新）") is None


@pytest.mark.parametrize("text, kept", [
    ("入选人员将获得导师结对、，外出研修和项目资助等支持。", "导师结对、外出研修"),  # the list goes on
    ("他们学习焊接、，车工、钳工等技能。", "焊接、车工"),
    ("培训涵盖焊接、，车工和钳工。", "焊接、车工"),
    ("开设3D打印、，工业互联网和新能源汽车维修等课程。", "3D打印、工业互联网"),  # longer items
    ("发布了自动化码头智能理货、，岸桥远程操控和5G专网巡检三项新成果。", "智能理货、岸桥远程操控"),
    ("学员们掌握了焊接、，大家都说收获很大。", "焊接，大家"),
    ("课程包括焊接、，学员反响很好。", "焊接，学员"),  # a clause follows: the comma
    ("他说：“好、，我们明天再来和大家见面，一起努力。”", "好，我们"),
])
def test_an_enumeration_comma_before_a_comma_stays_where_the_list_goes_on(text, kept):
    assert kept in clean_reprint(text).blocks[0].text


LONG = ["9月10日，杭州市总工会劳模工匠学院第三期技能提升班开班，来自全市32家企业的86名一线职工参加培训。本期培训为期五天，"
        "课程涵盖数控加工、工业机器人运维和电气自动化等内容，由5名全国劳模和浙江工匠担任授课老师。",
        "“希望大家把学到的本领带回岗位。”全国劳动模范王建国在开班仪式上说。他告诉记者，培训结束后，学员们将回到各自岗位，"
        "把新技术用到生产一线。"]


@PROFILE
@given(st.integers(18, 34), st.data(),
       st.sampled_from(["中国工人 2024年第9期 · {n} ·", "· {n} · 中国工人 2024年第9期", "— {n} —", "《中国工人》2024年第9期",
                        "· {n} · 工人日报 2024年9月"]))
def test_a_printed_pages_number_or_running_head_is_read_across(width, data, furniture):
    """A magazine copied from its PDF: lines wrapped at the column's width, and where a page ends its number or
    running head stands between two lines of one paragraph. The text reads across it: nothing of the page's
    furniture stays, and nothing of the article is lost (a wrap that falls on a sentence's end is only
    proposed for joining, as anywhere: a paragraph could end there)."""
    lines = []
    for paragraph in LONG:
        wrapped = [paragraph[i:i + width] for i in range(0, len(paragraph), width)]
        at = data.draw(st.integers(1, len(wrapped) - 1))
        lines += wrapped[:at] + [furniture.format(n=data.draw(st.integers(1, 300)))] + wrapped[at:] + [""]
    res = clean_reprint("\n".join(["工匠学院：让一线职工学有所成", "文／李明", "", *lines, "作者单位：杭州市总工会"]))
    assert (res.title, res.byline) == ("工匠学院：让一线职工学有所成", "李明")
    assert "".join(_bodies(res)) == "".join(LONG)
    assert len(_bodies(res)) <= len(LONG) + 2


@pytest.mark.parametrize("line, furniture", [
    ("中国工人 2024年第9期 · 12 ·", True), ("— 3 —", True), ("《中国工人》2024年第9期", True),
    ("工人日报 2024年9月", False),  # an outlet and a month with no page mark may be the header's source and date
    ("劳模工匠学院2024年第3期培训班开班", False), ("2024年第9期", False),
])
def test_what_counts_as_page_furniture(line, furniture):
    from zhtext.chrome import is_page_furniture

    assert is_page_furniture(line) is furniture


def test_an_apps_outlet_over_the_date_and_its_prompts():
    res = clean_reprint("\n".join([HEADLINE, "央视新闻客户端", "2024-09-12 10:23", "打开央视新闻，看更多精彩内容", *BODY,
                                   "编辑：李明 责任编辑：王晓", "打开央视新闻客户端"]))
    assert (res.title, res.source) == (HEADLINE, "央视新闻客户端")
    assert _bodies(res) == BODY
    # a column's name over a bare date is not an outlet's, and stays
    assert "工匠风采" in _bodies(clean_reprint("\n".join([HEADLINE, "工匠风采", "2024-09-12 10:23", *BODY])))


@pytest.mark.parametrize("line, byline", [("文／李明", "李明"), ("文/李明 图/王芳", "李明、王芳"), ("文/图 李明", "李明")])
def test_a_magazines_slash_credit(line, byline):
    assert parse_meta_line(line).byline == byline
