"""Chinese left in the escapes of the channel it came through, read back (the page's own encoding damage is
``web_escapes``').

- **A JSON or JavaScript string** (an app's or a page's data copied from its source): ``\\u5de5\\u4f1a`` for
  工会, an emoji as two escaped surrogates; its line breaks are ``\\n`` (put back by `lines_unescaped`).
- **Quoted-printable** (a mail's source pasted): ``=E5=B7=A5=E4=BC=9A``, its lines cut at 76 columns with a
  ``=`` at each cut (soft breaks, which `lines_unescaped` takes out of the whole text before it is cut into
  lines).
- **A mail header's encoded words** (RFC 2047, the same source's subject line): ``=?UTF-8?B?5bel5Lya?=``,
  ``=?gb2312?Q?=B9=A4=BB=E1?=``, read as the standard says, in the charset they name.
- **A mail's body in Base64** (the same source, `Content-Transfer-Encoding: base64`): lines of 76 (or 64, 72)
  Base64 characters, read as the text they encode, in UTF-8, GB18030 or Big5 (`base64_spans`).
- **Percent-encoding** (a link's query copied as words): ``%E5%B7%A5%E4%BC%9A``. Not inside an address,
  which keeps its escapes.

A run of byte escapes is read strictly as UTF-8 and taken only when it gives Chinese (a Han character), so
``=3D=3D``, ``100%25``, ``caf=E9`` or any other escape-shaped text is left; a \\u run is taken when it
gives printable text with some that is not ASCII.
"""
from __future__ import annotations

import base64
import binascii
import email.header
import re

from .chars import has_han

_JSON_RUN = re.compile(r"(?:\\u[0-9a-fA-F]{4})+")
_QP_RUN = re.compile(r"(?:=[0-9A-Fa-f]{2})+")
_PERCENT_RUN = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\"'，。；）]+", re.IGNORECASE)
# A quoted-printable soft break: "=" ending a line that an escape ends, or before a line an escape starts.
_SOFT_BREAK = re.compile(r"(?<==[0-9A-Fa-f]{2})=\r?\n|=\r?\n(?==[0-9A-Fa-f]{2})")
_JSON_BREAK = re.compile(r"(?:\\r)?\\n")
_ENCODED_WORDS = re.compile(r"=\?[\w.:-]{1,40}\?[BbQq]\?[^?\s]{1,1000}\?=(?:\s+=\?[\w.:-]{1,40}\?[BbQq]\?[^?\s]{1,1000}\?=)*")


def _json(run: str) -> str | None:
    units = bytes.fromhex("".join(run[i + 2:i + 6] for i in range(0, len(run), 6)))
    try:
        text = units.decode("utf-16-be")  # a pair of surrogates is one character
    except UnicodeDecodeError:
        return None
    return text if text.isprintable() and not text.isascii() else None


def _utf8(run: str) -> str | None:
    try:
        text = bytes.fromhex(run.replace("=", "").replace("%", "")).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if has_han(text) and text.isprintable() else None


def _encoded_words(run: str) -> str | None:
    try:
        text = "".join(part.decode(charset or "ascii") if isinstance(part, bytes) else part
                       for part, charset in email.header.decode_header(run))
    except (LookupError, UnicodeDecodeError, ValueError):  # an unknown charset, bytes that are not in it
        return None
    return text if has_han(text) and text.isprintable() else None


def escape_edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, what it stands for) of each run of escapes that reads as Chinese."""
    edits = []
    if "\\u" in text:
        edits += [(m.start(), m.end(), found) for m in _JSON_RUN.finditer(text) if (found := _json(m.group(0)))]
    if "=?" in text:
        edits += [(m.start(), m.end(), found) for m in _ENCODED_WORDS.finditer(text)
                  if (found := _encoded_words(m.group(0)))]
    if "=" in text:
        edits += [(m.start(), m.end(), found) for m in _QP_RUN.finditer(text) if (found := _utf8(m.group(0)))]
    if "%" in text:
        addresses = [m.span() for m in _ADDRESS.finditer(text)]
        edits += [(m.start(), m.end(), found) for m in _PERCENT_RUN.finditer(text)
                  if not any(s <= m.start() < e for s, e in addresses) and (found := _utf8(m.group(0)))]
    return sorted(edits)


def lines_unescaped(text: str) -> tuple[str, str, int]:
    """(the text, what was done, how many) with the line structure of a whole text in a transport's escapes
    put back before it is cut into lines: a quoted-printable text's soft breaks taken out, or a JSON string's
    ``\\n`` made line breaks. Only when the text is such a text (eight or more escapes that read as
    Chinese); any other text comes back as it is, with 0."""
    if "=" in text:
        joined, cuts = _SOFT_BREAK.subn("", text)
        readable = sum(len(m.group(0)) // 3 for m in _QP_RUN.finditer(joined) if _utf8(m.group(0))) if cuts else 0
        if readable >= 8:
            return joined, "=⏎", cuts
    if "\\u" in text and "\\n" in text:
        readable = sum(len(found) for m in _JSON_RUN.finditer(text) if (found := _json(m.group(0))) and has_han(found))
        if readable >= 8:
            split, count = _JSON_BREAK.subn("\n", text)
            return split, "\\n", count
    return text, "", 0


_BASE64_LINE = re.compile(r"(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2}==)")  # whole quads
_TEXT_ENCODINGS = ("utf-8", "gb18030", "big5")


def _base64_text(block: str) -> str | None:
    try:
        data = base64.b64decode(block, validate=True)
    except (binascii.Error, ValueError):
        return None
    for encoding in _TEXT_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if has_han(text) and all(c.isprintable() or c in "\r\n\t" for c in text):
            return text.replace("\r\n", "\n")
    return None


def base64_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, the text) of each block of Base64 lines (all but the last of one length, whole quads, 16
    characters or more in all) that encodes Chinese text in UTF-8, GB18030 or Big5. A token, a hash or a key is no
    such block: its bytes are not Chinese text."""
    if not re.search(r"[A-Za-z0-9+/]{16}", text):
        return []
    spans: list[tuple[int, int, str]] = []
    block: list[tuple[str, int, int]] = []  # (the line stripped, where it starts and ends in the text)
    offset = 0
    for line in [*text.split("\n"), ""]:
        stripped, end = line.strip(), offset + len(line)
        shaped = bool(_BASE64_LINE.fullmatch(stripped))
        first, last = (block[0][0], block[-1][0]) if block else ("", "")
        if shaped and (not block or len(last) == len(first) and len(stripped) <= len(first) and not last.endswith("=")):
            block.append((stripped, offset, end))
        else:
            # (a short word under the block, "Best", is shaped like its last line: the block is tried without it too)
            for lines in (block, block[:-1]) if len(block) > 2 else (block,):
                joined = "".join(piece for piece, _, _ in lines)
                if len(joined) >= 16 and (found := _base64_text(joined)):
                    spans.append((lines[0][1], lines[-1][2], found))
                    break
            block = [(stripped, offset, end)] if shaped else []
        offset = end + 1
    return spans
