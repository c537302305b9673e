"""Chinese that reached the editor in a channel's escapes: a mail's source (quoted-printable, encoded words),
a page's data (JSON's \\uXXXX) or a link's query (%XX) is read back; escape-shaped text that is not Chinese,
and an address, keep theirs."""
import base64
import json
import quopri
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zhtext_helpers import PAGE_BODY

from zhtext.reprint import clean_reprint
from zhtext.script import s2t
from zhtext.transport_escapes import escape_edits, lines_unescaped

HEADLINE = "杭州市劳模工匠学院举办技能提升班"
META = "2024-09-10 10:20 来源：杭州市总工会"
SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SCRIPT = st.sampled_from([str, s2t])


def _quoted_printable(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def _json_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=True)[1:-1]  # as a page's source holds it, \n between the lines


def _check(result, script, paragraphs):
    assert result.title == script(HEADLINE)
    assert result.source == script("杭州市总工会")
    assert [b.text for b in result.blocks if b.kind == "p"] == [script(p) for p in paragraphs]


@SETTINGS
@given(SCRIPT, st.integers(1, 3), st.sampled_from(["\n", "\r\n"]))
def test_a_mail_source_pasted_whole_reads_as_its_text(script, count, newline):
    paragraphs = PAGE_BODY[:count]
    source = _quoted_printable(script("\n".join([HEADLINE, META, *paragraphs]))).replace("\n", newline)
    assert "=\n" in source.replace("\r\n", "\n")  # cut at 76 columns, mid-character
    _check(clean_reprint(source), script, paragraphs)


@SETTINGS
@given(SCRIPT, st.integers(1, 3))
def test_a_json_string_pasted_whole_reads_as_its_text(script, count):
    paragraphs = PAGE_BODY[:count]
    result = clean_reprint(_json_string(script("\n".join([HEADLINE, META, *paragraphs]))))
    _check(result, script, paragraphs)
    assert any(r.kind == "encoding" and r.accepted for r in result.repairs)


@SETTINGS
@given(SCRIPT, st.sampled_from(["json", "percent", "qp"]), st.integers(0, 40))
def test_an_escaped_stretch_inside_a_line_is_read_back(script, kind, at):
    sentence = script(PAGE_BODY[1])
    at = at % (len(sentence) - 6)
    stretch = sentence[at:at + 6]
    escaped = {"json": _json_string, "percent": quote,
               "qp": lambda s: "".join(f"={b:02X}" for b in s.encode())}[kind](stretch)
    result = clean_reprint("\n".join([script(HEADLINE), script(META), sentence[:at] + escaped + sentence[at + 6:]]))
    assert [b.text for b in result.blocks] == [sentence]


def test_a_mail_subject_in_encoded_words_is_read_in_its_charset():
    utf8 = "=?UTF-8?B?" + base64.b64encode("劳模工匠学院".encode()).decode() + "?="
    gbk = "=?gb2312?Q?" + "".join(f"={b:02X}" for b in "举办技能提升班".encode("gb2312")) + "?="
    ((_s, _e, text),) = escape_edits(f"{utf8} {gbk}")
    assert text == "劳模工匠学院举办技能提升班"


def test_an_emoji_escaped_as_two_surrogates_is_one_character():
    assert escape_edits("收获满满\\ud83d\\udcaa") == [(4, 16, "💪")]


@pytest.mark.parametrize("text", [
    "=3D=3D 分隔线", "增长100%25左右", "caf=E9 开业", "\\u0041\\u0042 两个字母", "颜色 =FF=00=00",
    "=E5=B7 不完整", "%ZZ%E5", "=?x-unknown?B?5bel5Lya?= 未知编码", "=?UTF-8?B?!!!?= 坏的编码",
])
def test_escape_shaped_text_that_is_not_chinese_is_left(text):
    assert escape_edits(text) == []
    assert lines_unescaped(text) == (text, "", 0)


def test_an_address_keeps_its_escapes():
    address = "https://www.example.cn/search?q=%E5%B7%A5%E4%BC%9A"
    assert escape_edits(f"详见{address}，欢迎报名") == []
    result = clean_reprint("\n".join([HEADLINE, META, f"报名方式详见{address}，欢迎职工报名参加培训。"]))
    assert address in result.blocks[0].text


def test_a_line_ending_in_an_equals_sign_is_no_soft_break():
    text = "\n".join([HEADLINE, META, "计算公式为：总分=", "理论成绩加实操成绩，满分一百分。"])
    assert lines_unescaped(text) == (text, "", 0)


@pytest.mark.parametrize("hostile", ["=" * 200_000, "=E5" * 100_000, "\\u5de5" * 50_000 + "\\n" * 1000,
                                     "%E5" * 100_000, "=?UTF-8?B?" * 20_000, "\\ud83d" * 50_000])
def test_hostile_runs_are_read_in_one_pass(hostile):
    escape_edits(hostile)
    text, _mark, count = lines_unescaped(hostile)
    assert count == 0 or len(text) < len(hostile)


@SETTINGS
@given(SCRIPT, st.booleans())
def test_a_whole_message_source_gives_the_subject_as_headline_and_the_body(script, legacy):
    """A press office's mail saved as source: encoded words in the header, the body quoted-printable, the fields a
    mail program keeps for itself; the article is what a reader of the message saw."""
    charset = ("gb2312" if script is str else "big5") if legacy else "UTF-8"

    def word(text):
        return f"=?{charset}?B?{base64.b64encode(script(text).encode(charset)).decode()}?="

    body = _quoted_printable(script("\n".join(PAGE_BODY)))
    source = "\n".join([
        f"From: {word('杭州市总工会宣传部')} <xc@example.org>", "To: news@example.org", f"Subject: {word(HEADLINE)}",
        "Date: Tue, 10 Sep 2024 10:20:00 +0800", "MIME-Version: 1.0", "Message-ID: <1@example.org>",
        "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable",
        "X-Mailer: Foxmail 7.2", "", body,
    ])
    result = clean_reprint(source)
    assert result.title == script(HEADLINE)
    assert [b.text for b in result.blocks] == [script(p) for p in PAGE_BODY]
