"""What portal and Taiwan pages print around a report: a title's tail of bars (…競賽 | 新聞 | 工人日報), a
reporter's role inside 作者：…, the bracketed 【記者林志明／臺中報導】, and a photo's caption whose photo did not
come with the text."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zhtext_helpers import PAGE_BODY

from zhtext.captions import is_caption
from zhtext.headline import is_subheading, title_decorations
from zhtext.reprint import clean_reprint
from zhtext.script import s2t

HEADLINE = "杭州市劳模工匠学院举办技能提升班"
META = "2024-09-10 10:20 来源：杭州市总工会"
SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SCRIPT = st.sampled_from([str, s2t])


def _clean(lines, script=str):
    return clean_reprint(script("\n".join(lines)))


@SETTINGS
@given(st.sampled_from([" | ", "｜", " - ", " — ", "|"]),
       st.lists(st.sampled_from(["新闻", "要闻", "工人日报", "中工网", "潍坊新闻网", "新闻中心", "地方频道", "首页"]),
                min_size=1, max_size=3),
       SCRIPT)
def test_a_titles_tail_of_sites_and_columns_goes(bar, parts, script):
    result = _clean([HEADLINE + "".join(bar + p for p in parts), META, *PAGE_BODY], script)
    assert result.title == script(HEADLINE)
    assert any(r.label == "标题后的网站名" and r.accepted for r in result.repairs)


@pytest.mark.parametrize("title", [
    "劳模工匠学院 | 第二期",                # the part after the bar is the headline's own
    "劳模工匠学院—第二期培训班开班",
    "学院 | 新闻",                          # what would be left is no headline
    "劳模工匠学院第二期 | 王建国 | 新闻",   # a name inside: only the columns and sites at the very end go
])
def test_a_bar_inside_a_headline_stays(title):
    found = title_decorations(title)
    if title.endswith("王建国 | 新闻"):
        assert found == [("标题后的网站名", " | 新闻")]
    else:
        assert found == []


def test_a_title_of_a_hundred_thousand_bars_is_read_in_one_pass():
    title = HEADLINE + " | 新闻" * 100_000
    assert title_decorations(title) == [("标题后的网站名", title[len(HEADLINE):])]


@SETTINGS
@given(st.sampled_from(["作者：记者 {a}", "作者：本报记者{a} 通讯员 {b}", "作者：{a}", "作者：特约记者 {a}、{b}",
                        "作者：实习生 {a}"]),
       st.sampled_from([("陈晓", "刘一鸣"), ("欧阳明", "王芳"), ("林志明", "李小华")]), SCRIPT)
def test_a_reporters_role_in_the_credit_is_no_name(credit, names, script):
    a, b = names
    line = credit.format(a=a, b=b)
    result = _clean([HEADLINE, "2024-09-10 10:20 来源：杭州市总工会 " + line, *PAGE_BODY], script)
    expected = [a, b] if "{b}" in credit else [a]
    assert result.byline == script("、".join(expected))


@SETTINGS
@given(st.sampled_from([("【", "】"), ("〔", "〕"), ("（", "）"), ("[", "]")]),
       st.sampled_from([["林志明"], ["王大明", "李小华"], ["欧阳明"]]),
       st.sampled_from(["台中", "台北", "综合", "高雄", ""]), st.sampled_from(["报导", "报道"]), SCRIPT)
def test_a_taiwan_papers_bracketed_reporter_fills_the_byline(brackets, names, place, verb, script):
    opening, closing = brackets
    lead = f"{opening}记者{'、'.join(names)}／{place}{verb}{closing}"
    result = _clean([HEADLINE, lead + PAGE_BODY[0], *PAGE_BODY[1:]], script)
    assert result.byline == script("、".join(names))
    assert result.blocks[0].text == script(lead + PAGE_BODY[0])  # the paper's own line stays in the body


@SETTINGS
@given(st.sampled_from(["▲", "图为", "上图：", "图1 ", ""]),
       st.sampled_from(["学员在实训车间练习焊接", "全国劳模王建国为学员示范"]),
       st.sampled_from(["。", "。（记者 张三 摄）", "（受访者供图）", "。张三/摄", "。（新华社发）"]), SCRIPT)
def test_a_caption_without_its_photo_is_kept_and_told(pointer, scene, credit, script):
    caption = pointer + scene + credit
    if not pointer and credit == "。":
        assert not is_caption(caption)  # a plain sentence
        return
    result = _clean([HEADLINE, META, PAGE_BODY[0], caption, *PAGE_BODY[1:]], script)
    assert script(caption) in [b.text for b in result.blocks]  # the words stay
    (warning,) = [w for w in result.warnings if w.kind == "caption"]
    assert warning.excerpt == script(caption) and "图片没有随正文导入" in warning.message


@pytest.mark.parametrize("pointer", ["▲", "△", "↑", "（图为", "(图为", "（上图：", "图为"])
@pytest.mark.parametrize("traditional", [False, True])
def test_a_caption_however_it_points_is_no_subheading(pointer, traditional):
    caption = pointer + "开班仪式现场" + ("）" if pointer[0] in "（(" else "")
    caption = s2t(caption) if traditional else caption
    assert is_caption(caption) and not is_subheading(caption)


@pytest.mark.parametrize("heading", ["◆ 匠心筑梦", "◆匠心筑梦", "◇ 培训成果", "▼ 课程安排"])
@pytest.mark.parametrize("traditional", [False, True])
def test_a_marked_section_heading_is_no_caption(heading, traditional):
    heading = s2t(heading) if traditional else heading
    assert not is_caption(heading) and is_subheading(heading)


@pytest.mark.parametrize("text", [
    "培训班邀请了全国劳动模范张立军等6位专家授课。", "他说：“我们要拍摄一部纪录片。”", "图书馆开放时间为每天9时。",
    "图为何物？", "他用相机拍摄", "▲" + "很长的一段话，" * 20 + "。",
])
def test_prose_is_no_caption(text):
    assert not is_caption(text)


@pytest.mark.parametrize("key", ["上載日期", "上载日期", "上傳時間"])
def test_a_hong_kong_sites_upload_date_is_the_date_and_the_line_above_the_headline(key):
    notice = "關於舉辦2026年度勞模工匠學院師資培訓班的通知"
    result = clean_reprint("\n".join([notice, f"{key}：2026年10月8日（星期四）　　瀏覽次數：1,234", *map(s2t, PAGE_BODY)]))
    assert result.title == notice and result.title_origin == "text"
    assert result.published_at.date().isoformat() == "2026-10-08"
    assert [b.text for b in result.blocks] == [s2t(p) for p in PAGE_BODY]


@SETTINGS
@given(st.sampled_from(["- END -", "END", "—— END ——"]),
       st.sampled_from(["分享、点赞、在看，给我们一键三连吧", "喜欢就点个“在看”吧", "记得一键三连哦"]), SCRIPT)
def test_a_wechat_reading_list_after_end_goes_whatever_prompt_follows(end, prompt, script):
    listing = ["往期回顾", "▶ 第四期研修班开班", "▶ 劳模工匠学院2026年工作要点"]
    result = _clean([HEADLINE, META, *PAGE_BODY, end, *listing, prompt, "阅读原文"], script)
    assert [b.text for b in result.blocks] == [script(p) for p in PAGE_BODY] + (
        [script(prompt)] if "，" in prompt else [])  # a prompt holding a clause is only proposed
    assert all(r.accepted for r in result.repairs if r.label == "文末推荐阅读列表")


@SETTINGS
@given(st.sampled_from(["作者：本报记者 {a}", "作者：{a}　{b}", "责任编辑：{a}", "记者 {a} 通讯员 {b}"]),
       st.sampled_from([("赵磊", "王强"), ("李明", "刘洋")]), st.sampled_from(["\u3000", " ", "\u00a0"]), SCRIPT)
def test_a_two_character_name_padded_to_three_is_one_name(credit, names, gap, script):
    a, b = (n[0] + gap + n[1] for n in names)
    result = _clean([HEADLINE, "2024-09-10 10:20 来源：杭州市总工会 " + credit.format(a=a, b=b), *PAGE_BODY], script)
    expected = [names[0], names[1]] if "{b}" in credit else [names[0]]
    assert (result.reviewer if "责任编辑" in credit else result.byline) == script("、".join(expected))


@SETTINGS
@given(st.sampled_from(["学员们纷纷表示收获满满", "这一刻值得记住", "大家都点赞"]),
       st.sampled_from(["💪", "👍🏻", "🎉🎉", "❤️"]), SCRIPT)
def test_a_short_line_closed_by_an_emoji_is_a_sentence_not_a_heading(line, emoji, script):
    result = _clean([HEADLINE, META, PAGE_BODY[0], line + emoji, *PAGE_BODY[1:]], script)
    assert (script(line + "。"), "p") in [(b.text, b.kind) for b in result.blocks]  # the emoji was its full stop


def test_a_heading_decorated_on_both_sides_is_still_a_heading():
    result = _clean([HEADLINE, META, PAGE_BODY[0], "🎉 第五期开班啦 🎉", *PAGE_BODY[1:]])
    assert ("第五期开班啦", "h2") in [(b.text, b.kind) for b in result.blocks]


@pytest.mark.parametrize(("first", "second"), [("01 ｜ 研修概况", "02 ｜ 课程安排"), ("一、培训时间", "二、培训对象"),
                                               ("1. 课程安排", "2. 报名方式"), ("九、附则", "十、其他")])
def test_numbered_sections_are_headings_from_the_first(first, second):
    result = _clean([HEADLINE, META, first, PAGE_BODY[0], second, *PAGE_BODY[1:]])
    kinds = {b.text: b.kind for b in result.blocks}
    assert kinds[first] == kinds[second] == "h2"


def test_a_numbered_list_opening_the_text_is_no_heading():
    result = _clean([HEADLINE, META, "1. 张三", "2. 李四", *PAGE_BODY])
    assert [b.kind for b in result.blocks[:2]] == ["p", "p"]
