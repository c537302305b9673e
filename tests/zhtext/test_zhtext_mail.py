"""An article that arrived by e-mail (zhtext.mail): a forward's subject line and separator, the header's
fields (Chinese, Taiwan's Outlook, English), a reply's quotation marks, the sender's note to the editors,
a sign-off, a signature and the mail app's line. Built by hand from the way mail clients print a message,
2026-12-06; every combination is generated."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zhtext_helpers import PAGE_BODY

from zhtext.reprint import clean_reprint
from zhtext.script import s2t

PROFILE = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HEADLINE = "杭州劳模工匠学院第三期技能提升班开班"
BODY = PAGE_BODY

# (sender, sent, recipient, copy, subject, attachment) keys as mail clients print them.
CLIENTS = {
    "qq": ("发件人", "发送时间", "收件人", "抄送", "主题", "附件"),
    "outlook-tw": ("寄件者", "寄件日期", "收件者", "副本", "主旨", "附件"),
    "gmail": ("From", "Date", "To", "Cc", "Subject", "Attachments"),
    "outlook": ("From", "Sent", "To", "Cc", "Subject", "Attachments"),
}
SEPARATORS = ["-------- 原始邮件 --------", "------------------ 原始邮件 ------------------",
              "---------- Forwarded message ---------", "-----Original Message-----", "________________________________", ""]
MARKS = ["转发：", "Fw: ", "FW: ", "Fwd: ", "回复：", "Re: ", "转发：Re: ", ""]
APPS = ["发自我的iPhone", "发自我的华为手机", "Sent from my iPhone", "来自网易邮箱大师", "Get Outlook for iOS", ""]
NOTES = ["各位编辑老师：", "您好！现将我会新闻稿发送给您，请审阅后予以刊发。", "各位好，转寄如下，敬请参考刊登。"]


def envelope(client, mark, separator, subject=HEADLINE):
    sender, sent, to, copy, subj, attached = CLIENTS[client]
    return [line for line in [
        f"{mark}{subject}" if mark else "", separator,
        f"{sender}：杭州市总工会宣传部 <xcb@example.org>", f"{sent}：2024年9月12日(星期四) 下午3:20",
        f"{to}：网站编辑部 <web@example.org>", f"{copy}：李明 <liming@example.org>",
        f"{subj}：{mark}{subject}", f"{attached}：照片.zip (12.3 MB)",
    ] if line]


def texts(result):
    return [b.text for b in result.blocks]


@PROFILE
@given(st.sampled_from(sorted(CLIENTS)), st.sampled_from(MARKS), st.sampled_from(SEPARATORS), st.booleans(),
       st.booleans(), st.sampled_from(APPS), st.booleans())
def test_a_forwarded_press_release(client, mark, separator, repeated, signed, app, traditional):
    """The envelope, the sign-off, the signature and the app's line go; the headline is the subject or the
    headline printed again; every sentence of the article stays, and nothing else."""
    convert = s2t if traditional else (lambda s: s)
    lines = envelope(client, mark, separator) + [""] + ([HEADLINE, ""] if repeated else []) + BODY
    if signed:
        lines += ["", "此致", "敬礼！", "", "王小红", "杭州市总工会宣传部", "电话：0571-8888888", "手机：13800000000"]
    lines += ["", app] if app else []
    res = clean_reprint(convert("\n".join(lines)))
    assert res.title == convert(HEADLINE)
    assert texts(res) == [convert(p) for p in BODY]
    assert res.published_at is None  # the mail's time is not the article's
    assert any(w.kind == "note" and "电子邮件" in w.message for w in res.warnings)


def test_the_senders_note_over_the_headline_is_proposed_and_kept_out_of_the_summary():
    page = "\n".join(envelope("qq", "转发：", SEPARATORS[0]) + NOTES[:2] + [HEADLINE] + BODY)
    res = clean_reprint(page)
    assert res.title == HEADLINE
    note = next(r for r in res.repairs if r.before == NOTES[1])
    assert (note.kind, note.accepted, note.certain) == ("mail", False, False)  # a sentence: the editor decides
    assert texts(res) == [NOTES[1], *BODY]
    assert NOTES[1][:6] not in res.summary and res.summary.startswith(BODY[0][:10])
    accepted = clean_reprint(page, decisions={note.id: True})
    assert texts(accepted) == BODY


def test_a_note_over_an_article_without_its_headline_is_found_too():
    page = "\n".join(envelope("outlook-tw", "FW: ", SEPARATORS[4]) + ["", NOTES[2], ""] + BODY)
    res = clean_reprint(s2t(page))
    assert res.title == s2t(HEADLINE) and texts(res) == [s2t(p) for p in BODY]


def test_a_reply_quoting_the_article():
    quoted = ["> " + p for p in BODY]
    page = "\n".join(envelope("qq", "回复：", "")[1:] + ["", "在 2024年9月12日 15:20，王小红 写道：", *quoted])
    res = clean_reprint(page)
    assert res.title == HEADLINE and texts(res) == BODY


def test_a_signature_under_the_dashes():
    page = "\n".join(envelope("gmail", "", SEPARATORS[2]) + ["", HEADLINE, ""] + BODY + ["--", "王小红", "杭州市总工会宣传部", "Tel: 0571-8888888"])
    assert texts(clean_reprint(page)) == BODY


@pytest.mark.parametrize("lines", [
    # an event's notice: 时间, 地点, 主题 lines, and no sender: no e-mail
    [HEADLINE, *BODY, "时间：9月20日上午9:00", "地点：杭州市职工文化中心", "主题：工匠精神与技能传承"],
    # a contact for enquiries at an article's end
    [HEADLINE, *BODY, "报名咨询电话：0571-8888888"],
    # a letter quoted whole at the end of an article: 此致 敬礼 and its signer, no contact lines
    [HEADLINE, *BODY, "此致", "敬礼！", "全体学员"],
    # a single "发件人" line in a story about e-mail is not a header
    [HEADLINE, *BODY, "发件人：王小红"],
])
def test_what_only_looks_like_mail_stays(lines):
    res = clean_reprint("\n".join(lines))
    kept = "".join(texts(res))
    for line in lines[4:]:
        assert line in kept or line == res.title


def test_a_credit_named_before_its_key():
    """（杭州市总工会宣传部 供稿）: the supplier first, then 供稿 (also 撰稿, 撰文, 采写)."""
    for credit, who in [("（杭州市总工会宣传部 供稿）", "杭州市总工会宣传部"), ("（王小红撰稿）", "王小红"),
                        ("(市总工会 供稿)", "市总工会")]:
        res = clean_reprint("\n".join([HEADLINE, *BODY, credit]))
        assert res.byline == who and texts(res) == BODY
    res = clean_reprint("\n".join([HEADLINE, *BODY, "（本文由市总工会宣传部门整理，供稿。）"]))
    assert res.byline == ""


def test_a_forward_pasted_from_webmail_as_html():
    """Outlook on the web: the forwarder's word over the forwarded header, its fields in bold, one <br> a line."""
    page = ("<html><body><div>各位编辑老师好，转发如下，请审阅。</div><div><br></div>"
            "<div style=\"border-top:solid #E1E1E1 1.0pt\"><p><b>发件人:</b> 杭州市总工会宣传部 &lt;xcb@example.org&gt;<br>"
            f"<b>发送时间:</b> 2024年9月12日 15:20<br><b>收件人:</b> 网站编辑部 &lt;web@example.org&gt;<br><b>主题:</b> {HEADLINE}</p></div>"
            + "".join(f"<p>{p}</p>" for p in BODY)
            + "<p>此致<br>敬礼！</p><p>王小红<br>杭州市总工会宣传部<br>电话：0571-8888888</p></body></html>")
    res = clean_reprint(page)
    assert res.title == HEADLINE and texts(res) == BODY
    assert any(r.label == "转发人写给编辑的话" and r.accepted for r in res.repairs)
