"""Lines that national and provincial media sites print around an article (人民网, 光明网, 凤凰网, 上观新闻, 齐鲁网,
工人日报, 网易), and Taiwan's and Hong Kong's (自由時報, 聯合新聞網, 中時, ETtoday, 三立, TVBS, 風傳媒, 東網), found by
pasting each above and below an article, 2026-12-08: the comment box's words, a 点击排行 box, share targets a word a
line, an app's lottery, an account's ID line, credits for the page's staff and its picture, an outlet's compile
credit (凤凰网山东综合), a dateline with the outlet's channel, an outlet's name alone under the headline or at the
end, the platforms' notes on who hosts what; and a headline over a notice or a picture's caption."""
import pytest
from zhtext_helpers import PAGE_BODY, PAGE_HEADLINE, assert_line_goes, page_with

from zhtext.chrome import find_notices
from zhtext.dateline import credit_line
from zhtext.reprint import clean_reprint
from zhtext.script import s2t

HEADLINE = PAGE_HEADLINE
CHROME = ["点击排行", "热门排行", "用户评论", "网友评论", "发表", "已有0人参与", "已有1,024人参与", "登录后参与评论",
          "ID：jrtt", "微信号：hzgh_2024"]
# Taiwan's and Hong Kong's, written in Traditional (the tests convert the rest)
TAIWAN = ["不用抽 不用搶 現在用APP看新聞 保證天天中獎", "點我訂閱自由財經Youtube頻道",
          "今日熱門", "網友回應", "讀者迴響", "facebook", "line", "twitter", "email", "Follow 我們", "udn討論區", "0 則留言",
          "本文版權所有", "加入中時LINE好友", "更多風傳媒報導", "返回頁首",
          # Hong Kong's
          "分享：Facebook WhatsApp", "按此訂閱", "字型大小", "新聞稿", "新聞公報", "香港時間 下午3時30分"]
CREDITS = ["栏目主编：王某", "文字编辑：李某", "题图来源：视觉中国", "题图：视觉中国", "責任編輯/王大明", "社會中心／王大明報導",
           "TVBS新聞 ‧ 2024年9月10日 上午10:23"]
# sentences, so the editor removes them: proposed, never taken out on their own
PROPOSED = ["文明上网理性发言，请遵守新闻评论服务协议", "网友评论仅供其表达个人看法，并不表明本站同意其观点或证实其描述",
            "本文来自【中工网】，仅代表作者观点。全国党媒信息公共平台提供信息发布传播服务。",
            "特别声明：以上内容为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。",
            "人民网版权所有，未经书面授权禁止使用", "想看更多新聞嗎？現在用App看新聞還能抽獎", "※ 歡迎用「轉貼」或「分享」的方式轉載，禁止任意全文複製貼上"]


def _page(line, where):
    return page_with(line, where).split("\n")


@pytest.mark.parametrize("traditional", [False, True])
@pytest.mark.parametrize("where", ["top", "bottom"])
@pytest.mark.parametrize("line", CHROME + TAIWAN + CREDITS)
def test_a_media_sites_line_goes(line, where, traditional):
    assert_line_goes(line, where, traditional)


@pytest.mark.parametrize("traditional", [False, True])
@pytest.mark.parametrize("where", ["top", "bottom"])
@pytest.mark.parametrize("line", PROPOSED)
def test_a_notice_waits_for_the_editor_and_the_headline_over_it_is_still_the_headline(line, where, traditional):
    convert = s2t if traditional else (lambda s: s)
    res = clean_reprint(convert("\n".join(_page(line, where))))
    assert res.title == convert(HEADLINE) and res.title_origin == "text"
    pending = [r for r in res.repairs if not r.accepted]
    assert [r.before for r in pending] == [convert(line)]
    accepted = clean_reprint(convert("\n".join(_page(line, where))), accept_all=True)
    assert [b.text for b in accepted.blocks] == [convert(p) for p in PAGE_BODY]


@pytest.mark.parametrize(("line", "source", "byline"), [
    ("凤凰网山东综合", "凤凰网山东", ""),
    ("看看新闻Knews综合", "看看新闻Knews", ""),
    ("中新网综合报道", "中新网", ""),
    ("工人日报—中工网记者 王某", "工人日报—中工网", "王某"),
    ("齐鲁网·闪电新闻9月10日讯", "齐鲁网·闪电新闻", ""),
    ("聯合新聞網 / 記者王大明／即時報導", "聯合新聞網", "王大明"),
    ("on.cc東網專訊", "on.cc東網", ""),
])
def test_an_outlets_credit_on_a_line_of_its_own_names_the_source(line, source, byline):
    found = credit_line(line)
    assert (found.source, found.byline) == (source, byline)
    res = clean_reprint("\n".join([HEADLINE, line, *PAGE_BODY]))
    assert (res.title, res.source, res.byline) == (HEADLINE, source, byline)
    assert [b.text for b in res.blocks] == PAGE_BODY


@pytest.mark.parametrize("line", ["全网综合", "综合", "这是综合", "学院综合楼"])
def test_a_word_before_综合_that_names_no_outlet_is_no_credit(line):
    assert credit_line(line) is None


@pytest.mark.parametrize("sentence", [
    "学员们在点击排行榜上的课程中挑选了三门。",  # chrome's words inside a sentence stay
    "他说，发表评论之前要先读懂原文。",
    "已有86人参与培训，全部通过考核。",
])
def test_the_words_inside_a_sentence_stay(sentence):
    res = clean_reprint("\n".join([HEADLINE, *PAGE_BODY[:2], sentence, PAGE_BODY[2]]))
    assert sentence in [b.text for b in res.blocks]
    assert not find_notices(sentence)


@pytest.mark.parametrize("where", ["top", "bottom"])
@pytest.mark.parametrize("outlet", ["潍坊日报", "上观新闻", "央视新闻客户端", "TVBS新聞網", "ETtoday新聞雲", "on.cc東網", "公視新聞網",
                                    "三立新聞網 setn.com"])
def test_an_outlets_name_alone_under_the_headline_or_at_the_end_is_the_source(outlet, where):
    res = clean_reprint("\n".join(_page(outlet, where)))
    assert res.title == HEADLINE and [b.text for b in res.blocks] == PAGE_BODY
    assert res.source == outlet.replace(" setn.com", "")


@pytest.mark.parametrize("line", ["即时新闻", "社会新闻", "工会新闻网建设", "潍坊市总工会"])
def test_a_section_or_an_organisation_alone_is_not_taken_for_the_source(line):
    res = clean_reprint("\n".join(_page(line, "bottom")))
    assert res.source == "" and res.blocks[-1].text == line


def test_a_pictures_caption_under_the_headline_leaves_the_headline_the_headline():
    caption = "▲學員在實訓中心練習焊接。（圖／記者王大明攝）"
    res = clean_reprint(s2t("\n".join([HEADLINE, caption, *PAGE_BODY])))
    assert res.title == s2t(HEADLINE) and res.title_origin == "text"
    assert [b.text for b in res.blocks] == [caption, *[s2t(p) for p in PAGE_BODY]]  # the caption is the article's
