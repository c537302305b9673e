"""A reprint pasted as Markdown (zhtext.markdown_input): from a note app, 语雀, 知乎's "copy as Markdown", a
WeChat layout editor or a chat assistant. Its marks are read as the headings, lists, links, pictures and
tables they stand for, never left in the text; prose that merely uses a dash, a quotation mark, a hashtag
or an underscore is read as before. Every combination of marks is generated."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zhtext_helpers import PAGE_BODY

from zhtext.markdown_input import looks_like_markdown
from zhtext.reprint import clean_reprint
from zhtext.script import s2t

PROFILE = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HEADLINE = "杭州劳模工匠学院第三期技能提升班开班"
ITEMS = ["理论课程：安全生产与质量管理。", "实操课程：数控车床编程与操作。"]
LEFT_MARKS = ("**", "](", "![", "# ", "```", "__")


def texts(result):
    return [b.text for b in result.blocks]


def marked_body(strong, link, separator):
    first, second, third = PAGE_BODY
    if strong:
        first = first.replace("9月10日", "**9月10日**", 1)
    if link:
        third = third.replace("全国劳动模范王建国", "[全国劳动模范王建国](https://example.com/people/wang)", 1)
    return separator.join([first, second, third])


@PROFILE
@given(st.sampled_from(["# ", "## "]), st.booleans(), st.booleans(), st.booleans(), st.booleans(),
       st.sampled_from(["\n\n", "\n"]), st.booleans(), st.booleans())
def test_a_markdown_reprint(heading, strong, link, picture, bullets, separator, credits, traditional):
    """The headline without its #, the paragraphs without their marks, the list as items, the picture
    offered for the media library, the credits line read as credits: every sentence, and no mark."""
    convert = s2t if traditional else (lambda s: s)
    parts = [f"{heading}{HEADLINE}"]
    parts += ["> 来源：杭州市总工会 | 作者：李明 | 2024-09-10 16:20"] if credits else []
    parts += [marked_body(strong, link, separator)]
    parts += ["![开班仪式现场](https://example.com/img/a.jpg)"] if picture else []
    parts += ["## 课程安排", "\n".join(f"- {item}" for item in ITEMS) if bullets else "\n\n".join(ITEMS)]
    text = convert("\n\n".join(parts))
    if not looks_like_markdown(text):  # a heading and nothing else Markdown: read as text, as before
        assert not (strong or link or picture) and heading == "# "
        return
    res = clean_reprint(text)
    assert res.title == convert(HEADLINE)
    body = texts(res)
    assert body[:3] == [convert(p) for p in PAGE_BODY]
    assert body[3] == convert("课程安排") and res.blocks[3].kind == "h2"
    assert body[4:] == [convert(item) for item in ITEMS]
    assert all(b.kind == "li" for b in res.blocks[4:]) == bullets
    everything = "\n".join([res.title, res.summary, *body])
    assert not any(mark in everything for mark in LEFT_MARKS)
    if credits:
        assert (res.source, res.byline) == (convert("杭州市总工会"), convert("李明"))
    assert [image.src for image in res.images] == (["https://example.com/img/a.jpg"] if picture else [])
    assert any(r.kind == "markdown" and r.accepted for r in res.repairs)


def test_a_table_and_a_fenced_block():
    text = "\n".join([
        "# 培训班课程表", "", "本期培训安排如下。", "",
        "| 日期 | 课程 |", "| --- | --- |", "| 9月10日 | 安全生产 |", "| 9月11日 | 数控编程 |", "",
        "```", "G01 X10 Y20", "```", "",
        "以上课程由劳模工匠授课。",
    ])
    res = clean_reprint(text)
    assert res.title == "培训班课程表"
    rows = [b.text for b in res.blocks if b.kind in ("tr", "th")]
    assert len(rows) == 3 and "安全生产" in rows[1] and "数控编程" in rows[2]
    assert "以上课程由劳模工匠授课。" in texts(res) and "本期培训安排如下。" in texts(res)
    assert not any("|" in t or "```" in t for t in texts(res))


def test_prose_with_a_dash_a_quotation_a_hashtag_or_an_underscore_is_not_markdown():
    for text in [
        "\n".join(["- 第一项：报名", "- 第二项：培训"] + PAGE_BODY),  # a list, nothing else
        "\n".join(["> 原帖：" + PAGE_BODY[0]] + PAGE_BODY[1:]),  # a forum's quotation
        "#劳模工匠# #技能提升# " + PAGE_BODY[0],  # hashtags
        "王五_NE0011 提交的报告 " + PAGE_BODY[1] + " 5*3=15，" + PAGE_BODY[2],
        "# 第一章" + "\n" + PAGE_BODY[0],  # one heading-like line only
        "**" + PAGE_BODY[0] + "**",  # one kind of mark only
    ]:
        res = clean_reprint(text)
        assert not looks_like_markdown(text), text
        assert res.input_format == "text" and not any(r.kind == "markdown" for r in res.repairs)


def test_an_editor_who_declines_the_reading_keeps_the_text_as_it_was():
    text = "\n\n".join([f"# {HEADLINE}", marked_body(True, True, "\n\n")])
    proposed = clean_reprint(text)
    rid = next(r.id for r in proposed.repairs if r.kind == "markdown")
    kept = clean_reprint(text, decisions={rid: False})
    assert kept.input_format == "text"
    assert "**9月10日**" in "\n".join(texts(kept) + [kept.title])
    assert proposed.input_format == "markdown"


def test_markup_in_markdown_stays_text():
    """Raw HTML is not read as HTML from Markdown (a link's javascript: address is not made a link)."""
    text = "\n\n".join([f"# {HEADLINE}", "**9月10日**开班。[点我](javascript:alert(1))", PAGE_BODY[1]])
    res = clean_reprint(text)
    assert res.input_format == "markdown"
    assert not any("javascript" in t and "<a" in t for t in texts(res))
    assert PAGE_BODY[1] in texts(res)


def wrapped(paragraph, width):
    """The paragraph wrapped at *width* columns, as an editor wraps Markdown source (a Chinese character or
    full-width mark takes two, marks and digits one)."""
    lines, line, used = [], "", 0
    for char in paragraph:
        cost = 1 if char.isascii() else 2
        if used + cost > width:
            lines, line, used = [*lines, line], "", 0
        line, used = line + char, used + cost
    return "\n".join([*lines, line])


@PROFILE
@given(st.integers(min_value=36, max_value=80), st.booleans(), st.booleans())
def test_markdown_wrapped_at_a_width_is_joined_as_plain_text_is(width, blank_lines, traditional):
    """A Markdown file wrapped at a width (a text editor's): the wraps inside a clause are joined, as the
    text path's judge joins them, each a repair."""
    convert = s2t if traditional else (lambda s: s)
    body = [PAGE_BODY[0] + PAGE_BODY[1], PAGE_BODY[2] + "学院还将组织学员到企业现场开展实操训练，并进行结业考核。"]
    source = [wrapped(body[0].replace("9月10日", "**9月10日**", 1), width), wrapped(body[1], width)]
    lines = [f"# {HEADLINE}", "", source[0], "" if blank_lines else None, source[1], "",
             "![现场](https://example.com/a.jpg)"]
    res = clean_reprint(convert("\n".join(line for line in lines if line is not None)))
    # Where a line ends a sentence a new paragraph may start, as in plain text: that join is only proposed.
    # (The source converted as it is cut: OpenCC reads 考⏎核 as two words.)
    assert "".join(texts(res)) == convert("\n".join(source)).replace("\n", "").replace("**", "")
    assert all(text.endswith(("。", "”")) for text in texts(res))
    assert any(r.kind == "linebreak" and r.accepted for r in res.repairs)


def test_a_wrap_the_editor_refuses_stays_a_break():
    text = "\n".join([f"# {HEADLINE}", "", wrapped(PAGE_BODY[0].replace("9月10日", "**9月10日**", 1), 40),
                      "", "![现场](https://example.com/a.jpg)"])
    proposed = clean_reprint(text)
    first = next(r for r in proposed.repairs if r.kind == "linebreak")
    kept = clean_reprint(text, decisions={first.id: False})
    assert len(texts(kept)) == 2 and "".join(texts(kept)) == PAGE_BODY[0]


def test_windows_line_ends_and_unicode_line_separators():
    """Lines are counted as the Markdown parser counts them: \\r\\n is one end, U+2028 none."""
    body = wrapped(PAGE_BODY[0].replace("9月10日", "**9月10日**", 1), 40)
    for text in ("\r\n".join([f"# {HEADLINE}", "", body, "", "![现场](https://example.com/a.jpg)"]),
                 "\n".join([f"# {HEADLINE}\u2028", "", body, "", "![现场](https://example.com/a.jpg)"])):
        res = clean_reprint(text)
        assert texts(res) == [PAGE_BODY[0]]
