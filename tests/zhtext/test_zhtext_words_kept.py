"""A guard against silent loss: words that look like chrome, tokens or footers, set inside an article's sentence,
are never removed by a certain repair. Each of these was once lost so (1200m², 微信号zghk2024, 分享到 in 大家在
微信群里分享到深夜, 联系电话), and a certain repair is applied without the editor's look."""
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhtext.reprint import clean_reprint
from zhtext.script import s2t

sys.path.insert(0, str(Path(__file__).parent))
from corpus import load_clean  # noqa: E402

PARAGRAPHS = [p for article in load_clean() for p in article.paras]
# Words pages print as chrome, footers, counters and tokens, which prose uses too.
LOOKALIKES = ["分享到", "扫一扫", "点个赞", "关注我们", "阅读全文", "打印", "收藏", "评论", "转发", "首页", "上一篇", "1200m²",
              "3000kg", "5000mAh", "联系电话", "投稿", "版权", "来源", "责任编辑", "点击", "下载", "APP", "客户端", "二维码", "视频",
              "在看", "原文", "返回", "关闭", "字号", "简体", "繁体", "朋友圈", "公众号", "小程序", "网址", "官网", "8888元",
              "365天", "2024年", "IMG", "微信号zghk2024", "账号abc123456",
              # (2026-12-08: the encyclopedias', media sites', sharing sites', archives' and accounts' words)
              "播报", "编辑", "目录", "参考资料", "[1]", "发表", "排行", "用户评论", "facebook", "line", "献花", "转藏", "全屏",
              "下载文档", "VIP", "百度快照", "听全文", "阅读时长", "▼", "欢迎关注", "好文共享", "综合", "新闻网", "讨论区"]
LEAD = "劳模工匠学院开班\n\n9月10日，某市劳模工匠学院第一期研修班开班，五十名学员参加。\n\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PARAGRAPHS), st.sampled_from([str, s2t]), st.integers(0, 10_000), st.sampled_from(LOOKALIKES))
def test_a_lookalike_inside_a_sentence_is_never_removed_for_certain(paragraph, script, at, word):
    paragraph = script(paragraph)
    between_han = [i for i in range(1, len(paragraph))
                   if "\u4e00" <= paragraph[i - 1] <= "\u9fff" and "\u4e00" <= paragraph[i] <= "\u9fff"]
    i = between_han[at % len(between_han)]
    sentence = paragraph[:i] + word + paragraph[i:]
    result = clean_reprint(LEAD + sentence)
    assert result.blocks[-1].text == sentence


# Chrome's words opening a sentence whose next word no sentence opens with: the words are its subject.
OPENINGS = ["分享到朋友圈的，", "点个赞的，", "扫一扫二维码的，", "扫一扫之后，", "分享到微信了，", "点赞之后，"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PARAGRAPHS), st.sampled_from([str, s2t]), st.sampled_from(OPENINGS))
def test_chrome_s_words_as_a_sentence_s_subject_are_kept(paragraph, script, opening):
    sentence = script(opening + paragraph)
    result = clean_reprint(LEAD + sentence)
    assert result.blocks[-1].text == sentence


def test_a_page_s_switch_copied_before_a_sentence_still_goes():
    result = clean_reprint(LEAD + "简体|繁體市总工会党组书记王明出席开班仪式并讲话，对学员提出三点希望。")
    assert result.blocks[-1].text == "市总工会党组书记王明出席开班仪式并讲话，对学员提出三点希望。"
    assert any(r.kind == "chrome" and r.certain for r in result.repairs)


def test_chrome_s_words_that_open_a_short_sentence_are_kept():
    for sentence in ("分享到此结束。", "分享到此結束。", "评论员文章指出，工匠精神历久弥新。"):
        assert clean_reprint(LEAD + sentence).blocks[-1].text == sentence
