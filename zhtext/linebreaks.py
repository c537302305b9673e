"""Paragraphs broken into lines of a fixed width: text copied from a PDF, an e-paper page or a plain-text
mail breaks every line at about the same number of characters, often inside a word (与职工面⏎对面交流).
Each line would become a paragraph of its own.

``wrapped_boundaries(lines)`` says which line ends are such breaks. A break is one where

- the text shows the pattern: at least two lines of nearly the same width in columns (a Chinese character
  takes two), the width it was wrapped at;
- the line is about that long (a headline or a paragraph's last line is shorter) and does not end a
  sentence (。！？…； possibly inside closing quotes and brackets); one that does is only proposed, where
  the text marks its paragraphs by indents or blank lines and the next line starts none;
- the next line goes on: it is not blank and, where the text marks paragraphs by indenting their first
  line, not indented;
- neither line is a metadata or chrome line (原标题：…, 来源：…, 版权所有…): a page prints those on lines of
  their own;
- it is not the first line, which is the headline as often as not (a wrapped paragraph that starts the
  text keeps its first line apart: nothing is lost, and the editor sees it).

Lines are the input's, their leading spaces kept (they tell where paragraphs start).
"""

from __future__ import annotations

import re
from collections import Counter
from unicodedata import east_asian_width

from .chars import is_han
from .chrome import find_chrome, is_page_furniture, is_pure_chrome
from .encyclopedia import CITATION_MARKS_AT_END
from .metadata import parse_meta_line, signed
from .repair_run import Run
from .script import t2s
from .web_archives import is_archive_line

_INDENT = re.compile(r"^(?:[ \t]{2,}|\u3000)")
_CLOSERS = "”’」』）)】]》〉"
_SENTENCE_END = "。！？!?…；;"
_FULL = 0.85  # a wrapped line is at least this share of the width
# A page, a newspaper column or a mail program wraps at 40–100 columns; two paragraphs of 150 that happen
# to match are whole paragraphs.
MAX_WIDTH = 120
# What a line may end with after its sentence (an emoji, a site's token such as qxb888) before other stages clean it
_TRAILING = re.compile(r"[^\w\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026]*[A-Za-z0-9]*[^\w\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026]*$")


def _width(line: str) -> int:
    """Columns, as a wrapping program counts them: a Chinese character or full-width mark takes two."""
    return sum(2 if east_asian_width(c) in "WF" else 1 for c in line.rstrip())


def wrap_width(lines: list[str]) -> int | None:
    """The width the text was wrapped at: the most common width among the long lines, when at least
    two lines are within two columns of it and it is no wider than a page's line (MAX_WIDTH); else None."""
    lengths = [_width(line) for line in lines if line.strip()]
    if len(lengths) < 4:
        return None
    longest = max(lengths)
    counts = Counter(n for n in lengths if n >= longest * 0.7)
    width = max(counts, key=lambda n: (sum(c for m, c in counts.items() if abs(m - n) <= 2), n))
    near = sum(1 for n in lengths if abs(n - width) <= 2)
    return width if near >= 2 and width <= MAX_WIDTH else None


def ends_sentence(line: str) -> bool:
    """The line ends a sentence, possibly before closing marks or page chrome glued on (参加。繁體|简体)."""
    text = line.rstrip()
    tail = [c for c in find_chrome(text) if c.end >= len(text)]
    text = text[: tail[0].start] if tail else text
    text = CITATION_MARKS_AT_END.sub("", text.rstrip()).rstrip().rstrip(_CLOSERS)  # 三项新成果。[2-3]
    if text and text[-1] in _SENTENCE_END:
        return True
    bare = _TRAILING.sub("", text).rstrip().rstrip(_CLOSERS)  # 理解。🎉 / 能手。qxb888
    return bare != text and bool(bare) and bare[-1] in _SENTENCE_END


# A document's items: 附件：…, 联系人：…, 抄送：… each stand on a line of their own.
_ITEM = re.compile(r"\s*(?:附件|附|联系人|联系电话|电话|传真|邮编|邮箱|电子邮箱|地址|抄送|主送|报送|发送|印发)\s*\d*\s*[：:]")


def own_line(line: str) -> bool:
    """A metadata or chrome line (来源：…, 版权所有 … ICP备…), a web archive's banner or a document's item (附件：…): a
    page prints it on a line of its own."""
    return (parse_meta_line(line) is not None or is_pure_chrome(line) or is_archive_line(line)
            or bool(_ITEM.match(t2s(line))))


def _signature(lines: list[str], i: int) -> bool:
    """Line *i* is an issuer's name with a date alone under it: a notice's signature, never part of the line above."""
    return i + 1 < len(lines) and signed(lines[i], lines[i + 1])


# An official notice's headline printed over two lines (关于公布…名单⏎的通知): it begins with 关于 and ends with the
# kind of document, and neither half holds a mark of prose.
_NOTICE_HEAD = re.compile(r"关于[^。！？!?，,；;：:]{2,40}")
_NOTICE_TAIL = re.compile(r"[^。！？!?，,；;：:]{0,30}(?:通知|决定|意见|办法|通报|公告|通告|批复|报告|函|规定|方案|细则|请示|纪要|决议)")


def _split_notice_title(line: str, following: str) -> bool:
    head, tail = t2s(line.strip()), t2s(following.strip())
    return bool(_NOTICE_HEAD.fullmatch(head) and _NOTICE_TAIL.fullmatch(tail)
                and not _NOTICE_TAIL.fullmatch(head) and len(head) + len(tail) <= 60)


def wrapped_boundaries(lines: list[str], headline_first: bool = True, min_width: int = 0) -> list[bool | None]:
    """For each line but the last, whether its end is a wrap inside a paragraph: True, False, or None
    where a full line ends a sentence and the text marks its paragraphs (by indenting them, or by blank
    lines between them) and the next line does not start one: most likely a wrap that fell on a sentence
    end, but a subheading or a list would look the same. *headline_first*: the first line may be the
    headline (a text file's is); *min_width*: no wrap narrower than that many columns is believed."""
    indented = sum(1 for line in lines if line.strip() and _INDENT.match(line)) >= 2
    blank_lines = any(not line.strip() for line in lines[1:-1])
    own = [own_line(line) for line in lines]  # once a line, not once for each of its two neighbours
    titles = [_split_notice_title(line, following) or _runs_on(line, following, own[i], own[i + 1], indented,
                                                                 blank_lines)
              for i, (line, following) in enumerate(zip(lines, lines[1:], strict=False))]
    width = wrap_width(lines)
    if width is None or width < min_width:
        return titles
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    out: list[bool | None] = []
    for i, (line, following) in enumerate(zip(lines, lines[1:], strict=False)):
        goes_on = (
            (i != first or not headline_first)  # a text's first line is its headline as often as not
            and bool(line.strip()) and bool(following.strip())
            and _width(line) >= width * _FULL
            and not (indented and _INDENT.match(following))
        )
        goes_on = goes_on and not own[i] and not own[i + 1] and not _signature(lines, i + 1)
        if goes_on and ends_sentence(line):
            out.append(None if indented or blank_lines else False)
        else:
            out.append(goes_on or titles[i])
    return out


# What no paragraph ends with: a pause (，、) or an opening mark (“ 《 （); the line after it goes on.
_OPEN_END = tuple("，、,“‘「『《（([【")
# A list's next item starts a line of its own even after a pause: 一是…， ⏎ 二是…; （一）; 1.; ①; 首先.
_ITEM_START = re.compile(r"\s*(?:[一二三四五六七八九十]+[、是.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[、.．)）]"
                         r"|第[一二三四五六七八九十]+[，、是]|首先|其次|再次|然后|最后|[①-⑳]|[-•·*▪●○◆])")
_PROSE_MARK = re.compile(r"[，。；：！？、]")


def _runs_on(line: str, following: str, own: bool, own_next: bool, indented: bool, blank_lines: bool) -> bool | None:
    """Whatever the width (a paragraph broken once, where no wrapping pattern shows): True where the line
    ends in a pause or an opening mark and the next line neither starts a paragraph nor a list's item;
    None (proposed) where, in a text that marks its paragraphs, a line of prose ends inside a word and the
    next line starts none; else False."""
    text, after = line.rstrip(), following.strip()
    if not text or not after or own or own_next or (indented and _INDENT.match(following)) or _ITEM_START.match(following):
        return False
    if text.endswith(_OPEN_END):
        return True
    prose = is_han(text[-1]) and is_han(after[0]) and len(_PROSE_MARK.findall(text)) >= 1 and len(text.strip()) >= 15
    return None if prose and (indented or blank_lines) and ends_sentence(after) else False


def join(left: str, right: str) -> str:
    """Two pieces of one paragraph (the text around a break will do). Chinese text runs on without a space,
    even between Latin letters or digits (3⏎D打印 was cut inside 3D, anywhere being where such wraps cut);
    English, cut at its spaces, gets its space back."""
    left, right = left.rstrip(), right.strip()
    ascii_edge = left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalnum()
    han = sum(1 for c in left + right if is_han(c))
    return left + (" " if ascii_edge and han * 2 < len(left + right) else "") + right


def proposed_join(run: Run, para: int, left: str, right: str, certain: bool) -> str | None:
    """Proposes joining two lines of one paragraph cut by a wrap: what goes between them ("" or a space,
    join()'s) if the editor keeps the join, else None (the lines stay apart)."""
    tail, head = left.rstrip()[-10:], right.strip()[:10]
    both = join(tail, head)
    if run.propose("linebreak", para, f"{tail}⏎{head}", both, certain, "合并被硬换行拆开的一段", f"{tail}【⏎】{head}"):
        return both[len(tail):len(both) - len(head)]
    return None


# Vertical type copied (a PDF or a scan set top to bottom): a character a line, the digits and marks too.
_VERTICAL_RUN = 4  # lines of one character in a row; sure from 8 (a list of four one-character items is possible)


def _vertical_columns(run: Run, lines: list[str]) -> list[str]:
    """The lines, each run of one-character lines set as the one line it was."""
    out: list[str] = []
    column: list[str] = []
    for line in [*lines, ""]:
        if len(line.strip()) == 1:
            column.append(line.strip())
            continue
        if len(column) >= _VERTICAL_RUN and run.propose(
            "linebreak", len(out), "⏎".join(column), "".join(column), len(column) >= 2 * _VERTICAL_RUN,
            "竖排文字（一字一行）", "".join(column),
        ):
            out.append("".join(column))
        else:
            out += column
        column = []
        out.append(line)
    return out[:-1]


# What ends a line in a paste: not every break str.splitlines() knows. U+0085 (NEL) and U+001C–001E only ever
# stand in Chinese text as bytes of a garbled character (Ã¦Â\x85 …), which zhtext.web_escapes reads back whole.
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\u2028\u2029]")


def paragraphs(run: Run, text: str) -> list[str]:
    """The paragraphs of a plain-text reprint: its lines, with the wraps inside a paragraph joined. Each
    join is a repair the editor can refuse (the lines then stay apart)."""
    lines = []
    for line in _vertical_columns(run, _LINE_BREAK.split(text.rstrip("\r\n"))):
        # a page's number or running head between two lines of one paragraph (a PDF's): the text reads across it
        if is_page_furniture(line) and run.propose("chrome", len(lines), line, "", True, "页码或页眉", line):
            continue
        lines.append(line)
    breaks = wrapped_boundaries(lines)
    out: list[str] = []
    pieces: list[str] = []  # the paragraph being joined, a line at a time (joining strings would be quadratic)
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if pieces and i and breaks[i - 1] is not False:
            between = proposed_join(run, len(out), pieces[-1], line, breaks[i - 1] is True)
            if between is not None:
                pieces.append(between + line.strip())  # with join()'s space, if any
                continue
        if pieces:
            out.append("".join(pieces))
        pieces = [line.strip()]
    if pieces:
        out.append("".join(pieces))
    return out
