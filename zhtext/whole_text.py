"""Repairs of a whole paste, before it is cut into lines: a mail's MIME source read as its envelope and body, a
Base64 body pasted alone, and a page read as GBK that was written in UTF-8 or Big5 (each line read back before
anything judges the lines: a garbled 。 would make every line look cut off). Each is a repair the editor may refuse.
"""
from __future__ import annotations

from .mime_input import mime_text
from .read_as_gbk import find_read_as_gbk
from .repair_run import Run as _Run
from .transport_escapes import base64_spans


def whole_text_repaired(run: _Run, text: str) -> str:
    return base64_bodies(run, mime_source(run, read_as_gbk_lines(run, text)))


def mime_source(run: _Run, text: str) -> str:
    """A mail's source (headers, MIME parts in Base64 or quoted-printable) read as its envelope and text part."""
    found = mime_text(text)
    if found is None or not run.propose("encoding", 0, text[:60] + "…", found[:60] + "…", True, "邮件源码（MIME）读作邮件正文"):
        return text
    return found


def named_characters(chars) -> str:
    """Characters listed for an editor, each once, in corner brackets: 「本」、「”」 (“”” would hide a guessed
    quotation mark among the marks that quote it); a corner bracket itself in double quotes."""
    return "、".join(f"“{c}”" if c in "「」" else f"「{c}」" for c in dict.fromkeys(chars))


def read_as_gbk_lines(run: _Run, text: str) -> str:
    """The whole paste's UTF-8 or Big5 read as GBK (宸ュ尃瀛﹂櫌 for 工匠学院) read back, line by line, before anything
    judges its lines (a garbled 。 would make every line look cut off and be joined to the next); a character
    guessed for a lost byte is named for the editor."""
    if not any(ord(c) >= 0x80 for c in text):
        return text
    lines = text.split("\n")
    for number, line in enumerate(lines):
        found, spent = find_read_as_gbk(line, run.guesses_left)
        run.guesses_left -= spent
        for misread in reversed(found):
            what = f"{misread.source} 被当作 GBK 读出的乱码"
            if not run.propose("encoding", number, line[misread.start:misread.end], misread.text, True, what):
                continue
            line = line[:misread.start] + misread.text + line[misread.end:]
            if misread.guessed:
                guessed = named_characters(misread.guessed)
                run.warn("encoding", f"第{number + 1}行原是{what}，已还原；其中 {len(misread.guessed)} 处的原字节在转码时丢失，"
                         f"{guessed}是按上下文推测的，请对照原稿核对。", None, misread.text[:40])
        lines[number] = line
    return "\n".join(lines)


def base64_bodies(run: _Run, text: str) -> str:
    """A mail's body pasted in its Base64 (the source of a press office's mail), read as the text it encodes."""
    for start, end, found in reversed(base64_spans(text)):
        excerpt = text[start:end]
        if run.propose("encoding", 0, excerpt if len(excerpt) <= 80 else excerpt[:76] + "…", found[:80], True,
                       "邮件的 Base64 编码正文"):
            text = text[:start] + found + text[end:]
    return text
