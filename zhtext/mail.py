"""An article that arrived by e-mail: the message's envelope, the sender's note and signature around it.

A union's press office often sends its news by e-mail, and an editor pastes the whole message: the
forward's subject line (转发：…, Fw: …), a separator (-------- 原始邮件 --------, ---------- Forwarded
message ---------), the header's fields (发件人, 发送时间, 收件人, 抄送, 主题, 附件; Outlook's 寄件者 and 主旨
in Taiwan; From, Sent, To, Cc, Subject), a reply's quotation marks (> ) and its "…写道：" line, a note to
the editors, and after the article a sign-off (此致 敬礼), the sender's signature (a name, a department,
telephone numbers) and the mail app's line (发自我的iPhone).

- The header's fields are read only as a block: two or more field lines together, a sender and a
  recipient or subject among them, so that one "主题：…" line of an article is never taken for one.
- The envelope and the app's line go (they hold no sentence). The subject, without its Fw:/转发：/回复：
  marks, is the headline when the text does not print it again as its own first line.
- What stands between the header and the headline printed again is the sender's note to the editors:
  its removal is proposed (a sentence is never removed without the editor), as is the signature's.
- A signature is only recognised under a sign-off or the "-- " line that opens one, never at the end of
  an article that gives a telephone number for enquiries.
"""
from __future__ import annotations

import re

from .repair_run import Run
from .script import t2s

Blocks = list[tuple[int, str, str]]

# A header field's key, in Simplified, Traditional (Outlook's zh-TW) and English; what kind it is.
_KEYS = {
    "sender": r"发件人|發件人|寄件人|寄件者|From",
    "sent": r"发送时间|發送時間|发送日期|發送日期|寄件日期|寄件时间|寄件時間|时间|時間|日期|Sent|Date",
    "recipient": r"收件人|收件者|To|抄送|副本|密件副本|密送|Cc|CC|Bcc|BCC",
    "subject": r"主题|主題|主旨|Subject",
    "attachment": r"附件|Attachments?",
    # A message's source pasted whole (zhtext.transport_escapes reads its encoded text): the fields a mail
    # program keeps for itself, never shown to a reader.
    "transport": r"MIME-Version|Content-Type|Content-Transfer-Encoding|Content-Disposition|Content-Language|"
                 r"Message-I[Dd]|In-Reply-To|References|Reply-To|Return-Path|Received|Delivered-To|"
                 r"Thread-(?:Topic|Index)|X-[A-Za-z][A-Za-z0-9-]{0,40}",
}
_FIELD = re.compile(
    r"^\s*(?:" + "|".join(f"(?P<{kind}>{keys})" for kind, keys in _KEYS.items()) + r")\s*[:：]\s*(?P<value>.*)$"
)
# A forward's or a reply's separator: -------- 原始邮件 --------, ---------- Forwarded message ---------.
_SEPARATOR = re.compile(
    r"^[\s\-—–_=*]*(?:原始邮件|原始郵件|转发邮件信息|轉寄郵件資訊|转发的邮件|轉寄的郵件|以下是转发的邮件|邮件原文|"
    r"Original Message|Forwarded message|Forwarded Message|Begin forwarded message:?)[\s\-—–_=*]*$",
    re.IGNORECASE,
)
# Marks a subject carries, as many times as it was forwarded or answered: 转发：Fw: Re: 回复：答复：轉寄：
_SUBJECT_MARKS = re.compile(r"^(?:\s*(?:转发|轉發|转寄|轉寄|回复|回覆|答复|答覆|Fwd?|FW|Re|RE|AW|WG)\s*[:：]\s*)+",
                            re.IGNORECASE)
# A reply's "…写道：" line: 在 2024年9月12日 15:20，王小红 写道： / On Thu, Sep 12, 2024 at 3:20 PM … wrote:
_WROTE = re.compile(r"^(?:在\s*)?.{4,80}?\s*(?:写道|寫道)\s*[:：]$|^On .{6,120} wrote:$")
_HAN = re.compile(r"[\u3400-\u9fff]")
_QUOTED = re.compile(r"^\s*(?:>|＞)\s?")
# The mail app's line: 发自我的iPhone, 发自我的华为手机, 来自网易邮箱大师, Sent from my iPhone, Get Outlook for iOS.
_APP_LINE = re.compile(
    r"^(?:[-—]+\s*)?(?:发自|發自|来自|來自|寄自)\s*(?:我的)?\s*[\w\s]{0,20}?(?:iPhone|iPad|Android|手机|手機|平板|"
    r"邮箱大师|郵箱大師|邮箱|郵箱|客户端|客戶端|Mail|Outlook)[\w\s]{0,12}$"
    r"|^Sent from my [\w\s]{2,30}$|^Get Outlook for [\w\s]{2,20}$",
    re.IGNORECASE,
)
# A letter's sign-off: 此致 ⏎ 敬礼！ (or on one line), 顺祝商祺, 祝好, 谢谢！, Best regards.
_SIGN_OFF = re.compile(
    r"^(?:此致|此致敬礼[!！。]?|敬礼[!！。]?|顺祝(?:商祺|工作顺利|安好|时祺)[!！。]?|順祝(?:商祺|工作順利|安好|時祺)[!！。]?|"
    r"祝(?:好|工作顺利|工作順利)[!！。]?|谢谢[!！。]?|謝謝[!！。]?|(?:Best |Kind )?[Rr]egards,?|Thanks,?)$"
)
# A sender's words to the editors over the article: 各位编辑老师好, 现将…发给您, 请审阅, 敬请刊用, 转寄如下.
_NOTE = re.compile(r"编辑|老师|各位|您好|你好|请查收|审阅|敬请|烦请|请予|刊登|刊发|刊用|转寄如下|转发如下|现将")
_LETTER_SIGN_OFF = re.compile(r"^(?:此致|此致敬礼[!！。]?|敬礼[!！。]?)$")
_SIGNATURE_OPENS = re.compile(r"^--\s*$")


def mail_envelope(run: Run, blocks: Blocks) -> Blocks:
    """The message's blocks with its envelope removed (module docstring). The subject, when the text does
    not print the headline itself, is put first as the page's headline (an h1)."""
    header = _header(blocks)
    if header is None:
        return _tail(run, blocks, False)
    start, end, subject, fields = header
    removed = set(range(start, end))
    run.warn("note", "原文是一封电子邮件（" + "，".join(f"{name}：{fields[key]}" for key, name in _NOTED if fields.get(key))
             + "）：邮件信封已删除，邮件的发送时间不是发布时间，未填入。", None, fields.get("sender", ""))
    # The subject line above the envelope, and the separators around its fields.
    notes = set()
    for pos in range(start):
        line = blocks[pos][2].strip()
        if _SEPARATOR.match(line) or _same(line, subject):
            removed.add(pos)
        elif _NOTE.search(t2s(line)) and len(line) <= 80:  # the forwarder's word above what they forward
            notes.add(pos)
    if end < len(blocks) and _SEPARATOR.match(blocks[end][2].strip()):
        removed.add(end)
    kept: Blocks = []
    for pos, (idx, kind, text) in enumerate(blocks):
        if pos in removed and run.propose("mail", idx, text, "", True, "邮件信封（主题、收发件人、时间）", text):
            continue
        if pos in notes and run.propose("mail", idx, text, "", True, "转发人写给编辑的话", text):
            continue
        kept.append((idx, kind, text))
    kept = _unquoted(run, kept)
    # The headline printed again under the envelope: what stands between is the sender's note to the editors.
    after = [n for n, (idx, _, _) in enumerate(kept) if idx >= blocks[end - 1][0]]
    first = after[0] if after else len(kept)
    again = next((n for n in after[:8] if _same(kept[n][2], subject)), None)
    if again is not None:
        note = kept[first:again]
        headline = (kept[again][0], "h1", kept[again][2])  # the headline, whether the note is kept or not
        kept = kept[:first] + [
            b for b in note if not run.propose("mail", b[0], b[2], "", True, "发件人写给编辑的话", b[2])
        ] + [headline] + kept[again + 1:]
    else:
        words = next((n for n in after if _HAN.search(kept[n][2])), None)  # past a rule line (_____)
        if words is not None and _NOTE.search(t2s(kept[words][2])) and len(kept[words][2]) <= 80 and \
                run.propose("mail", kept[words][0], kept[words][2], "", True, "发件人写给编辑的话", kept[words][2]):
            del kept[words]
        if subject:
            kept.insert(first, (blocks[start][0], "h1", subject))
    return _tail(run, kept, True)


_NOTED = (("sender", "发件人"), ("sent", "发送时间"))


def _header(blocks: Blocks) -> tuple[int, int, str, dict[str, str]] | None:
    """(first position, end, subject, {kind: value}) of the first block of header fields, or None."""
    pos = 0
    while pos < len(blocks):
        end = pos
        fields: dict[str, str] = {}
        while end < len(blocks) and (field := _FIELD.match(blocks[end][2])):
            fields.setdefault(next(kind for kind in _KEYS if field[kind]), field["value"].strip())
            end += 1
        if end - pos >= 2 and "sender" in fields and ("recipient" in fields or "subject" in fields):
            return pos, end, _SUBJECT_MARKS.sub("", fields.get("subject", "")).strip(), fields
        pos = max(end, pos + 1)
    return None


def _same(line: str, subject: str) -> bool:
    plain = _SUBJECT_MARKS.sub("", line).strip()
    return bool(subject) and t2s(plain) == t2s(subject)


def _unquoted(run: Run, blocks: Blocks) -> Blocks:
    """A reply's quoted message without its "> " marks (three or more lines in a row) and its 写道 line."""
    out: Blocks = []
    quoted = [bool(_QUOTED.match(text)) for _, _, text in blocks]
    for pos, (idx, kind, text) in enumerate(blocks):
        if _WROTE.match(text.strip()) and pos + 1 < len(blocks) and quoted[pos + 1] \
                and run.propose("mail", idx, text, "", True, "回复邮件的引文说明", text):
            continue
        run_of = sum(1 for q in quoted[max(0, pos - 2):pos + 3] if q)
        if quoted[pos] and run_of >= 3:
            mark = _QUOTED.match(text).group(0)
            if run.propose("mail", idx, mark, "", True, "回复邮件的引用符号", text[:20]):
                text = text[len(mark):]
        out.append((idx, kind, text))
    return out


def _tail(run: Run, blocks: Blocks, from_mail: bool) -> Blocks:
    """The end of a message: the mail app's line; a sign-off and the signature under it (proposed)."""
    out = list(blocks)
    while out and _APP_LINE.match(out[-1][2].strip()):
        if not run.propose("mail", out[-1][0], out[-1][2], "", True, "邮件客户端的签名行", out[-1][2]):
            break
        out.pop()
    # Outside an e-mail only a letter's own sign-off (此致 敬礼) or a signature's "-- " line opens one.
    sign_off = _SIGN_OFF if from_mail else _LETTER_SIGN_OFF
    opens = next((n for n in range(len(out) - 1, max(-1, len(out) - 12), -1)
                  if sign_off.match(out[n][2].strip()) or _SIGNATURE_OPENS.match(out[n][2])), None)
    if opens is None or not (from_mail or _signature_only(out[opens + 1:])):
        return out
    start = opens
    while start > 0 and sign_off.match(out[start - 1][2].strip()):  # 此致 ⏎ 敬礼！
        start -= 1
    return out[:start] + [
        (idx, kind, text) for idx, kind, text in out[start:]
        if not run.propose("mail", idx, text, "", True, "信末的问候与签名", text)
    ]


_CONTACT = re.compile(r"^(?:电话|電話|手机|手機|座机|座機|传真|傳真|邮箱|郵箱|电子邮箱|電子郵箱|E-?mail|地址|邮编|郵編|QQ|微信|Tel|Fax|Mobile)"
                      r"\s*[:：]", re.IGNORECASE)


def _signature_only(lines: Blocks) -> bool:
    """The lines under a sign-off read as a signature: short, and at least one a contact line."""
    return bool(lines) and all(len(text) <= 40 for _, _, text in lines) and any(_CONTACT.match(text) for _, _, text in lines)
