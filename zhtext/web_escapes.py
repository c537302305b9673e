"""Damage a page's own encoding steps leave in the text (GBK byte loss is ``gbk_damage``'s).

- **GBK or Big5 read as Latin-1 or Windows-1252** (a page served or saved as ISO-8859-1): 劳模工匠 becomes
  ``ÀÍÄ£¹¤½³``. These code pages read almost any pair of high bytes, so a line's runs are read so only
  together, when what they give is Chinese: 30 % or more of it among the commonest characters (``Ã©``, é twice
  encoded, would otherwise be 茅; a Big5 line read as GBK is nonsense made of rare characters: of the corpus's
  paragraphs, 38 % or more of the Han in either script is among them, 14 % at most in a wrong code page's reading).
- **UTF-8 read as Latin-1 or Windows-1252**: 工匠学院 becomes ``å·¥åŒ å­¦é™¢``. A run of such characters
  is turned back into its bytes and read as UTF-8, strictly: it must decode and give Chinese, which
  accented Latin text (café, Straße) never does. A copy often turns the no-break byte 0xA0 into a
  plain space (``åŒ å``): a run that does not decode as it stands is tried again with its inner
  spaces read as that byte. (ftfy, the library for this, guesses by how unlikely a text looks and
  left 91 of 2,000 random Chinese strings garbled here: the short ones and those with the five bytes
  Windows-1252 leaves undefined. The strict reading needs no guess.)
- **HTML escaped twice** (or a CMS's escapes shown as text): ``&amp;nbsp;``, ``&nbsp;``, ``&#12289;``
  and tags or comments printed as text (``&lt;br&gt;``, ``<p>``, ``<!-- 正文开始 -->``). Entities are unescaped until they stop changing;
  a printed tag goes, leaving a space between Latin words and nothing between Chinese ones.

Each function returns (start, end, replacement) spans; the caller records them as repairs.
"""

from __future__ import annotations

import html
import html.entities
import re

from .chars import has_han, is_han
from .decode import COMMON_HAN

# Characters UTF-8 bytes become when read as Latin-1 or Windows-1252, with the spaces and ASCII that
# may sit among them; a run must hold at least two of the high ones.
_HIGH = "\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
# The space: maybe 0xA0; a character whose last bytes are A0 A0 (堠 E5 A0 A0) ends its run in two of them, unless
# a Latin letter stands before its first byte (café followed by two spaces is French).
_MOJIBAKE_RE = re.compile(rf"[{_HIGH}](?:[{_HIGH} ]|[\x21-\x7e](?=[{_HIGH}]))*(?:[{_HIGH}] ?|(?<=(?<![A-Za-z])[{_HIGH}])  )")
# The same for a double-byte code page, whose second byte may be ASCII (Big5's ，is A1 41: ¡A), even at a run's end
# or alone after one high byte.
_PAIRS_RE = re.compile(rf"[{_HIGH}](?:[{_HIGH} ]|[\x21-\x7e](?=[{_HIGH}]))*(?:[{_HIGH}] ?|(?<=[{_HIGH}])[\x40-\x7e])")
_ENTITY_RE = re.compile(r"&(?:amp;)*(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
# The same without its semicolon, as a CMS that dropped them prints them (&ldquo劳模&rdquo, &nbsp&nbsp9月,
# &#21171&#27169): a reference to anything but ASCII, or, in Chinese text, the longest entity name that starts the
# run and is not followed by a Latin letter (&copyright stays).
_BARE_ENTITY_RE = re.compile(r"&(?:amp;)*(#\d{2,7}(?![\d;])|#[xX][0-9a-fA-F]{2,6}(?![0-9a-fA-F;])|[a-zA-Z][a-zA-Z0-9]{1,31}(?![\w;]))|"
                             r"&(?:amp;)*([a-zA-Z][a-zA-Z0-9]{1,31})(?=[^\x00-\x7f])")
# A tag printed as text, as "<br>" or escaped as "&lt;br&gt;" (its < and > then stand as \x00 and \x01).
_TAG = (r"{open}/?(?:br|p|div|span|strong|b|i|em|u|font|section|img)\b[^<>\x00\x01]{{0,200}}?/?{close}"
        r"|{open}!--[^<>\x00\x01]{{0,200}}?--{close}")  # a CMS's comment: <!-- 正文开始 -->
_TAG_RE = re.compile(_TAG.format(open="<", close=">"), re.IGNORECASE)
_ESCAPED_TAG_RE = re.compile(_TAG.format(open="\x00", close="\x01"), re.IGNORECASE)


def _bytes(run: str) -> bytes | None:
    out = bytearray()
    for c in run:
        if ord(c) < 256:
            out.append(ord(c))  # Latin-1, and the bytes Windows-1252 leaves undefined (U+0081 …)
        else:
            try:
                out += c.encode("cp1252")
            except UnicodeEncodeError:
                return None
    return bytes(out)


def _decoded(run: str) -> str | None:
    """The Chinese the run stands for; read again while what it gives is itself such a run (a page garbled twice,
    UTF-8 read as Latin-1 and saved as UTF-8 again: Ã¥Â·Â¥ for 工), at most three times."""
    text = run
    for _ in range(3):
        raw = _bytes(text)
        try:
            text = raw.decode("utf-8") if raw else ""
        except UnicodeDecodeError:
            return None
        if not any("\u0080" <= c <= "\u00ff" for c in text):
            return text if any(is_han(c) for c in text) else None
    return None


def _double_byte(encoding: str):
    def decode(run: str) -> str | None:
        raw = _bytes(run.strip())
        try:
            text = raw.decode(encoding) if raw else ""
        except UnicodeDecodeError:
            return None
        # Whatever the code page holds (Han, its punctuation, a lone ，, pinyin's ǎ and ü, ·, °, ×) but its
        # user-defined pairs (read into the private use area); the line's reading is judged as a whole.
        return text if text and not re.search("[\x80-\x9f\ue000-\uf8ff]", text) else None
    return decode


def _read(run: str, decode) -> tuple[str, str] | None:
    """(the run as read, what it stands for), its inner spaces tried as the no-break byte a copy turned them from."""
    fixed = decode(run)
    if fixed is None and " " in run:
        fixed = decode(run.replace(" ", "\u00a0"))
    if fixed is None and run.endswith(" "):  # a real space after the run, and its own spaces were 0xA0
        run = run[:-1]
        fixed = decode(run.replace(" ", "\u00a0"))
    return (run, fixed.replace("\u00a0", " ")) if fixed is not None else None


def _common_share(text: str) -> float:
    """How much of the text's Han is among the commonest characters (0 with fewer than two)."""
    han = [c for c in text if is_han(c)]
    return sum(1 for c in han if c in COMMON_HAN) / len(han) if len(han) >= 2 else 0.0


def find_mojibake(text: str) -> list[tuple[int, int, str]]:
    """Runs of UTF-8 read as Latin-1 / Windows-1252, with the Chinese they stand for."""
    out = []
    for m in _MOJIBAKE_RE.finditer(text):
        if found := _read(m.group(0), _decoded):
            out.append((m.start(), m.start() + len(found[0]), found[1]))
    return out


def find_double_byte_mojibake(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """(the code page, runs) of GBK (a mainland site's) or Big5 (a Taiwan or Hong Kong site's) read as Latin-1 /
    Windows-1252, with the Chinese they stand for: all of a line's runs in one code page, or none. Most Big5
    pairs are GBK pairs too, read as nonsense; the code page whose reading is Chinese wins."""
    runs = list(_PAIRS_RE.finditer(text))
    best = (0.0, "", [])
    for name, encoding in (("GBK", "gbk"), ("Big5", "big5")):
        decode, out = _double_byte(encoding), []
        for m in runs:
            if found := _read(m.group(0), decode):
                out.append((m.start(), m.start() + len(found[0].rstrip()), found[1].strip()))
        share = _common_share("".join(fixed for _, _, fixed in out))
        if share > best[0]:
            best = (share, name, out)
    return (best[1], best[2]) if best[0] >= 0.3 else ("", [])  # Chinese text 0.38 and up, a wrong reading 0.14 at most


_INLINE_TAG = re.compile(r"(?:<|\x00)/?(?:span|strong|b|i|em|u|font)\b", re.IGNORECASE)


def _tag_gap(text: str, start: int, end: int) -> str:
    """What a printed tag leaves: a space between Latin words for a break or a block (<br>, <p>), nothing for an
    inline tag, which only styled the words (9月1<strong>0日 is 9月10日, <b>R</b>&D is R&D)."""
    if _INLINE_TAG.match(text, start):
        return ""
    left, right = text[start - 1:start], text[end:end + 1]
    return " " if left.isascii() and left.isalnum() and right.isascii() and right.isalnum() else ""


def _bare_entities(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    spans, chinese = [], has_han(text)
    covered = {pos for start, end, _ in found for pos in range(start, end)}
    ends = {end for _start, end, _ in found}  # where an entity ends: one just after it is joined to it
    for m in _BARE_ENTITY_RE.finditer(text):
        if m.start() in covered:
            continue
        name = m.group(1) or m.group(2)
        start = m.start(1) if m.group(1) else m.start(2)
        if name.startswith("#"):
            value, end = html.unescape(f"&{name};"), start + len(name)
            if value.isascii():  # &#48 in 100&#48: a bare reference is read for Chinese and its marks only
                continue
        elif not chinese:
            continue
        else:
            known = next((name[:n] for n in range(len(name), 1, -1) if f"{name[:n]};" in html.entities.html5
                          and not name[n:n + 1].isalpha()), "")
            if not known:
                continue
            value, end = html.entities.html5[f"{known};"], start + len(known)
        if value.isspace():  # beside another bare entity (&nbsp&nbsp9月), its own letters are no word
            value = "" if m.start() in ends else _tag_gap(text, m.start(), end)
        if "&" not in value and value.isprintable() or value == "":
            spans.append((m.start(), end, value))
            ends.add(end)
    return spans


def find_escapes(text: str) -> list[tuple[int, int, str]]:
    """HTML entities and tags printed as text, with what they stand for."""
    spans = []
    for m in _ENTITY_RE.finditer(text):
        value = m.group(0)
        for _ in range(4):  # &amp;amp;nbsp; took three escapes
            value, before = html.unescape(value), value
            if value == before:
                break
        if value != m.group(0) and "&" not in value:
            if value.isspace():  # &nbsp; indents and spaces Chinese, whose words need none
                value = _tag_gap(text, m.start(), m.end())
            spans.append((m.start(), m.end(), value))
    if "&" in text:
        spans += _bare_entities(text, spans)
    # tags, once their own escapes are read: "&lt;br&gt;" is a tag as much as "<br>"
    unescaped = re.sub(r"&(?:amp;)*(lt|gt);", lambda m: "\x00" if m.group(1) == "lt" else "\x01", text)
    where: list[int] = []  # where each character of `unescaped` starts in `text`, worked out once
    tags = []
    for m in _ESCAPED_TAG_RE.finditer(unescaped):
        where = where or [e.start() for e in re.finditer(r"&(?:amp;)*(?:lt|gt);|.", text, re.DOTALL)] + [len(text)]
        tags.append((where[m.start()], where[m.end()]))
    tags += [(m.start(), m.end()) for m in _TAG_RE.finditer(text)]
    inside = {pos for start, end in tags for pos in range(start, end)}  # a tag's own &lt; and &gt; go with it
    spans = [sp for sp in spans if sp[0] not in inside] + [(s, e, _tag_gap(text, s, e)) for s, e in tags]
    return sorted(spans)

