"""Reprints from self-media platforms (百家号, 网易号, 头条号 accounts; found by building such pages by hand,
2026-12-06): the account under the headline over a stamp that says where the writer was, the platform and
the account on one line, and a reading list whose dates are other articles'."""
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zhtext_helpers import PAGE_BODY

from zhtext.metadata import parse_meta_line
from zhtext.reprint import clean_reprint
from zhtext.script import s2t

PROFILE = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HEADLINE = "杭州市总工会举办第三期劳模工匠学院技能提升班"
BODY = PAGE_BODY
# an account's name: common characters (a rare one may convert to two), Latin letters too (匠心talk)
ACCOUNT = st.text(st.sampled_from("职工之家匠心技能兴市工人劳动时代齐鲁长江南方东海新城talkAB"), min_size=2, max_size=8)
PROVINCE = st.sampled_from(["浙江", "山东", "上海", "内蒙古", "黑龙江", "广东", "香港"])
# where the writer was, as platforms print it after the time: glued, spaced, keyed
PLACE = st.sampled_from(["{p}", " {p}", " IP属地：{p}", " IP属地:{p}", " 发布于 {p}", "  {p}"])
STAMP_DATE = st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31))


def _bodies(result):
    return [b.text for b in result.blocks]


def _stamp(day, hour, minute, place, province):
    return f"{day:%Y-%m-%d} {hour:02d}:{minute:02d}{place.format(p=province)}"


@PROFILE
@given(ACCOUNT, STAMP_DATE, st.integers(0, 23), st.integers(0, 59), PLACE, PROVINCE, st.booleans(), st.booleans())
def test_an_account_over_a_placed_stamp_gives_the_source_and_date(account, day, hour, minute, place, province,
                                                                  follow, traditional):
    lines = [HEADLINE, account, _stamp(day, hour, minute, place, province), *(["关注"] if follow else []), *BODY]
    text = "\n".join(lines)
    text = s2t(text) if traditional else text
    res = clean_reprint(text)
    convert = s2t if traditional else (lambda s: s)
    assert res.title == convert(HEADLINE)
    assert res.source == convert(account)
    assert res.published_at == dt.datetime(day.year, day.month, day.day, hour, minute)
    assert _bodies(res) == [convert(p) for p in BODY]


@PROFILE
@given(ACCOUNT, STAMP_DATE, PROVINCE, st.sampled_from([" IP属地：{p}", " IP属地 {p}", " {p}", "{p}"]))
def test_an_account_and_its_placed_stamp_on_one_line(account, day, province, place):
    """百家号 on a phone: 职工之家 2024-09-12 10:23 IP属地：浙江 (the IP属地 piece is chrome anywhere else)."""
    line = f"{account} {day:%Y-%m-%d} 10:23{place.format(p=province)}"
    res = clean_reprint("\n".join([HEADLINE, line, *BODY]))
    assert (res.title, res.source) == (HEADLINE, account)
    assert res.published_at == dt.datetime(day.year, day.month, day.day, 10, 23)
    assert _bodies(res) == BODY


def test_a_name_over_a_bare_date_or_a_keyed_line_is_not_taken_for_an_account():
    # a column's name over the date alone (no place): only an account's post says where its writer was
    res = clean_reprint("\n".join([HEADLINE, "工匠风采", "2024-09-12 10:23", *BODY]))
    assert res.source == "" and "工匠风采" in _bodies(res)
    # a masthead over a headline over a placed stamp: the headline is longer, so it is no account
    res = clean_reprint("\n".join(["学习强国", "工匠学院开班", "2024-09-12 10:23浙江", *BODY]))
    assert res.title == "工匠学院开班" and res.source != "工匠学院开班"
    # a key and a stamp is never an account called 发布时间
    found = parse_meta_line("发布时间 2024-09-12 10:23")
    assert found is None or found.source == ""
    # a date and a place with no time may be a dateline's: not a stamp
    assert parse_meta_line("2024年9月12日浙江") is None
    # a forum's poster over 发表于 is deleted, never the source
    res = clean_reprint("\n".join(["标题：" + HEADLINE, "老王说技能", "发表于 2024-9-12 20:15", *BODY]))
    assert res.source == "" and "老王说技能" not in _bodies(res)


@PROFILE
@given(ACCOUNT, st.sampled_from(["百家号", "网易号", "搜狐号", "头条号", "企鹅号"]), st.sampled_from([" | ", "｜", " 丨 ", "·"]),
       st.booleans(), st.booleans())
def test_a_platform_and_its_account_on_one_line(account, platform, bar, account_first, traditional):
    line = f"{account}{bar}{platform}" if account_first else f"{platform}{bar}{account}"
    found = parse_meta_line(s2t(line) if traditional else line)
    assert found is not None and found.source == (s2t(account) if traditional else account)


def test_a_platform_line_over_a_weibo_style_stamp_with_a_place():
    """The headline after the header, the platform line over it and 2024-09-12 10:23 浙江 来自 百度APP."""
    res = clean_reprint("\n".join(["首页 > 新闻中心", "百家号 | 职工之家", "2024-09-12 10:23 浙江 来自 百度APP", "关注",
                                   HEADLINE, *BODY]))
    assert (res.title, res.source) == (HEADLINE, "职工之家")
    assert res.published_at == dt.datetime(2024, 9, 12, 10, 23)
    assert _bodies(res) == BODY
    assert parse_meta_line("24-5-16 18:02 山东 来自 iPhone客户端").date == dt.datetime(2024, 5, 16, 18, 2)


@PROFILE
@given(st.lists(st.tuples(st.sampled_from(["某市职工技能大赛决赛开幕", "某区劳模创新工作室挂牌", "浙江工匠学院首批学员结业"]),
                          STAMP_DATE), min_size=1, max_size=5),
       st.sampled_from(["相关推荐", "相关阅读", "推荐阅读", "往期推荐"]), st.booleans())
def test_a_reading_lists_dates_are_never_the_articles(listed, heading, header_date):
    """相关推荐 ⏎ title ⏎ 2023-11-02 …: the dates are the listed articles', removed with them; with no date in the
    header the article has none, not the first listed one's."""
    head = [HEADLINE, "职工之家", "2024-09-12 10:23浙江"] if header_date else [HEADLINE]
    foot = ["举报/反馈", heading] + [line for title, day in listed for line in (title, f"{day:%Y-%m-%d}")]
    res = clean_reprint("\n".join(head + BODY + foot))
    assert res.published_at == (dt.datetime(2024, 9, 12, 10, 23) if header_date else None)
    assert _bodies(res) == BODY


@pytest.mark.parametrize("line, place", [
    ("2024-09-12 10:23·山东", "山东"),
    ("发布于 2024-09-12 10:23・IP 属地浙江", "IP 属地浙江"),
    ("编辑于 2024-09-12 10:23・IP 属地浙江", "IP 属地浙江"),
    ("2024年09月12日 10:23 山东", "山东"),
])
def test_a_stamp_with_its_place_however_it_is_joined(line, place):
    found = parse_meta_line(line)
    assert found.date == dt.datetime(2024, 9, 12, 10, 23) and found.source == ""
    assert ("IP属地（删除）", place) in found.parts


def test_a_keyed_date_with_ip_location_after_it():
    found = parse_meta_line("发布时间：2024-09-12 10:23 IP属地：山东")
    assert found.date == dt.datetime(2024, 9, 12, 10, 23)
    found = parse_meta_line("职工之家 2024-09-12 10:23 · 山东")
    assert (found.source, found.date) == ("职工之家", dt.datetime(2024, 9, 12, 10, 23))


@PROFILE
@given(st.sampled_from(["李明", "王建国", "匠心老张"]), st.sampled_from(["", "制造业从业者，关注职业教育", "工会干部"]),
       st.sampled_from(["关注他", "关注她", "+ 关注"]), st.integers(1, 9999), st.booleans())
def test_a_qa_columns_author_block_and_buttons(author, about, follow, likes, traditional):
    """知乎: the author, a line about them and 关注他 under the headline; 编辑于 … at the end, then buttons."""
    head = [HEADLINE, author, *([about] if about else []), follow, f"{likes} 人赞同了该文章"]
    foot = ["编辑于 2024-09-12 10:23・IP 属地浙江", f"赞同 {likes}", "添加评论", "分享", "喜欢", "收藏", "申请转载"]
    text = "\n".join(head + BODY + foot)
    convert = s2t if traditional else (lambda s: s)
    res = clean_reprint(convert(text))
    assert (res.title, res.byline) == (convert(HEADLINE), convert(author))
    assert res.published_at == dt.datetime(2024, 9, 12, 10, 23)
    assert _bodies(res) == [convert(p) for p in BODY]


@PROFILE
@given(st.lists(st.sampled_from(["文字", "图片", "编辑", "初审", "复审", "终审", "二审", "监制", "出品", "策划", "统筹", "剪辑"]),
                min_size=3, max_size=8, unique=True),
       st.sampled_from(["｜", "：", " | "]), st.booleans())
def test_a_wechat_articles_staff_block_goes_whole(keys, bar, contact):
    """文字｜李明 ⏎ 初审｜刘洋 ⏎ 复审｜陈静 ⏎ 监制：赵强 ⏎ 出品：… ⏎ 投稿邮箱：…: every line is a credit, logged."""
    names = ["李明", "王芳", "张伟", "刘洋", "陈静", "杨帆", "赵强", "孙丽", "周杰", "吴敏", "郑浩", "冯雪"]
    staff = [f"{key}{bar}{name}" for key, name in zip(keys, names, strict=False)]
    res = clean_reprint("\n".join([HEADLINE, *BODY, *staff, *(["投稿邮箱：abc@163.com"] if contact else [])]))
    assert _bodies(res) == BODY


@pytest.mark.parametrize("header", [
    ["职工之家", "2024-09-12 10:23 发布于：浙江省", "来源：杭州工会"],   # 搜狐: the account, its stamp, then the source
    ["来源：杭州工会", "职工之家 2024-09-12 10:23 IP属地：浙江"],
    ["央视新闻客户端", "2024-09-12 10:23", "来源：杭州工会"],
])
def test_a_keyed_source_outranks_the_account_that_posted_it(header):
    res = clean_reprint("\n".join([HEADLINE, *header, *BODY]))
    assert res.source == "杭州工会" and res.published_at == dt.datetime(2024, 9, 12, 10, 23)
    assert _bodies(res) == BODY


@pytest.mark.parametrize("line, place", [
    ("2024-09-12 10:23 发布于：浙江省", "发布于：浙江省"),
    ("2024-09-12 10:23 发布于 浙江省杭州市", "发布于 浙江省杭州市"),
    ("2024-09-12 10:23·广西壮族自治区", "广西壮族自治区"),
])
def test_a_province_written_in_full(line, place):
    found = parse_meta_line(line)
    assert found.date == dt.datetime(2024, 9, 12, 10, 23) and ("IP属地（删除）", place) in found.parts
