"""Sites people save and share articles on (2026-12-08): a personal library (360doc个人图书馆), document-sharing
sites (百度文库, 道客巴巴, 豆丁, 原创力文档) and a blog (新浪博客), their lines pasted above and below an article and
their pages built whole, in both scripts."""
import datetime as dt

import pytest
from zhtext_helpers import PAGE_BODY, PAGE_HEADLINE, assert_line_goes, assert_waits_for_the_editor

from zhtext.metadata import parse_meta_line
from zhtext.reprint import clean_reprint
from zhtext.script import s2t

HEADLINE = PAGE_HEADLINE
LINES = [
    # 360doc
    "转藏 全屏 打印 分享 献花(0)", "来自: 王某 > 《工会》", "0条评论", "请遵守用户 评论公约", "类似文章 更多", "献花(0)",
    # document-sharing sites
    "VIP专享文档", "开通VIP", "立即下载", "下载文档", "相关文档", "该用户其他文档", "原创力文档", "知识共享，欢迎下载",
    "还剩2页未读，继续阅读", "文档格式：.doc 文档页数：3页 文档大小：25.5K", "文档格式：.docx", "文档热度：",
    "文档分类：行业资料 -- 其它", "文档标签：工匠 学院", "下载积分：5", "本文档由 王某 于 2024-09-10 上传",
    # a blog
    "转载▼", "喜欢▼", "分类： 转载", "转载(2)", "已投稿到：", "前一篇：学院召开工作会议", "后一篇：职工书屋开放",
]
# sentences: proposed for the editor, never taken out on their own
PROPOSED = ["本站是提供个人知识管理的网络存储空间，所有内容均由用户发布，不代表本站观点。请注意甄别内容中的联系方式、诱导购买等信息，"
            "谨防诈骗。如发现有害或侵权内容，请点击一键举报。", "全文阅读已结束，下载本文需要使用"]


@pytest.mark.parametrize("traditional", [False, True])
@pytest.mark.parametrize("where", ["top", "bottom"])
@pytest.mark.parametrize("line", LINES)
def test_a_sharing_sites_line_goes(line, where, traditional):
    assert_line_goes(line, where, traditional)


@pytest.mark.parametrize("where", ["top", "bottom"])
@pytest.mark.parametrize("line", PROPOSED)
def test_a_sharing_sites_notice_waits_for_the_editor(line, where):
    assert_waits_for_the_editor(line, where)


@pytest.mark.parametrize("traditional", [False, True])
def test_a_personal_librarys_page(traditional):
    convert = s2t if traditional else (lambda s: s)
    page = [HEADLINE, "2024-09-10 王某 阅 123 转 4", "转藏 全屏 打印 分享 献花(0)", *PAGE_BODY, "来自: 王某 > 《工会》",
            "0条评论", "发表", "请遵守用户 评论公约", "类似文章 更多"]
    res = clean_reprint(convert("\n".join(page)))
    assert (res.title, res.source, res.byline) == (convert(HEADLINE), "", "")  # the saver is neither source nor author
    assert res.published_at.date() == dt.date(2024, 9, 10)
    assert [b.text for b in res.blocks] == [convert(p) for p in PAGE_BODY]


@pytest.mark.parametrize("traditional", [False, True])
def test_a_blogs_repost(traditional):
    convert = s2t if traditional else (lambda s: s)
    page = [HEADLINE, "(2024-09-10 10:23:45)", "转载▼", "标签：", "工匠", "学院", "技能", "分类： 转载",
            f"原文地址：{HEADLINE}作者：王建军", *PAGE_BODY, "阅读(123)", "评论(0)", "收藏(0)", "转载(2)", "喜欢▼", "打印", "举报",
            "已投稿到：", "排行榜", "前一篇：学院召开工作会议", "后一篇：职工书屋开放"]
    res = clean_reprint(convert("\n".join(page)))
    assert (res.title, res.byline) == (convert(HEADLINE), convert("王建军"))
    assert res.published_at == dt.datetime(2024, 9, 10, 10, 23, 45)
    assert [b.text for b in res.blocks] == [convert(p) for p in PAGE_BODY]


def test_the_blogs_repost_header_names_the_originals_title_and_author():
    found = parse_meta_line("原文地址：潍坊市劳模工匠学院开班作者：王某")
    assert (found.original_title, found.byline) == ("潍坊市劳模工匠学院开班", "王某")


def test_a_tag_list_among_the_sentences_is_only_proposed_and_a_key_before_a_sentence_is_no_list():
    page = [HEADLINE, PAGE_BODY[0], "标签：", "工匠", "学院", PAGE_BODY[1], PAGE_BODY[2]]
    res = clean_reprint("\n".join(page))
    # (the empty key goes as ever: a key with nothing after it is the page's)
    assert [b.text for b in res.blocks] == [PAGE_BODY[0], "工匠", "学院", *PAGE_BODY[1:]]
    assert [r.before for r in res.repairs if r.label == "标签列表" and not r.accepted] == ["标签：", "工匠", "学院"]
    page = [HEADLINE, *PAGE_BODY, "标签：", "本期培训为期五天，学员们都说收获很大。"]
    assert "本期培训为期五天，学员们都说收获很大。" in [b.text for b in clean_reprint("\n".join(page)).blocks]


@pytest.mark.parametrize("sentence", [
    "他在全屏显示的操作台前演示了焊接机器人的编程方法。",
    "学员们可以免费下载文档，也可以到职工书屋借阅纸质教材。",
    "本文档由学院教务处整理，供学员复习使用，共分五个部分。",
])
def test_the_sites_words_inside_a_sentence_stay(sentence):
    res = clean_reprint("\n".join([HEADLINE, *PAGE_BODY[:2], sentence, PAGE_BODY[2]]))
    assert sentence in [b.text for b in res.blocks]
