"""A mail's whole source pasted (headers, MIME parts in Base64 or quoted-printable, a plain and an HTML part), and
a Base64 body pasted alone: read as the mail a reader saw (zhtext.mime_input, zhtext.transport_escapes)."""
import base64
import os
import textwrap
from email.message import EmailMessage

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zhtext_helpers import PAGE_BODY

from zhtext.mime_input import mime_text
from zhtext.reprint import clean_reprint
from zhtext.script import s2t
from zhtext.transport_escapes import base64_spans

HEADLINE = "杭州市劳模工匠学院举办技能提升班"
SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _mail(body: str, subject: str, charset: str, cte: str, html: bool) -> str:
    message = EmailMessage()
    message["From"] = "杭州市总工会宣传部 <xc@example.org>"
    message["To"] = "news@example.org"
    message["Subject"] = subject
    message["Date"] = "Tue, 10 Sep 2024 10:20:00 +0800"
    message.set_content(body, charset=charset, cte=cte)
    if html:
        message.add_alternative("".join(f"<p>{p}</p>" for p in body.split("\n\n")), subtype="html", charset=charset, cte=cte)
    return message.as_string()


@SETTINGS
@given(st.sampled_from([str, s2t]), st.sampled_from(["utf-8", "gb18030", "big5"]),
       st.sampled_from(["base64", "quoted-printable"]), st.booleans())
def test_a_mail_source_reads_as_its_subject_and_text(script, charset, cte, html):
    script = s2t if charset == "big5" else script  # (Big5 has Traditional characters only, and not 爲)
    body = [script(p).replace("爲", "為") for p in PAGE_BODY]
    source = _mail("\n\n".join(body), script(HEADLINE), charset, cte, html)
    result = clean_reprint(source)
    assert result.title == script(HEADLINE)
    assert [b.text for b in result.blocks] == body  # once, though the HTML part holds it again
    assert any("xc@example.org" in w.message for w in result.warnings)  # the sender, for the editor


def test_the_envelope_and_the_text_part():
    source = _mail("\n\n".join(PAGE_BODY), HEADLINE, "utf-8", "base64", True)
    text = mime_text(source)
    assert text.startswith("From: 杭州市总工会宣传部 <xc@example.org>\nTo: news@example.org\nSubject: " + HEADLINE)
    assert text.endswith(PAGE_BODY[-1]) and "<p>" not in text and "Content-Type" not in text


def test_an_html_only_mail_gives_its_html():
    message = EmailMessage()
    message["Subject"], message["From"] = HEADLINE, "xc@example.org"
    message.set_content("".join(f"<p>{p}</p>" for p in PAGE_BODY), subtype="html", charset="utf-8", cte="base64")
    result = clean_reprint(message.as_string())
    assert [b.text for b in result.blocks] == PAGE_BODY


@pytest.mark.parametrize("text", [
    "Content-Type: text/plain\n\n正文。",  # one header line: a fragment, not a mail
    "标题\nContent-Type: text/plain\n\n正文。",
    "From: a@example.org\nSubject: x\n\n没有 MIME 的头，交给 zhtext.mail。",
    "From: a@example.org\nMIME-Version: 1.0\nContent-Type: text/plain; charset=x-unknown\nContent-Transfer-Encoding: base64\n\n5bel5Lya\n",
    "From: a@example.org\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n--b\nbroken",
])
def test_what_is_not_a_readable_mail_source_is_left(text):
    assert mime_text(text) is None


def test_a_base64_body_pasted_alone_is_read():
    body = "\n\n".join([HEADLINE, *PAGE_BODY])
    for charset in ("utf-8", "gb18030"):
        encoded = "\n".join(textwrap.wrap(base64.b64encode(body.encode(charset)).decode(), 76))
        result = clean_reprint(encoded)
        assert result.title == HEADLINE and [b.text for b in result.blocks] == PAGE_BODY


@pytest.mark.parametrize("text", [
    "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    base64.b64encode(os.urandom(300)).decode(), base64.b64encode(b"plain English text, no Chinese at all").decode(),
    "\n".join(textwrap.wrap(base64.b64encode(bytes(range(256)) * 3).decode(), 76)),
])
def test_tokens_hashes_and_other_data_stay(text):
    assert base64_spans(text) == []


def test_a_long_block_is_read_in_one_pass():
    hostile = "QUJD" * 50_000 + "\n" + "5bel" * 50_000  # ABC… then 工…: two lines of one length, one block
    assert base64_spans(hostile) == [(0, len(hostile), "ABC" * 50_000 + "工" * 50_000)]


def test_the_mail_s_date_is_noted_not_taken():
    result = clean_reprint(_mail("\n\n".join(PAGE_BODY), HEADLINE, "utf-8", "base64", False))
    assert result.published_at is None  # a mail's time is when it was sent, not when the news appeared


def test_a_block_with_windows_line_ends_and_a_word_under_it():
    text = "各位编辑：\r\n5bel5Lya5Yqz5qih5bel5Yyg\r\n5a2m6Zmi\r\nBest\r\n"
    assert [(text[start:end], found) for start, end, found in base64_spans(text)] == [
        ("5bel5Lya5Yqz5qih5bel5Yyg\r\n5a2m6Zmi\r", "工会劳模工匠学院")]
