"""What portals, news apps, agencies and government sites leave in a reprint: encoding damage, escapes
printed as text, datelines, 原标题, app prompts, a footer's other lines, a comma after a number."""
import datetime as dt
import html

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from zhtext_helpers import PAGE_BODY

from zhtext.chrome import find_chrome, find_notices
from zhtext.dateline import find_dateline
from zhtext.decode import COMMON_HAN
from zhtext.headline import propose_title
from zhtext.metadata import parse_meta_line
from zhtext.punctuation import normalize_punctuation
from zhtext.reprint import clean_reprint
from zhtext.web_escapes import find_double_byte_mojibake, find_escapes, find_mojibake

PROFILE = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
CHINESE = st.text(st.one_of(HAN, st.sampled_from("，。：“”！？、0123456789%")), min_size=2, max_size=40)


def _apply(text, spans):
    for start, end, new in sorted(spans, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _cp1252(text: str, nbsp_as_space: bool) -> str:
    out = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode())
    return out.replace("\u00a0", " ") if nbsp_as_space else out


# ------------------------------------------------------------------ encoding damage


@PROFILE
@given(CHINESE.filter(lambda t: any("\u4e00" <= c for c in t)), st.booleans())
def test_utf8_read_as_windows_1252_comes_back(text, nbsp_as_space):
    garbled = _cp1252(text, nbsp_as_space)
    assert _apply(garbled, find_mojibake(garbled)) == text


@PROFILE
@given(CHINESE.filter(lambda t: any("\u4e00" <= c for c in t)), st.integers(2, 3))
def test_utf8_read_as_windows_1252_twice_or_thrice_comes_back(text, times):
    garbled = text
    for _ in range(times):  # garbled, saved as UTF-8, garbled again
        garbled = _cp1252(garbled, False)
    assert _apply(garbled, find_mojibake(garbled)) == text


def test_a_twice_garbled_page_keeps_its_lines():
    """Its bytes hold U+0085 (NEL), which str.splitlines() would take for a line break (and split 月 in two)."""
    lines = ["杭州市劳模工匠学院举办技能提升班", "9月10日，杭州市总工会劳模工匠学院第三期技能提升班开班，全市86名职工参加。", "本期培训为期五天。"]  # 全 is E5 85 A8
    garbled = [line.encode().decode("latin-1").encode().decode("latin-1") for line in lines]
    assert any("\x85" in line for line in garbled)
    result = clean_reprint("\n\n".join(garbled))
    assert [result.title, *(b.text for b in result.blocks)] == lines


@pytest.mark.parametrize("text", [
    "café au lait, naïve résumé — “quoted” text", "Ångström 5 °C ±0.5 μm", "价格 €100 – 200 元", "Copyright © 2024",
    "Ã©tudiant",  # accented Latin read twice is not ours to change: only Chinese counts
    "他说：“好。”……", "Straße, Œuvre, Šibenik",
])
def test_real_latin_and_chinese_text_is_left_alone(text):
    assert find_mojibake(text) == []


def _pairs_high(encoding):
    """Common characters whose two bytes in *encoding* are both high: those a Latin-1 reading turns wholly into
    accented letters (a pair with an ASCII second byte is tested on its own below)."""
    out = []
    for c in sorted(COMMON_HAN):
        try:
            raw = c.encode(encoding)
        except UnicodeEncodeError:
            continue
        if len(raw) == 2 and all(b >= 0x80 for b in raw):
            out.append(c)
    return out


def _latin1(text, encoding, cp1252):
    raw = text.encode(encoding)
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw) if cp1252 else raw.decode("latin-1")


@PROFILE
@given(st.sampled_from([("gbk", "GBK", "，。、“”"), ("big5", "Big5", "，。、「」")]), st.data(), st.booleans())
def test_gbk_or_big5_read_as_latin_1_comes_back(code_page, data, cp1252):
    encoding, name, marks = code_page
    alphabet = _pairs_high(encoding) if encoding == "gbk" else [c for c in _pairs_high(encoding) if "\u4e00" <= c]
    text = data.draw(st.text(st.one_of(st.sampled_from(alphabet), st.sampled_from(marks + "0123456789")), min_size=6, max_size=40)
                     .filter(lambda t: sum(c in COMMON_HAN for c in t) >= 6))  # two Han may read as either
    garbled = _latin1(text, encoding, cp1252)
    found, spans = find_double_byte_mojibake(garbled)
    assert found == name and _apply(garbled, spans) == text


@pytest.mark.parametrize(("text", "encoding"), [
    ("潍坊市劳模工匠学院第三期研修班开班，来自全市制造业企业的60名技术骨干参加学习。", "gbk"),
    ("勞模工匠學院第三期研修班開班，來自全市製造業企業的六十名技術骨幹參加學習。", "big5"),  # 工 is A4 75 (¤u), 。 A1 43 (¡C)
])
def test_a_whole_page_in_a_double_byte_code_page_read_as_latin_1(text, encoding):
    headline = text[:text.index("，")]
    page = "\n".join(_latin1(line, encoding, False) for line in [headline, text, text.replace("第三期", "第四期")])
    res = clean_reprint(page)
    assert res.title == headline and [b.text for b in res.blocks] == [text, text.replace("第三期", "第四期")]
    assert {r.label for r in res.repairs if r.kind == "encoding"} == {f"{'GBK' if encoding == 'gbk' else 'Big5'} 被当作西文编码读出的乱码"}


@pytest.mark.parametrize("text", [
    "café au lait, naïve résumé — “quoted” text", "Ångström 5 °C ±0.5 μm", "价格 €100 – 200 元", "Copyright © 2024",
    "Ã©tudiant", "cafÃ© naÃ¯ve", "Straße, Œuvre, Šibenik", "Málaga, Zürich, Øresund, Ærø", "Müller über Öl",
])
def test_latin_text_is_no_double_byte_chinese(text):
    assert find_double_byte_mojibake(text) == ("", [])


@pytest.mark.parametrize("text", [
    "学院引进“AI”“VR”和“AR”实训设备，在“Café”式的休息区里，学员们讨论“Zürich”来的案例。",
    "车间温度保持在20°C至25°C之间，精度±0.5μm，阿卜杜·热合曼说：“OK！”",
    "“Ã©”和“Ã¨”是网页乱码的例子，学院的信息课讲到了它们。",
])
def test_chinese_text_with_latin_in_it_is_left_alone(text):
    assert find_double_byte_mojibake(text) == ("", []) and clean_reprint(text).blocks[0].text.startswith(text[:6])


@PROFILE
@given(CHINESE, st.integers(1, 3), st.data())
def test_html_escaped_once_or_more_reads_as_the_text(text, times, data):
    escaped = "".join(f"&#{ord(c)};" if data.draw(st.booleans()) else c for c in text)
    for _ in range(times - 1):
        escaped = escaped.replace("&", "&amp;")
    assert _apply(escaped, find_escapes(escaped)) == text


@pytest.mark.parametrize("text, clean", [
    ("典礼。&nbsp;&nbsp;首批学员", "典礼。首批学员"),  # no space between Chinese words
    ("A&nbsp;B", "A B"),
    ("课程&lt;br&gt;并邀请", "课程并邀请"),
    ("课程&amp;lt;br /&amp;gt;并", "课程并"),
    ("line&lt;br/&gt;next", "line next"),
    ("&lt;p&gt;学院&lt;/p&gt;", "学院"),
    ("<strong>学院</strong>", "学院"),
    ("a &lt; b", "a < b"),
    ("AT&T 与 R&D", "AT&T 与 R&D"),  # an ampersand that escapes nothing stays
    ("《工匠<精神>》", "《工匠<精神>》"),  # not a tag
])
def test_escapes_and_printed_tags(text, clean):
    assert _apply(text, find_escapes(text)) == clean


@PROFILE
@given(st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=2, max_size=30), st.data())
def test_references_without_their_semicolons_read_as_the_text(text, data):
    """A CMS that dropped the semicolons printed &#21171&#27169 for 劳模 (in Chinese text: before a digit a bare
    reference could end anywhere, and is read to its last digit)."""
    escaped = "".join(f"&#{ord(c)}" if data.draw(st.booleans()) else c for c in text)
    assert _apply(escaped, find_escapes(escaped)) == text


@pytest.mark.parametrize("text, clean", [
    ("&ldquo劳模精神&rdquo是学院的根", "“劳模精神”是学院的根"),
    ("&nbsp&nbsp9月10日，学院开班", "9月10日，学院开班"),
    ("价格&lt100元，&times3倍", "价格<100元，×3倍"),
    ("&amp;ldquo工匠&amp;rdquo", "“工匠”"),
    ("研发&copyright所有，AT&T与R&D中心，H&M门店", "研发&copyright所有，AT&T与R&D中心，H&M门店"),
    ("Q&A and &nbsp without Chinese", "Q&A and &nbsp without Chinese"),  # no Han: left alone
])
def test_entities_without_their_semicolons_in_chinese_text(text, clean):
    assert _apply(text, find_escapes(text)) == clean


def test_a_garbled_headline_becomes_the_title():
    text = _cp1252("劳模工匠学院举行开学典礼", True) + "\n9月1日，市劳模工匠学院举行开学典礼，首批学员共80名。\n学院将开设数控加工课程。"
    res = clean_reprint(text)
    assert res.title == "劳模工匠学院举行开学典礼" and res.title_origin == "text"
    assert any(r.kind == "encoding" and r.accepted for r in res.repairs)


# ------------------------------------------------------------------ datelines

AGENCIES = ["新华社", "中新网", "人民网", "中工网", "大众日报", "央视网", "工人日报社"]


@PROFILE
@given(st.sampled_from(AGENCIES), st.sampled_from(["", "北京", "济南", "上海"]), st.sampled_from(["", "5月12日", "12日"]),
       st.lists(st.sampled_from(["张伟", "李娜", "欧阳娜娜", "王芳"]), unique=True, max_size=3),
       st.sampled_from(["电", "讯"]), st.sampled_from(["", " "]), st.sampled_from(SENTENCE := [
           "近日，市总工会举办职工技能大赛。", "记者从会上获悉，学院已培养学员600余名。", "据介绍，课程分为三类。"]))
def test_a_generated_dateline_is_read(agency, place, when, names, marker, gap, sentence):
    credit = f"（记者{'、'.join(names)}）" if names else ""
    assume(marker == "讯" or when or gap or credit)  # 新华社电近日 glued: 电 begins words (电话), so it is not read
    dateline = f"{agency}{place}{when}{marker}{gap}{credit}"
    found = find_dateline(dateline + sentence)
    assert found is not None and (dateline + sentence)[found.end:] == sentence
    assert found.source == agency and found.byline == "、".join(names)


@pytest.mark.parametrize("text, source, byline", [
    ("本报讯（记者 张三 通讯员 李四）近日，市总工会举办培训。", "", "张三、李四"),
    ("【明報專訊】職業訓練局轄下的工匠學院昨日舉行開幕禮。", "明報", ""),
    ("（中央社記者王大明台北15日電）勞動部今天表示。", "中央社", "王大明"),
    ("央视网消息（新闻联播）：今天，全国总工会发布通知。", "央视网", ""),
    ("【大公報訊】記者張三、李四報道：全國職工技能大賽決賽昨日開幕。", "大公報", "張三、李四"),
    ("【大公报讯】记者张三：全国职工技能大赛决赛昨日开幕。", "大公报", "张三"),
])
def test_datelines_of_both_scripts(text, source, byline):
    found = find_dateline(text)
    assert (found.source, found.byline) == (source, byline)


@pytest.mark.parametrize("text", [
    "合作社电话是多少，请告诉我。", "社区电工李师傅说，安全第一。", "新华社记者张三摄", "新华社电",
    "工人日报评论员文章指出，工匠精神可贵。", "省电视台记者采访了他。", "他在工人日报社工作。",
])
def test_sentences_that_only_look_like_datelines(text):
    found = find_dateline(text)
    assert found is None or found.end < 6 and text[found.end:]  # never swallows the sentence


def test_a_dateline_fills_the_fields_and_stays_in_the_body():
    text = "新华社北京5月12日电（记者张三、李四）记者12日从全国总工会获悉，全国已建成劳模工匠学院超过1000所。\n据介绍，学院依托职业院校。"
    res = clean_reprint(text)
    assert res.source == "新华社" and res.byline == "张三、李四"
    assert res.blocks[0].text.startswith("新华社北京5月12日电")
    assert res.title == "全国已建成劳模工匠学院超过1000所" and not res.summary.startswith("新华社")
    assert any(w.kind == "note" and "电头" in w.message for w in res.warnings)


def test_a_generated_title_skips_how_the_reporter_learnt_it():
    assert propose_title("记者12日从市总工会获悉，全市已建成劳模工匠学院12所。") == "全市已建成劳模工匠学院12所"
    assert propose_title("据市总工会介绍，学院今年培训职工3000人次。") == "学院今年培训职工3000人次"


# ------------------------------------------------------------------ metadata lines


@pytest.mark.parametrize("line, fields", [
    ("原创 张伟 澎湃新闻 2024-03-15 08:00 发表于上海", {"source": "澎湃新闻", "byline": "张伟"}),
    ("原创 某某区总工会 2024-03-15 08:00", {"source": "某某区总工会", "byline": ""}),
    ("工人日报 2024-03-15 08:00 发表于北京", {"source": "工人日报", "byline": ""}),
    ("某某市总工会 某某市总工会 2024-03-01 18:30 山东", {"source": "某某市总工会", "byline": ""}),
    ("张伟 某某市总工会 2024-03-01 18:30 山东", {"source": "某某市总工会", "byline": "张伟"}),
    ("《 人民日报 》（ 2023年05月13日 第 07 版）", {"source": "人民日报"}),
    ("（星島日報報道）", {"source": "星島日報"}),
    ("本文来源：人民网 作者：张三 责任编辑：王五_NE0011", {"source": "人民网", "byline": "张三", "reviewer": "王五"}),
    ("责任编辑：", {"source": "", "byline": "", "reviewer": ""}),
    ("本文转自XX日报，原文链接：https://www.example.com/news/123.html", {"source": "XX日报"}),
    ("转自工人日报", {"source": "工人日报"}),
])
def test_platform_metadata_lines(line, fields):
    meta = parse_meta_line(line)
    assert meta is not None and meta.parts
    assert {k: getattr(meta, k) for k in fields} == fields


@pytest.mark.parametrize("line", [
    "原创作品展示了工匠精神，2024年3月获奖。", "张伟 李娜 2024-03-15", "张伟 李娜 2024-03-15 北京见", "责任编辑：他认真负责，得到大家认可。",
    "《工匠精神》（2023年05月13日）读后感", "原标题党不可取。", "他转自外地来到这里工作，已经三年了。", "原文链接：见下方",
])
def test_lines_that_are_not_platform_metadata(line):
    assert parse_meta_line(line) is None


def test_the_original_title_is_the_headline_only_when_the_page_has_no_other():
    body = "\n9月1日上午，市劳模工匠学院首期研修班开班。\n研修班为期三个月，由全国劳模担任导师。"
    assert clean_reprint("原标题：劳模工匠学院开班！首批80名学员入学\n来源：工人日报" + body).title == "劳模工匠学院开班！首批80名学员入学"
    res = clean_reprint("工匠学院迎来首批学员\n原标题：劳模工匠学院开班！首批80名学员入学\n来源：工人日报" + body)
    assert res.title == "工匠学院迎来首批学员" and all("原标题" not in b.text for b in res.blocks)


# ------------------------------------------------------------------ chrome, notices, footers


@pytest.mark.parametrize("line", [
    "展开全文", "打开APP 阅读更多精彩内容", "举报/反馈", "返回搜狐，查看更多", "阅读 (1024)", "阅读 10万+", "收录于合集 #工匠精神 12个",
    "预览时标签不可点", "微信扫一扫 关注该公众号", "取消 允许", "视频 小程序 赞，轻点两下取消赞 在看，轻点两下取消在看 分享 留言 收藏",
])
def test_app_and_portal_prompts_are_chrome(line):
    spans = find_chrome(line)
    assert spans and sum(c.end - c.start for c in spans) >= len(line.replace(" ", "")) - 1


def test_prompts_inside_prose_stay():
    for line in ("他展开全文进行了解读，大家认真听讲。", "阅读100本书是他的目标，他坚持了三年。"):
        assert find_chrome(line) == []


def test_a_platforms_disclaimer_is_a_notice():
    assert find_notices("声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。")


def test_a_footers_other_lines_go_with_it_and_an_events_organisers_stay():
    article = "5月10日，县总工会举办职工技能大赛焊工决赛，36名选手同台竞技。\n经过激烈角逐，王强获得一等奖。"
    res = clean_reprint(article + "\n主办单位：某某县人民政府办公室 承办单位：某某县大数据中心\n网站标识码：1234000001 皖ICP备12345678号")
    assert [b.text for b in res.blocks] == article.split("\n")
    notice = "县总工会将举办职工技能大赛，欢迎报名参加。\n主办单位：县总工会 承办单位：县职业教育中心\n报名时间截至5月10日，请各单位及时报送名单。"
    assert [b.text for b in clean_reprint(notice).blocks] == notice.split("\n")
    last = "县总工会将举办职工技能大赛，欢迎报名参加。\n主办单位：县总工会 承办单位：县职业教育中心"
    assert [b.text for b in clean_reprint(last).blocks] == last.split("\n")  # no footer line beside it


@pytest.mark.parametrize("text, wide", [
    ("理论考试占30%,实际操作占70%。", "理论考试占30%，实际操作占70%。"),
    ("采用PLC,实现自动控制。", "采用PLC，实现自动控制。"),
    ("共1,000人参加", "共1,000人参加"),
    ("Python,Java 和 C", "Python,Java 和 C"),
])
def test_a_comma_after_a_number_or_latin_word_before_chinese(text, wide):
    assert normalize_punctuation(text)[0] == wide


def test_the_summary_skips_an_image_caption():
    res = clean_reprint("5月10日，县总工会举办职工技能大赛，36名选手同台竞技。\n图为比赛现场\n经过激烈角逐，王强获得一等奖。")
    assert "图为比赛现场" not in res.summary and "图为比赛现场" in [b.text for b in res.blocks]


def test_escaped_text_in_an_html_page_is_read_too():
    page = ("<html><head><title>t</title></head><body><h1>学院开学</h1><p>&amp;nbsp;&amp;nbsp;9月1日，学院举行开学典礼，"
            "首批学员共80名。&amp;lt;br&amp;gt;学院将开设数控加工课程。</p></body></html>")
    res = clean_reprint(page)
    assert res.blocks[0].text == "9月1日，学院举行开学典礼，首批学员共80名。学院将开设数控加工课程。"
    assert html.unescape("&nbsp;") not in res.blocks[0].text


def test_long_runs_of_one_kind_come_back_whole():
    """A 20,000-letter word (the pinyin finder backtracked over it for 8 s) and 5,000 printed tags (filtered
    pairwise, quadratic): both read in one pass, their text kept."""
    word = "é" * 20000
    assert word in [b.text for b in clean_reprint("学院开学典礼举行\n" + word + "\n他说，学院很好。").blocks]
    tags = "工匠&lt;br&gt;学院" * 5000
    blocks = [b.text for b in clean_reprint("学院开学典礼举行\n" + tags + "。\n他说，学院很好。").blocks]
    assert "工匠学院" * 5000 + "。" in blocks


# ------------------------------------------------------------------ government offices and news feeds


@pytest.mark.parametrize("line, year, month, day", [
    ("發布日期：113-03-15", 2024, 3, 15), ("更新日期：113/3/16", 2024, 3, 16), ("民國99年5月1日", 2010, 5, 1),
    ("發布日期：中華民國113年9月12日", 2024, 9, 12),  # the republic named in full
    ("2024年3月15日（星期五）", 2024, 3, 15), ("2024年3月15日 星期五 10:30", 2024, 3, 15),
])
def test_roc_years_and_weekdays(line, year, month, day):
    meta = parse_meta_line(line)
    assert (meta.date.year, meta.date.month, meta.date.day) == (year, month, day)


@pytest.mark.parametrize("line, label", [
    ("發布單位：勞動力發展署", "来源"), ("香港時間16時30分", "发布时刻"), ("图片来源：潍坊日报", "图片来源（删除）"),
    ("2024-03-15 08:00 · 潍坊日报官方账号", "发布时间"),
])
def test_office_and_feed_metadata_lines(line, label):
    meta = parse_meta_line(line)
    assert meta is not None and label in [k for k, _ in meta.parts]


@pytest.mark.parametrize("line", ["完", "（完）", "＊＊＊＊＊＊", "※※※", "———", "= = =", "上一页 1 2 3 下一页", "第1页 第2页 第3页",
                                  "首页 上一页 下一页 尾页", "关注", "+ 关注", "已关注"])
def test_end_marks_rules_pagers_and_buttons_are_chrome(line):
    assert find_chrome(line) and find_chrome(line)[0].start == 0


@pytest.mark.parametrize("line", ["完成", "1 2 3", "——张三", "关注职工需求，做好服务。", "第3页的内容很重要，请仔细阅读。"])
def test_lines_that_only_resemble_them(line):
    spans = find_chrome(line)
    assert not spans or sum(c.end - c.start for c in spans) < len(line) // 2


def test_an_end_mark_after_the_last_sentence_goes():
    res = clean_reprint("学院开学典礼举行\n9月1日，学院举行开学典礼，首批学员共80名。\n学院将开设数控加工课程。（完）")
    assert res.blocks[-1].text == "学院将开设数控加工课程。"


def test_a_feeds_account_name_over_its_date_is_the_source():
    text = ("潍坊工匠学院再添新基地\n潍坊日报\n2024-03-15 08:00 · 潍坊日报官方账号\n关注\n图片来源：潍坊日报\n"
            "3月14日，潍坊市劳模工匠学院实训基地揭牌。\n据悉，基地将开展数控、焊接等技能培训。")
    res = clean_reprint(text)
    assert (res.title, res.source) == ("潍坊工匠学院再添新基地", "潍坊日报")
    assert [b.text for b in res.blocks] == ["3月14日，潍坊市劳模工匠学院实训基地揭牌。", "据悉，基地将开展数控、焊接等技能培训。"]
    # a paper's name that no metadata line follows is text; a short line that names no paper is no source
    kept = [b.text for b in clean_reprint("潍坊工匠学院再添新基地\n学院新闻\n3月14日，实训基地揭牌，职工参加培训。\n据悉，基地将开展培训。").blocks]
    assert "学院新闻" in kept
    assert clean_reprint("潍坊工匠学院再添新基地\n工匠风采\n2024-03-15 08:00\n3月14日，实训基地揭牌，职工参加培训。").source == ""


@pytest.mark.parametrize("tags, published, source", [
    ('<meta property="article:published_time" content="2023-09-01T02:15:00Z">', (2023, 9, 1, 10, 15), ""),  # UTC → Beijing
    ('<meta name="PubDate" content="2023-09-01 10:15"><meta name="ContentSource" content="潍坊市总工会">',
     (2023, 9, 1, 10, 15), "潍坊市总工会"),
    ('<meta name="pubdate" content="yesterday"><meta name="source" content="">', None, ""),
])
def test_a_pages_meta_tags_give_the_date_and_source(tags, published, source):
    page = (f"<html><head>{tags}</head><body><article><h1>学院开学</h1><p>9月1日，学院举行开学典礼，首批学员共80名。</p>"
            "<p>学院将开设数控加工课程。</p></article></body></html>")
    res = clean_reprint(page)
    got = res.published_at and (res.published_at.year, res.published_at.month, res.published_at.day,
                                res.published_at.hour, res.published_at.minute)
    assert (got or None, res.source) == (published, source)


def test_what_the_text_prints_wins_over_the_meta_tags():
    page = ('<html><head><meta name="PubDate" content="2020-01-01 08:00"><meta name="ContentSource" content="甲"></head>'
            "<body><article><h1>学院开学</h1><p>发布时间：2023-09-01 10:15 来源：工人日报</p>"
            "<p>9月1日，学院举行开学典礼，首批学员共80名。</p></article></body></html>")
    res = clean_reprint(page)
    assert (res.published_at.year, res.source) == (2023, "工人日报")


# ------------------------------------------------------------------ invisible characters and stray spaces

CLEAN_SENTENCES = ["9月1日，市劳模工匠学院举行开学典礼，首批学员共80名。", "學院將開設數控加工、電工等課程，並邀請全國勞模授課。",
                   "他说：“技术要传下去，更要把精神传下去。”"]


@PROFILE
@given(st.sampled_from(CLEAN_SENTENCES), st.lists(st.tuples(st.integers(0, 60), st.sampled_from("\u200b\ufeff\u00ad\u2060\u200e")),
                                                 max_size=6))
def test_invisible_characters_anywhere_go(sentence, inserts):
    text = sentence
    for pos, ch in sorted(inserts, reverse=True):
        text = text[:pos] + ch + text[pos:]
    closing = "本期培训为期五天，学员们表示收获很大。"  # not the sentence again: a later copy would go (zhtext.repeats)
    assert [b.text for b in clean_reprint("学院开学典礼举行\n" + text + "\n" + closing).blocks] == [sentence, closing]


@pytest.mark.parametrize("gap", [" ", "\u3000", "\u00a0"])
def test_a_letter_spaced_sentence_closes_up(gap):
    sentence = CLEAN_SENTENCES[1]
    spaced = gap.join(sentence)  # every character apart, as justified text copies
    res = clean_reprint("学院开学典礼举行\n" + spaced + "\n" + CLEAN_SENTENCES[0])
    assert res.blocks[0].text == sentence


def test_spaces_that_may_be_meant_stay():
    res = clean_reprint("推動工匠學院 培育技術人才\n获奖者：王　强、李　明，他们都是来自一线的优秀职工。\n名单：王　强　李　明")
    texts = [b.text for b in res.blocks]
    assert res.title == "推動工匠學院 培育技術人才"
    assert "获奖者：王　强、李　明，他们都是来自一线的优秀职工。" in texts  # proposed, not applied
    assert any(r.kind == "spacing" and not r.certain for r in res.repairs)
    assert "名单：王　强　李　明" in texts  # no sentence: a list's padding is left alone


def test_a_notices_headline_over_its_salutation():
    text = ("关于举办2024年全市职工职业技能大赛的通知\n各区县总工会、各产业工会：\n"
            "为深入实施职工技能提升行动，经研究，决定举办全市职工职业技能大赛。\n一、比赛项目\n附件：报名表.docx")
    res = clean_reprint(text)
    assert res.title == "关于举办2024年全市职工职业技能大赛的通知" and res.title_origin == "text"
    assert [(b.kind, b.text) for b in res.blocks] == [
        ("p", "各区县总工会、各产业工会："), ("p", "为深入实施职工技能提升行动，经研究，决定举办全市职工职业技能大赛。"),
        ("h2", "一、比赛项目"), ("p", "附件：报名表.docx")]


def test_a_headline_printed_again_and_a_sites_promotions_go():
    page = ("<html><body><article><h1>劳模工匠学院秋季班开学</h1><p>劳模工匠学院秋季班开学</p>"
            "<p>9月1日，市劳模工匠学院秋季班开学，300名学员报到。</p><p>扫码关注“XX发布”，获取更多资讯</p>"
            "<p>学院今年新增智能制造、新能源汽车维修两个专业。</p><p>下载XX新闻客户端，看更多精彩内容</p></article></body></html>")
    res = clean_reprint(page)
    assert res.title == "劳模工匠学院秋季班开学"
    assert [b.text for b in res.blocks] == ["9月1日，市劳模工匠学院秋季班开学，300名学员报到。", "学院今年新增智能制造、新能源汽车维修两个专业。"]
    # a sentence that speaks of scanning a code is the article's
    assert find_chrome("职工扫码关注服务平台后，可以在线预约课程，并查看学习记录。") == []


@pytest.mark.parametrize("comment", ["<!-- 正文开始 -->", "&lt;!--end--&gt;", "<!--EndFragment-->"])
def test_a_cms_comment_printed_as_text_goes(comment):
    text = f"{comment}9月10日，学院开班，86名职工参加培训。{comment}"
    assert _apply(text, find_escapes(text)) == "9月10日，学院开班，86名职工参加培训。"


ARTICLE = ("<article><p>9月10日，杭州市总工会劳模工匠学院第三期技能提升班开班，来自全市32家企业的86名一线职工参加培训。</p>"
           "<p>本期培训为期五天，课程涵盖数控加工、工业机器人运维和电气自动化等内容。</p></article>")


@pytest.mark.parametrize("header, title, source, published", [
    # 头条: the headline and "原创date·outlet" above <article>
    ('<div><h1>劳模工匠学院技能提升班开班</h1><div><span>原创</span><span>2024-04-18 09:12</span><span>·</span>'
     '<span>西安工人报</span></div></div>', "劳模工匠学院技能提升班开班", "西安工人报", (2024, 4, 18)),
    # keyed lines in a header block, with the site's menu above them (links, never read as the article's)
    ('<nav><a href="/">首页</a> <a href="/n">新闻</a></nav><h1>劳模工匠学院技能提升班开班</h1>'
     '<p>来源：中工网　发布时间：2024-09-12</p>', "劳模工匠学院技能提升班开班", "中工网", (2024, 9, 12)),
    # a summary sentence above the article is not its header
    ('<h1>劳模工匠学院技能提升班开班</h1><p>导读：本期培训吸引了八十多名一线职工报名参加。</p>', "劳模工匠学院技能提升班开班", "", None),
])
def test_a_saved_pages_header_above_its_article_element_is_read(header, title, source, published):
    res = clean_reprint(f"<html><body>{header}{ARTICLE}</body></html>")
    got = res.published_at and (res.published_at.year, res.published_at.month, res.published_at.day)
    assert (res.title, res.source, got or None) == (title, source, published)
    assert [b.text[:5] for b in res.blocks] == ["9月10日", "本期培训为"]


def test_an_h1_inside_the_article_wins_over_one_above_it():
    page = ("<html><body><h1>某某网</h1><article><h1>劳模工匠学院技能提升班开班</h1>"
            "<p>9月10日，杭州市总工会劳模工匠学院第三期技能提升班开班，来自全市32家企业的86名一线职工参加培训。</p></article></body></html>")
    assert clean_reprint(page).title == "劳模工匠学院技能提升班开班"


@pytest.mark.parametrize(("line", "expected"), [
    ("发布时间：2024-09-12T10:23:00+08:00", dt.datetime(2024, 9, 12, 10, 23)),  # a page's ISO 8601 time
    ("发布时间：2024-09-12T02:23:00Z", dt.datetime(2024, 9, 12, 10, 23)),  # in UTC: Beijing's is 8 hours on
    ("发布时间：2024-09-12T10:23:00.123-04:00", dt.datetime(2024, 9, 12, 22, 23)),
    ("二〇二四年八月二十日", dt.datetime(2024, 8, 20, 12, 0)),  # an official document's date in Chinese numerals
    ("发布日期：二〇二四年十二月三十一日", dt.datetime(2024, 12, 31, 12, 0)),
    ("二○二三年十月一日", dt.datetime(2023, 10, 1, 12, 0)),
    ("二〇二四年二月三十日", None),  # no such day: read as no date, never an error
])
def test_iso_times_and_dates_in_chinese_numerals(line, expected):
    found = parse_meta_line(line)
    assert (found.date if found else None) == expected


def test_a_time_range_after_a_date_is_no_time_zone():
    """2024年9月12日 9:00-11:30 is a date and a span of hours: not a metadata line, and -11:30 no offset."""
    assert parse_meta_line("2024年9月12日 9:00-11:30") is None


def test_a_notices_signature_dated_in_chinese_numerals():
    body = ["为深入推进产业工人队伍建设改革，市总工会决定举办第三期研修班，现将有关事项通知如下。", "请各单位于9月5日前报送报名表。"]
    res = clean_reprint("\n".join(["关于举办劳模工匠学院第三期研修班的通知", "各区县总工会：", *body, "潍坊市总工会", "二〇二四年八月二十日"]))
    assert res.published_at == dt.datetime(2024, 8, 20, 12, 0)
    assert [b.kind for b in res.blocks][-2:] == ["p", "p"]  # the signature stays, and no subheading


@pytest.mark.parametrize("line", ["【来源：潍坊日报】【作者：李明】【日期：2024-09-12】", "[来源：潍坊日报] [作者：李明] [日期：2024-09-12]"])
def test_a_line_of_fields_each_in_brackets(line):
    found = parse_meta_line(line)
    assert (found.source, found.byline, found.date) == ("潍坊日报", "李明", dt.datetime(2024, 9, 12, 12, 0))
    assert parse_meta_line("【打印】【关闭】") is None  # buttons in brackets are chrome's, not fields


def test_a_character_ending_in_two_no_break_bytes_copied_as_spaces():
    """堠 is E5 A0 A0: read as Windows-1252 and copied, å and two spaces (found by the property test above); a
    Latin word's é before two spaces stays French."""
    assert find_mojibake("0å  ") == [(1, 4, "堠")]
    assert find_mojibake("Café  咖啡") == []


@pytest.mark.parametrize("hostile", ["劳模&nbsp" * 30_000, "劳模&ldquo" * 30_000, "&#21171" * 30_000,
                                     "劳模&nbsp;&nbsp" * 20_000])
def test_a_text_of_many_bare_entities_is_read_once(hostile):
    """Each bare entity is checked against the others by a set, not by a scan of them all (quadratic before)."""
    assert len(find_escapes(hostile)) == hostile.count("&")


# What portals and WeChat print at either end of an article, each found missing by pasting it above and below
# the corpus's clean articles: the portals' reprint statement, 网易号's disclaimer in English, WeChat's phone
# footer, an app's prompt to open it, 知乎's edit stamp.
PLATFORM_LINES = [
    "新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。",
    "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, "
    "which is a social media platform and only provides information storage services.",
    "继续滑动看下一个", "向上滑动看下一个", "轻触阅读原文", "分享 留言 收藏 听过", "12人划线", "人划线",
    "扫码打开腾讯新闻", "扫码下载澎湃新闻APP", "点击展开全文", "编辑于 2024-09-10 10:20",
    "跟贴 0 参与 0", "已赞同 12", "稿件投诉", "记笔记", "手机看新闻", "打开网易新闻 查看精彩图片", "@抖音小助手",
    "点击图片查看", "图片由受访者提供", "（照片均由学院提供）", "视频：王某 剪辑：李某", "值班主任：王某",
    # Taiwan's and Hong Kong's pages
    "分享至 Facebook", "列印", "字級設定", "立即訂閱", "訂閱電子報", "加入好友", "讚好", "看更多", "點我看更多", "按我看活動辦法",
    "廣告", "請繼續往下閱讀", "文章來源", "本文轉載自", "最後更新：2024-09-10 10:20", "資料來源：勞動部", "照片：中央社",
    "上一則", "回到頂端", "按此瀏覽", "查看更多", "已複製連結", "閱讀模式", "收藏文章", "贊助", "追蹤我們", "Follow us on Instagram",
    "網上版", "登入 註冊", "下載HK01 App", "你可能感興趣", "更多相關新聞", "私隱政策 免責聲明 使用條款 聯絡我們", "攝：李某",
    # a government's or a union's site
    "您是第 12345 位访客", "当前访问量：12345", "今天是：2024年9月10日 星期二", "欢迎访问潍坊市总工会网站", "无障碍浏览", "长者模式",
    "无障碍 | 长者模式", "English", "站内搜索", "请输入关键词", "网站导航", "领导信箱", "建议使用1024*768分辨率 IE9以上浏览器浏览",
    "浏览器版本过低，请升级", "微信扫码分享", "手机版", "返回旧版",
]


@pytest.mark.parametrize("line", PLATFORM_LINES)
@pytest.mark.parametrize("where", ["above", "below"])
def test_a_platform_s_lines_around_the_article_go(line, where):
    body = list(PAGE_BODY)
    lines = [line, *body] if where == "above" else [*body, line]
    result = clean_reprint("\n".join(["杭州市劳模工匠学院举办技能提升班", *lines]))
    assert result.title == "杭州市劳模工匠学院举办技能提升班"
    touched = [r for r in result.repairs if r.before.strip() and r.before.strip() in line]
    if "声明" in line or "Notice" in line:  # a statement is the editor's to remove, as every notice is
        assert [b.text for b in result.blocks if b.text != line] == body
        assert any(r.kind == "notice" for r in touched)
    else:
        assert [b.text for b in result.blocks] == body
        assert any(r.certain for r in touched)


@pytest.mark.parametrize("sentence", [
    "职工扫码打开报名页面，填写信息即可报名。", "大家分享、留言、收藏，讨论持续到深夜。", "他说：“向上滑动看下一个，就是我们的新课程。”",
    "学院的报名通知编辑于9月10日，当天即发布。", "他参与了投诉处理工作，记笔记是他的习惯。", "视频中，学员们正在练习焊接。",
    "資料來源顯示，學員人數逐年增加。", "廣告牌上寫著「勞動最光榮」。", "看更多的書，學更多的本領。", "最後更新的數據顯示，學員已達三千人。",
    "按此要求，學院調整了課程安排。", "贊助單位包括多家企業。", "關於我們學院的故事，要從十年前說起。",
    "今天是开班的第一天。", "欢迎来到潍坊市劳模工匠学院！", "今天是9月10日，是第40个教师节。", "手机版课程同步上线。",
])
def test_their_words_in_a_sentence_stay(sentence):
    result = clean_reprint("\n".join(["杭州市劳模工匠学院举办技能提升班", PAGE_BODY[0], sentence]))
    assert result.blocks[-1].text == sentence


@pytest.mark.parametrize(("line", "source", "byline"), [
    ("本报讯（记者 王某）", "", "王某"),
    ("潍坊新闻网讯（记者 王某 通讯员 李某）", "潍坊新闻网", "王某、李某"),
    ("大众新闻·齐鲁壹点 记者 王某", "大众新闻·齐鲁壹点", "王某"),
    ("齊魯晚報·齊魯壹點 記者 王某 通訊員 李某", "齊魯晚報·齊魯壹點", "王某、李某"),
    ("闪电新闻记者 王某 潍坊报道", "闪电新闻", "王某"),
])
@pytest.mark.parametrize("where", ["under the headline", "at the end"])
def test_a_credit_set_apart_on_its_own_line_gives_source_and_byline(line, source, byline, where):
    """A dateline or an outlet's credit that a page set on its own line, over the article or under it: it had been
    left in the body (under the headline, as a subheading, and the headline with it)."""
    body = list(PAGE_BODY)
    lines = [line, *body] if where == "under the headline" else [*body, line]
    result = clean_reprint("\n".join(["杭州市劳模工匠学院举办技能提升班", *lines]))
    assert [b.text for b in result.blocks] == body
    assert result.title == "杭州市劳模工匠学院举办技能提升班"
    assert (result.source, result.byline) == (source or result.source, byline)


@pytest.mark.parametrize("line", ["优秀通讯员 王某 李某", "记者节 王某", "本报记者深入车间，记录下学员们的成长。"])
def test_lines_that_only_look_like_credits_stay(line):
    body = [*PAGE_BODY, line]
    result = clean_reprint("\n".join(["杭州市劳模工匠学院举办技能提升班", *body]))
    assert [b.text for b in result.blocks][-1] == line
