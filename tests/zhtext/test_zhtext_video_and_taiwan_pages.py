"""Reprints from a video page (a player's controls copied a word a line, its loading line and clock, 播放量), a
Taiwan news site (a breadcrumb with slashes, 聯合報／記者王小明／台北即時報導, a font-size picker 字級設定： ⏎ 小 ⏎
中 ⏎ 大), a portal's read-aloud widget (点击播报本文，约) and 小字号, and a paginated article whose headline is
printed again over each page (标题（2）). Found by building such pages by hand, 2026-12-06."""
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zhtext_helpers import PAGE_BODY

from zhtext.chrome import find_chrome, is_control, is_pure_chrome
from zhtext.metadata import parse_meta_line
from zhtext.reprint import clean_reprint
from zhtext.script import s2t

PROFILE = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HEADLINE = "杭州劳模工匠学院第三期技能提升班开班"
BODY = PAGE_BODY
PLAYER = ["倍速", "1.0x", "2x", "高清", "标清", "全屏", "播放", "暂停", "弹幕", "静音", "画中画"]
SIZES = ["小", "中", "大", "特大", "标准", "A+", "A-"]


def _same(traditional):
    return s2t if traditional else (lambda s: s)


def _bodies(result):
    return [b.text for b in result.blocks]


@PROFILE
@given(st.lists(st.sampled_from(PLAYER), min_size=3, max_size=7), st.sampled_from(["00:00 / 03:25", "01:02:03/1:20:00", ""]),
       st.sampled_from(["视频加载中...", "视频加载中，请稍候…", "您的浏览器不支持video标签", ""]), st.booleans())
def test_a_video_pages_player(controls, clock, loading, traditional):
    convert = _same(traditional)
    player = [line for line in [loading, clock, *controls] if line]
    page = "\n".join(["首页 > 视频 > 工会动态", HEADLINE, "2024-09-12 10:23:45 来源：齐鲁工会视频", *player,
                      *BODY, "（记者 王强）", "播放量：1.2万", "点赞 326"])
    res = clean_reprint(convert(page))
    assert (res.title, res.source, res.byline) == (convert(HEADLINE), convert("齐鲁工会视频"), convert("王强"))
    assert res.published_at == dt.datetime(2024, 9, 12, 10, 23, 45)
    assert _bodies(res) == [convert(p) for p in BODY]


def test_a_players_word_alone_or_in_a_sentence_stays():
    """播放, 高清 or 大 on one line between paragraphs may be the writer's: only a run of three is a control."""
    page = "\n".join([HEADLINE, BODY[0], "播放", BODY[1], "大", "高清", BODY[2]])
    res = clean_reprint(page)
    assert "播放" in _bodies(res) and "大" in "".join(_bodies(res)) and "高清" in "".join(_bodies(res))
    assert clean_reprint("\n".join([HEADLINE, BODY[0], "学院播放了全屏高清的宣传片，学员们看得认真。"])).blocks[-1].text \
        == "学院播放了全屏高清的宣传片，学员们看得认真。"
    assert not is_control("播放宣传片") and not is_control("大家") and is_control("字級設定：") and is_control("1.5x")


def test_between_the_articles_sentences_a_run_of_controls_is_only_proposed():
    page = "\n".join([HEADLINE, BODY[0], "小", "中", "大", BODY[1], BODY[2]])
    res = clean_reprint(page)
    proposed = [r for r in res.repairs if r.label == "字号或播放器按钮"]
    assert [r.before for r in proposed] == ["小", "中", "大"] and not any(r.certain for r in proposed)


@pytest.mark.parametrize("traditional", [False, True])
def test_a_taiwan_news_page(traditional):
    """聯合新聞網: a breadcrumb with slashes, the outlet and its reporter after the date, the share and comment
    buttons and a font-size picker, a word a line."""
    page = "\n".join(["联合新闻网 / 生活 / 职场", HEADLINE, "2024-09-12 10:23 联合报／ 记者王小明／台北即时报导",
                      "分享", "留言", "字级设定：", "小", "中", "大", "特", *BODY, "延伸阅读", "技职教育新趋势 产学合作成主流"])
    convert = _same(traditional)
    res = clean_reprint(convert(page))
    assert (res.title, res.source, res.byline) == (convert(HEADLINE), convert("联合报"), convert("王小明"))
    assert res.published_at == dt.datetime(2024, 9, 12, 10, 23)
    assert _bodies(res) == [convert(p) for p in BODY]
    crumbs = next(r for r in res.repairs if r.before == convert("联合新闻网 / 生活 / 职场"))
    assert crumbs.certain and crumbs.accepted


@pytest.mark.parametrize(("line", "source", "byline"), [
    ("2024-09-12 10:23 中時新聞網／記者王小明", "中時新聞網", "王小明"),
    ("2024/09/12 10:23 ETtoday新聞雲／記者王小明／台北報導", "ETtoday新聞雲", "王小明"),
    ("2024/09/12 10:23 記者王小明、李大華／綜合報導", "", "王小明、李大華"),  # the names as printed, not simplified
    ("（記者鄭國華／台北報導）", "", "鄭國華"),
])
def test_taiwan_bylines_after_a_slash(line, source, byline):
    found = parse_meta_line(line)
    assert (found.source, found.byline) == (source, byline)


def test_an_outlet_before_its_date_under_the_headline():
    page = "\n".join([HEADLINE, "自由時報 2024/09/12 10:23 記者王小明／台北報導", *BODY])
    res = clean_reprint(page)
    assert (res.title, res.source, res.byline) == (HEADLINE, "自由時報", "王小明")
    assert res.published_at == dt.datetime(2024, 9, 12, 10, 23)
    # before the headline is found, a line's opening words are still its headline, as before
    assert parse_meta_line("工匠学院开班 2024-09-12", allow_title=True).title == "工匠学院开班"


@pytest.mark.parametrize("traditional", [False, True])
def test_a_portals_read_aloud_widget_and_font_size_are_not_its_source(traditional):
    page = "\n".join(["人民网 >> 地方 >> 山东", HEADLINE, "2024年09月12日10:23 | 来源：人民网－山东频道", "小字号",
                      "点击播报本文，约", *BODY, "(责编：张华、李娜)", "分享让更多人看到"])
    convert = _same(traditional)
    res = clean_reprint(convert(page))
    assert (res.title, res.source, res.reviewer) == (convert(HEADLINE), convert("人民网－山东频道"), convert("张华、李娜"))
    assert _bodies(res) == [convert(p) for p in BODY]
    assert not any("来源：小字号" in r.label or "來源" in r.label for r in res.repairs)
    # a header without a keyed source: 小字号 is still no outlet
    res = clean_reprint(convert("\n".join([HEADLINE, "2024年09月12日10:23", "小字号", *BODY])))
    assert res.source == ""


@pytest.mark.parametrize("line", ["点击播报本文，约 3 分钟", "全文共2345字，阅读大约需要5分钟", "本文约1200字，预计阅读时间：4分钟",
                                  "预计阅读时长 3 分钟", "播放量：1.2万", "播放次数 3,456"])
def test_reading_time_and_play_counts_are_chrome(line):
    assert is_pure_chrome(line) and is_pure_chrome(s2t(line))


def test_a_sentence_about_reading_time_stays():
    line = "学院组织职工阅读经典，每人每天阅读需要坚持30分钟以上。"
    assert find_chrome(line) == []


@PROFILE
@given(st.integers(2, 9), st.sampled_from(["（{n}）", "({n})", " 第{n}页", "（{cn}）"]), st.booleans())
def test_a_paginated_articles_headline_over_each_page(pages, mark, traditional):
    convert = _same(traditional)
    numerals = "一二三四五六七八九"
    lines = [HEADLINE, "2024年09月12日 10:23 来源：潍坊日报"]
    body = [f"{BODY[n % 3][:-1]}，第{n}段。" for n in range(pages * 2)]
    for page in range(pages):
        if page:
            lines.append(HEADLINE + mark.format(n=page + 1, cn=numerals[page]))
        lines += body[page * 2:page * 2 + 2]
        lines.append(" ".join(["上一页"] * bool(page) + [str(n + 1) for n in range(pages)] + ["下一页"] * (page < pages - 1)))
    res = clean_reprint(convert("\n".join(lines)))
    assert res.title == convert(HEADLINE)
    assert _bodies(res) == [convert(p) for p in body]


def test_another_headline_with_a_number_stays():
    """A line that starts like the headline but goes on is the writer's."""
    page = "\n".join([HEADLINE, "2024年09月12日 10:23 来源：潍坊日报", BODY[0], HEADLINE + "（2）之后学员们回到岗位", BODY[1]])
    res = clean_reprint(page)
    assert HEADLINE + "（2）之后学员们回到岗位" in _bodies(res)


@pytest.mark.parametrize("kind", ["新闻公报", "香港特别行政区政府 新闻公报"])
@pytest.mark.parametrize("traditional", [False, True])
def test_a_press_release_under_its_kind_of_page(traditional, kind):
    """A government press release: the page's kind (新聞公報, after the government's name or not: longer than the
    headline) over the headline, the headline over a row of stars, its date, and its hour on a line of its own,
    which is the date's time."""
    convert = _same(traditional)
    page = "\n".join([kind, HEADLINE, "＊" * 19, *("\u3000\u3000" + p for p in BODY), "完", "2024年9月12日（星期四）",
                      "香港时间16时30分"])
    res = clean_reprint(convert(page))
    assert res.title == convert(HEADLINE)
    assert _bodies(res) == [convert(p) for p in BODY]
    assert res.published_at == dt.datetime(2024, 9, 12, 16, 30)
    assert convert("香港时间16时30分") in res.date_text
    masthead = next(r for r in res.repairs if r.before == convert(kind))
    assert masthead.certain and masthead.accepted


@pytest.mark.parametrize(("clock", "time"), [("香港時間26時70分", (12, 0)), ("北京时间9时05分", (9, 5))])
def test_an_hour_on_its_own_line_only_where_it_can_be(clock, time):
    res = clean_reprint("\n".join([HEADLINE, *BODY, "2024年9月12日", clock]))
    assert (res.published_at.hour, res.published_at.minute) == time
    # a date printed with its time keeps it
    res = clean_reprint("\n".join([HEADLINE, "2024-09-12 10:23", *BODY, "2024年9月12日", clock]))
    assert (res.published_at.hour, res.published_at.minute) == (10, 23)


@pytest.mark.parametrize("traditional", [False, True])
def test_a_weibo_posts_topics_before_its_bracketed_headline(traditional):
    convert = _same(traditional)
    post = f"#劳模工匠学院# #技能培训# 【{HEADLINE}】{BODY[0]}{BODY[1]} \u200b\u200b"
    res = clean_reprint(convert("\n".join(["潍坊工会", "24-9-12 10:23 来自 iPhone客户端 已编辑", post, "转发 12", "评论 8", "赞 56"])))
    assert (res.title, res.source) == (convert(HEADLINE), convert("潍坊工会"))
    assert res.published_at == dt.datetime(2024, 9, 12, 10, 23)
    assert _bodies(res) == [convert(BODY[0] + BODY[1])]


@pytest.mark.parametrize("traditional", [False, True])
def test_a_short_videos_page(traditional):
    """抖音: the platform's name, the account over 关注, the caption with its #tags, the date, then the likes,
    comments and shares, each a count alone."""
    convert = _same(traditional)
    caption = "劳模工匠学院第三期研修班开班啦！"
    page = "\n".join(["抖音", "潍坊工会", "关注", caption + "#劳模工匠学院 #技能培训 #大国工匠", BODY[0], "发布时间：2024-09-12 10:23",
                      "1.2万", "326", "56", "分享", "举报"])
    res = clean_reprint(convert(page))
    assert res.byline == convert("潍坊工会")
    assert res.published_at == dt.datetime(2024, 9, 12, 10, 23)
    assert _bodies(res) == [convert(caption), convert(BODY[0])]


def test_tags_that_are_the_writers_stay():
    """Weibo's closed #话题# and a # inside a sentence are the writer's; only a caption's trailing tags go."""
    for line in ["#劳模工匠学院# 今天开班了，大家都来了。", "他在C#和Python课上学会了编程，很有收获。", "第#3号工位的设备已经更新完毕。"]:
        assert [c for c in find_chrome(line) if c.label == "话题标签"] == [], line


@pytest.mark.parametrize("traditional", [False, True])
def test_a_notes_post(traditional):
    """小红书: the account over 关注, the headline, the post, its #…[话题]# tags, 编辑于 with no year and the place
    (the date left for the editor), the comment box and the counts."""
    convert = _same(traditional)
    title = "参加劳模工匠学院研修班的第五天｜收获满满"
    page = "\n".join(["小红书", "职工小李", "关注", title, *BODY, "#劳模工匠学院[话题]# #技能提升[话题]#", "编辑于 09-12 山东",
                      "共 18 条评论", "说点什么...", "328", "56", "23"])
    res = clean_reprint(convert(page))
    assert (res.title, res.byline, res.published_at) == (convert(title), convert("职工小李"), None)
    assert _bodies(res) == [convert(p) for p in BODY]
    stamp = next(r for r in res.repairs if r.before == convert("编辑于 09-12 山东"))
    assert "无年份" in stamp.label


@pytest.mark.parametrize("line", ["编辑于 09-12 山东", "发布于 昨天 18:02 浙江", "编辑于 3天前", "发布于 09-12 18:02 IP属地：上海"])
def test_a_stamp_without_a_year_is_read_and_gives_no_date(line):
    found = parse_meta_line(line)
    assert found is not None and found.date is None and found.parts


def test_a_video_sites_page():
    """哔哩哔哩: a headline ending in ？ over the plays (1.2万) and danmaku (12) counts and the date, the uploader
    over 发消息 and 关注 1.3万, the counts under the description."""
    title = "劳模工匠学院第三期研修班开班｜五天学了啥？"
    page = "\n".join(["哔哩哔哩", title, "1.2万", "12", "2024-09-12 10:23:45", "未经作者授权，禁止转载", "潍坊工会", "发消息",
                      "关注 1.3万", *BODY, "326", "56", "23", "分享"])
    res = clean_reprint(page)
    assert (res.title, res.title_origin, res.byline) == (title, "text", "潍坊工会")
    assert res.published_at == dt.datetime(2024, 9, 12, 10, 23, 45)
    assert _bodies(res) == BODY


def test_a_first_line_ending_in_an_exclamation_is_no_headline_without_metadata_under_it():
    res = clean_reprint("\n".join(["今天我们开班了！", *BODY]))
    assert res.blocks[0].text == "今天我们开班了！" and res.title_origin == "generated"


@pytest.mark.parametrize("traditional", [False, True])
def test_a_news_apps_page_under_its_name(traditional):
    """澎湃新闻: the app's name over the headline, "outlet记者 name" over the date, a picture's buttons and a gallery's
    counter between paragraphs, 展开剩余 70%, 图片编辑 beside 责任编辑, 校对, the outlet's 报料 line, +1 and 我要举报."""
    convert = _same(traditional)
    page = "\n".join(["澎湃新闻", HEADLINE, "澎湃新闻记者 李明", "2024-09-12 10:23 来源：澎湃新闻", "字号", BODY[0], "点击查看大图",
                      BODY[1], "1/3", "展开剩余 70%", BODY[2], "责任编辑：张华 图片编辑：王芳", "校对：刘洋", "澎湃新闻报料：021-962866",
                      "+1", "收藏", "我要举报"])
    res = clean_reprint(convert(page))
    assert (res.title, res.source, res.byline, res.reviewer) == (
        convert(HEADLINE), convert("澎湃新闻"), convert("李明"), convert("张华"))
    assert res.published_at == dt.datetime(2024, 9, 12, 10, 23)
    assert _bodies(res) == [convert(p) for p in BODY]


def test_a_portals_account_page_under_its_name():
    """腾讯新闻: the portal's name over the headline, the account over its stamp (…官方账号 after the time), +关注,
    文 | 李明 (a keyed byline outranks the account's name), the platform's disclaimer proposed, [编辑：王五]."""
    page = "\n".join(["腾讯新闻", HEADLINE, "潍坊工会", "2024-09-12 10:23发布于山东潍坊市总工会官方账号", "+关注", "文 | 李明", *BODY,
                      "本文来自腾讯新闻客户端创作者，不代表腾讯新闻的观点和立场。", "[编辑：王五]"])
    res = clean_reprint(page)
    assert (res.title, res.byline, res.reviewer) == (HEADLINE, "李明", "王五")
    assert res.published_at == dt.datetime(2024, 9, 12, 10, 23)
    assert _bodies(res)[:3] == BODY
    disclaimer = next(r for r in res.repairs if r.before.startswith("本文来自腾讯新闻"))
    assert disclaimer.kind == "notice"


@pytest.mark.parametrize("line", ["点击查看大图", "查看原图", "2/12", "展开剩余 70%", "我要举报", "+1", "本报报料热线：0536-1234567"])
def test_picture_buttons_counters_and_contact_lines_are_chrome(line):
    assert is_pure_chrome(line) and is_pure_chrome(s2t(line))


def test_a_fraction_in_a_sentence_stays():
    line = "学院的实训课时占总课时的2/3，学员们在车间里完成了大部分学习。"
    assert find_chrome(line) == []


@pytest.mark.parametrize("traditional", [False, True])
def test_a_portals_buttons_a_line_each_and_the_count_under_them(traditional):
    """新浪: the portal's name, the headline, "date outlet", its app's name and six buttons a line each, then a count
    alone: the header's edge is counted in lines that are more than chrome, so the count is still the header's."""
    convert = _same(traditional)
    page = "\n".join(["新浪新闻", HEADLINE, "2024年09月12日 10:23 潍坊日报", "新浪财经APP", "缩小字体", "放大字体", "收藏", "微博",
                      "微信", "分享", "0", *BODY, "海量资讯、精准解读，尽在新浪财经APP", "责任编辑：张文 SF183"])
    res = clean_reprint(convert(page))
    assert (res.title, res.source, res.reviewer) == (convert(HEADLINE), convert("潍坊日报"), convert("张文"))
    assert _bodies(res) == [convert(p) for p in BODY]


def test_a_portals_place_stamp_and_its_source_after_a_space():
    """凤凰网: "date  来自北京" (where the writer was) and "来自 潍坊日报" (the source, an outlet after the key and a
    space); "来自 iPhone客户端" names a device, never a source."""
    page = "\n".join(["凤凰网资讯 > 社会", HEADLINE, "2024年09月12日 10:23:45  来自北京", "来自 潍坊日报", *BODY])
    res = clean_reprint(page)
    assert (res.title, res.source, res.published_at) == (HEADLINE, "潍坊日报", dt.datetime(2024, 9, 12, 10, 23, 45))
    assert _bodies(res) == BODY
    assert parse_meta_line("来自 iPhone客户端") is None and parse_meta_line("来自全市的职工") is None
