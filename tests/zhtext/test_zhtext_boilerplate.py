import pytest

from zhtext.boilerplate import (
    DEFAULT_INJECTION_PATTERNS,
    find_injections,
    parse_credit,
    remove_injections,
    split_trailing_credit,
)
from zhtext.chrome import find_chrome, find_notices


def covered(line, spans):
    """What is left of *line* once the spans are cut out (spaces ignored)."""
    keep = [True] * len(line)
    for sp in spans:
        keep[sp.start : sp.end] = [False] * (sp.end - sp.start)
    return "".join(c for c, k in zip(line, keep, strict=True) if k).strip()



@pytest.mark.parametrize(
    "line",
    [
        "① 凡本站注明“稿件来源:某某网 ”的所有文字、图片和音视频稿件,版权均属本网所有。",
        "② 本站注明稿件来源为其他媒体的文/图等稿件均为转载稿,本站转载出于非商业性的教育和科研之目的。",
        "凡本站註明“稿件來源”的稿件，版權均屬本網所有。",  # Traditional
    ],
)
def test_notice_paragraphs(line):
    assert covered(line, find_notices(line)) == ""


@pytest.mark.parametrize(
    "line",
    [
        "简体|繁體",
        "简体 | 繁体",
        "浏览次数：1234",
        "阅读量：56",
        "首页 > 新闻中心 > 工会动态",
        "https://www.example.com/news/2024/0426.html",
        "当前位置：首页",
    ],
)
def test_page_chrome(line):
    assert covered(line, find_chrome(line)) == ""


@pytest.mark.parametrize(
    "line",
    ["匠师引路，铸才育能", "本文阅读量突破十万后引发关注，网友纷纷留言。", "活动由闵行区总工会主办。"],
)
def test_article_text_is_not_chrome(line):
    assert find_chrome(line) == [] and find_notices(line) == []


def test_injection_patterns():
    text = "本报讯 金宝搏188入口 4月26日，188BET与必威体育官网、bet365、雷竞技、澳门新葡京都是博彩网站"
    names = [f.name for f in find_injections(text)]
    assert names == ["金宝搏188入口", "188BET", "必威体育官网", "bet365", "雷竞技", "澳门新葡京"]
    assert len(DEFAULT_INJECTION_PATTERNS) >= 15


@pytest.mark.parametrize(
    "text",
    [
        "开云集团旗下品牌",
        "意大利威尼斯人热爱划船",
        "这势必威胁安全",
        "亚博会开幕",
        "半岛电视台报道",
        "伟德同学获奖",
    ],
)
def test_ordinary_words_are_not_injections(text):
    assert find_injections(text) == []


def test_fenced_injection_removed_inner_one_flagged():
    text, removed, flagged = remove_injections("本报讯 金宝搏188入口 活动由乐鱼体育赞助举办。")
    assert text == "本报讯 活动由乐鱼体育赞助举办。"
    assert [f.name for f in removed] == ["金宝搏188入口"]
    assert [f.name for f in flagged] == ["乐鱼体育"]  # removing it would break the sentence


def test_extra_injections():
    text, removed, _ = remove_injections("活动圆满结束。 某某娱乐城", extra=["某某娱乐城"])
    assert text == "活动圆满结束。"
    assert [f.name for f in removed] == ["某某娱乐城"]


@pytest.mark.parametrize(
    ("line", "byline", "reviewer"),
    [
        ("(撰稿:薛蕊;審核:陳守學).", "薛蕊", "陳守學"),
        ("（撰稿：薛蕊；审核：陈守学）", "薛蕊", "陈守学"),
        ("责任编辑：张三", "", "张三"),
        ("（记者 王五）", "王五", ""),
        ("编辑：王芳 审核：刘强", "", "刘强"),
    ],
)
def test_credit_lines(line, byline, reviewer):
    credit = parse_credit(line)
    assert credit is not None
    assert (credit.byline, credit.reviewer) == (byline, reviewer)


@pytest.mark.parametrize("line", ["(AI)", "活动由总工会主办。", "（见附件）", "文化：历史悠久"])
def test_not_credit_lines(line):
    assert parse_credit(line) is None


def test_trailing_credit_split():
    body, credit = split_trailing_credit("在建設征程中建功立業。（撰稿：薛蕊；審核：陳守學）")
    assert body == "在建設征程中建功立業。"
    assert credit and credit.byline == "薛蕊"


@pytest.mark.parametrize("sentence", [
    "区总工会表示，将通过手机App公布驿站位置，方便户外劳动者就近找到驿站。",
    "市总工会介绍，职工可用手机扫码报名参加培训。",
])
def test_a_scan_prompt_glued_to_a_sentence_is_dropped_and_the_sentence_kept(sentence):
    """扫一扫 … 手机 is one prompt only within a clause: a comma ends it (Hypothesis found 扫一扫区总工会表示，…手机)."""
    from zhtext.reprint import clean_reprint

    out = [block.text for block in clean_reprint("扫一扫" + sentence).blocks]
    assert out == [sentence]
