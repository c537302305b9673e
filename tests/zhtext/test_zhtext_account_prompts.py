"""A publisher's own prompts on an account or an app (WeChat accounts, 百家号, news apps; 2026-12-08): the read-aloud
widget and reading statistics, the calls to follow, like and share, arrows at the card below, the topic's link,
and the notes that the text is the author's and the pictures someone else's. Each pasted above and below an
article, in both scripts."""
import datetime as dt

import pytest
from zhtext_helpers import PAGE_BODY, PAGE_HEADLINE, assert_line_goes, assert_waits_for_the_editor, page_with

from zhtext.reprint import clean_reprint

HEADLINE = PAGE_HEADLINE
CHROME = ["听全文", "AI朗读", "点击收听", "音频时长 03:25", "本文约2345字", "阅读时长约5分钟", "这篇文章来自百家号", "欢迎关注潍坊工会公众号",
          "更多精彩请关注", "关注我们，获取更多资讯", "觉得不错，请点赞和在看", "点亮“在看”，好文共享", "戳“阅读原文”了解更多",
          "点击下方卡片关注", "▼", "↓↓↓", "👇👇👇", "点击进入专题", "本期编辑：王某",
          # video and self-media platforms: their names alone, an account's ID, their buttons
          "学习强国推荐", "B站专栏", "bilibili", "小红书号：12345678", "抖音号：wfgh2024", "快手号：wfgh2024", "展开", "收起",
          "投币 收藏 分享", "关注 UP主", "微信扫码 分享"]
PROPOSED = ["本内容为作者独立观点，不代表潍坊新闻网立场", "特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。",
            "如您不希望作品出现在本站，可联系我们要求撤下您的作品。", "转发，是对我们最大的支持"]


@pytest.mark.parametrize("traditional", [False, True])
@pytest.mark.parametrize("where", ["top", "bottom"])
@pytest.mark.parametrize("line", CHROME)
def test_an_accounts_prompt_goes(line, where, traditional):
    assert_line_goes(line, where, traditional)


@pytest.mark.parametrize("where", ["top", "bottom"])
@pytest.mark.parametrize("line", PROPOSED + ["文章内容仅供参考"])
def test_an_accounts_note_is_the_editors_to_remove_or_goes(line, where):
    assert_waits_for_the_editor(line, where)


@pytest.mark.parametrize("sentence", [
    "专题：新时代工匠精神与职业素养",  # a training plan's lesson
    "学员们每天听全文朗读的新闻，本文约两千字的内容他们都能复述。",
    "欢迎关注潍坊工会公众号的职工朋友报名参加，名额有限。",
    "课程结束后，老师提醒大家阅读时长约5分钟的安全手册。",
])
def test_the_prompts_words_in_the_articles_own_lines_stay(sentence):
    res = clean_reprint("\n".join([HEADLINE, *PAGE_BODY[:2], sentence, PAGE_BODY[2]]))
    assert sentence in [b.text for b in res.blocks]


@pytest.mark.parametrize(("line", "source"), [("头条号：潍坊工会", "潍坊工会"), ("UP主：潍坊工会", "潍坊工会"),
                                              ("视频号·潍坊工会", "潍坊工会"), ("原创 2024-09-10 10:23·潍坊工会", "潍坊工会")])
def test_an_accounts_name_on_its_platform_is_the_source(line, source):
    res = clean_reprint(page_with(line, "top"))
    assert (res.title, res.source) == (HEADLINE, source)
    assert [b.text for b in res.blocks] == PAGE_BODY
    if "2024" in line:
        assert res.published_at == dt.datetime(2024, 9, 10, 10, 23)
