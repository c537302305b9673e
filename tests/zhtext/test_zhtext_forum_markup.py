"""What a forum post or a picture leaves in a reprint's text: forum markup (BBCode), a picture's file name, a
forum's attachment box; and plain text with a stray HTML tag in it, which must keep its paragraphs."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zhtext_helpers import PAGE_BODY

from zhtext.bbcode import bbcode_edits, bbcode_images
from zhtext.reprint import clean_reprint
from zhtext.script import s2t

HEADLINE = "杭州市劳模工匠学院举办技能提升班"
META = "2024-09-10 10:20 来源：杭州市总工会"
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SCRIPT = st.sampled_from([str, s2t])
WRAPS = [("[b]", "[/b]"), ("[color=red]", "[/color]"), ("[size=4]", "[/size]"), ("[B][COLOR=#FF0000]", "[/COLOR][/B]"),
         ("[url=https://bbs.example.com/thread-1-1.html]", "[/url]"), ("[font=宋体]", "[/font]"), ("[u]", "[/u]"),
         ("[align=center]", "[/align]"), ("[backcolor=yellow]", "[/backcolor]")]
PICTURE = "https://bbs.example.com/data/attachment/forum/202409/10/a1b2c3.jpg"
EMBEDS = [f"[img]{PICTURE}[/img]", f"[img=640,480]{PICTURE}[/img]", "[attach]12345[/attach]", "[attachimg]678[/attachimg]",
          "[media=x,500,375]https://v.example.com/a.mp4[/media]"]


def _page(script, body):
    return "\n\n".join([script(HEADLINE), META, *body])


@SETTINGS
@given(SCRIPT, st.lists(st.tuples(st.integers(0, 2), st.integers(0, 60), st.integers(1, 8), st.sampled_from(WRAPS)),
                        min_size=1, max_size=5),
       st.integers(0, len(EMBEDS) - 1), st.integers(0, 3))
def test_forum_markup_goes_and_its_words_stay(script, wraps, embed, where):
    body = [script(p) for p in PAGE_BODY]
    marked = list(body)
    # stretches of the words, none overlapping another, wrapped from the last so earlier positions hold
    taken: dict[int, list[tuple[int, int]]] = {}
    for para, start, length, wrap in wraps:
        start = start % len(body[para])
        stop = min(len(body[para]), start + length)
        if all(stop <= s or start >= e for s, e, _ in taken.setdefault(para, [])):
            taken[para].append((start, stop, wrap))
    for para, spans in taken.items():
        for start, stop, (opening, closing) in sorted(spans, reverse=True):
            text = marked[para]
            marked[para] = text[:start] + opening + text[start:stop] + closing + text[stop:]
    marked.insert(min(where, len(marked)), EMBEDS[embed])
    result = clean_reprint(_page(script, marked))
    assert [b.text for b in result.blocks] == body
    assert not any("[" in r.after for r in result.repairs)
    assert [i.src for i in result.images] == ([PICTURE] if EMBEDS[embed].startswith("[img") else [])


@pytest.mark.parametrize("text", [
    "根据《条例》[1]的规定，学院开班。", "学员们纷纷点赞[强]", "[图片]", "测试结果为[OK]。", "第[b]项与第[i]项",
    "数组a[i]的值", "[注]本文数据来自市总工会。", "【学习贯彻】劳模工匠学院开班", "[/]", "[color]红色[color]",
])
def test_brackets_that_are_not_forum_markup_stay(text):
    assert bbcode_edits(text) == []


def test_a_link_keeps_its_words_and_a_bare_link_its_address():
    text = "详见[url=https://a.example.com/1]报名通知[/url]或[url]https://a.example.com/2[/url]。"
    out = text
    for start, end, after, _ in reversed(bbcode_edits(text)):
        out = out[:start] + after + out[end:]
    assert out == "详见报名通知或https://a.example.com/2。"


def test_a_list_loses_its_item_marks_only_among_forum_markup():
    assert [e[:3] for e in bbcode_edits("[list][*]理论课程[*]实操训练[/list]")] == [
        (0, 6, ""), (6, 9, ""), (13, 16, ""), (20, 27, "")]
    assert bbcode_edits("评分[*]为必填项") == []


def test_only_picture_addresses_are_offered():
    text = f"[img]{PICTURE}[/img][img]不是地址[/img][attach]1[/attach][IMG]//cdn.example.com/b.png[/IMG]"
    assert [image.src for image in bbcode_images(text)] == [PICTURE, "//cdn.example.com/b.png"]


def test_hostile_markup_is_read_in_one_pass():
    text = "[b]" * 50_000 + "劳模" + "[color=" * 20_000 + "[img]" * 20_000
    edits = bbcode_edits(text)
    assert len(edits) == 0  # no [b] is closed, no [color= is finished, no [img] has its end


# --- A picture's file name, a forum's attachment box ---------------------------------------------------------

NAMES = st.one_of(
    st.builds("IMG_{}{:02d}{:02d}_{:06d}.jpg".format, st.integers(2015, 2026), st.integers(1, 12), st.integers(1, 28),
              st.integers(0, 235959)),
    st.builds("微信图片_{}.{}".format, st.integers(10**13, 10**14 - 1), st.sampled_from(["jpg", "png", "jpeg"])),
    st.builds("DSC{:05d}.JPG".format, st.integers(0, 99999)),
    st.builds("image{:03d}.png".format, st.integers(1, 999)),
    st.builds("mmexport{}.jpg".format, st.integers(10**12, 10**13 - 1)),
    st.sampled_from(["开班仪式现场.jpg", "合影 (2).JPG", "培训现场-1.webp", "屏幕截图 2024-09-10 102030.png"]),
)
BOXES = st.sampled_from(["", " (125.3 KB, 下载次数: 3)", "（2.1 MB，下载次数：17）"])


@SETTINGS
@given(SCRIPT, NAMES, BOXES, st.booleans(), st.integers(0, 3))
def test_a_picture_s_name_and_attachment_box_go(script, name, box, forum, where):
    body = [script(p) for p in PAGE_BODY]
    lines = [name + box] + (["下载附件", "2024-9-10 10:23 上传"] if forum else [])
    marked = body[:where] + lines + body[where:]
    result = clean_reprint(_page(script, marked))
    assert [b.text for b in result.blocks] == body


@pytest.mark.parametrize("line", [
    "请将照片以“姓名+单位”命名，格式为jpg。", "报名表请发送至邮箱，附件命名为姓名.docx。", "学员代表王海上传了作品照片。",
    "下载附件后填写报名表，于9月20日前交回。",
])
def test_sentences_about_files_stay(line):
    result = clean_reprint(_page(str, [PAGE_BODY[0], line, PAGE_BODY[1]]))
    assert line in [b.text for b in result.blocks]


# --- Plain text with a stray tag ----------------------------------------------------------------------------

# (opening, closing, where): around four characters, around the paragraph, or after it
STRAY = [("<span>", "</span>", "words"), ('<span style="color:red">', "</span>", "words"), ("<strong>", "</strong>", "words"),
         ('<font color="red">', "</font>", "words"), ("<p>", "</p>", "paragraph"), ('<div class="a">', "</div>", "paragraph"),
         ("", "<br>", "after"), ("", "<br/>", "after")]


@SETTINGS
@given(SCRIPT, st.sampled_from(STRAY), st.integers(0, 2), st.integers(0, 20), st.sampled_from(["\n", "\n\n", "\r\n"]))
def test_plain_text_with_a_stray_tag_keeps_its_paragraphs(script, tag, para, at, newline):
    body = [script(p) for p in PAGE_BODY]
    opening, closing, where = tag
    marked = list(body)
    text = marked[para]
    at = {"words": min(at, len(text) - 4), "paragraph": 0, "after": len(text)}[where]
    stop = {"words": at + 4, "paragraph": len(text), "after": len(text)}[where]
    marked[para] = text[:at] + opening + text[at:stop] + closing + text[stop:]
    result = clean_reprint(newline.join([script(HEADLINE), META, *marked]))
    assert result.title == script(HEADLINE)
    assert [b.text for b in result.blocks] == body


def test_a_page_s_own_markup_still_runs_its_source_lines_on():
    page = "<h1>劳模工匠学院开班</h1>\n<p>9月10日，杭州市总工会劳模工匠学院第三期技能提升班\n开班，来自全市32家企业的86名一线职工参加培训。</p>"
    assert [b.text for b in clean_reprint(page).blocks] == [PAGE_BODY[0]]


def test_a_blank_line_inside_an_element_parts_its_paragraphs():
    page = f"<h1>劳模工匠学院开班</h1>\n<div>\n  {PAGE_BODY[0]}\n\n  {PAGE_BODY[1]}\n</div>"
    assert [b.text for b in clean_reprint(page).blocks] == PAGE_BODY[:2]


@pytest.mark.parametrize(("text", "read"), [
    ("第1<strong>0期</strong>", "第10期"), ("R<b>&</b>D center", "R&D center"), ("Hello<br>world", "Hello world"),
    ("共<span>32</span>家", "共32家"),
])
def test_a_printed_inline_tag_leaves_no_gap_and_a_break_a_space(text, read):
    from zhtext.web_escapes import find_escapes

    for start, end, after in reversed(find_escapes(text)):
        text = text[:start] + after + text[end:]
    assert text == read
