"""The repair pipeline for articles copied from reprint sites.

API (plain Python, no Django)::

    result = clean_reprint(text_or_html, extra_injections=(), decisions=None)

returns a ``CleanedArticle``: the fields (title and where it came from, proposed publication date,
source, byline, reviewer, summary, script), the body as ``blocks`` (p, h2, h3, li), the images a
pasted page referred to, every ``Repair`` proposed (before, after, certain, accepted, a stable
``id``) and the ``warnings`` an editor must check. Nothing is lost: each change is a span edit
recorded as a repair; a removal that contains a Chinese sentence is never certain, and only
certain repairs are applied unless ``decisions`` (repair id → accepted) says otherwise. Running
again with the editor's decisions gives the article the editor reviewed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field

from .bbcode import bbcode_images
from .boilerplate import parse_credit, split_trailing_credit
from .captions import caption_warning, is_caption
from .chrome import contains_sentence
from .dateline import find_dateline, strip_dateline
from .emoji import closes_clause_with_emoji, closes_with_emoji
from .encyclopedia import contents_list, encyclopedia_page
from .feed_input import feed_page
from .header import header_lines
from .headline import (
    cap_title,
    is_subheading,
    opens_sections,
    propose_summary,
    propose_title,
    title_decorations,
)
from .headline_found import find_headline
from .hidden_text import shown
from .htmlinput import CELL, Image, looks_like_html, parse_html
from .line_repairs import repair_body, repair_chars
from .linebreaks import own_line, paragraphs, proposed_join, wrapped_boundaries
from .mail import mail_envelope
from .markdown_input import READ_AS, SHOWN, markdown_html, markdown_marks, paragraph_lines
from .meta_fields import MetaFields, parse_date
from .metadata import signed, strip_repost_mark
from .punctuation import find_lookalikes, is_han
from .repair_kinds import REPAIR_KINDS  # noqa: F401 - re-exported: what each repair kind is called
from .repair_run import EditorWarning, Repair  # noqa: F401 - part of this module's API
from .repair_run import Run as _Run
from .repeats import later_copies
from .script import detect_script, t2s
from .surroundings import controls, forum_replies, link_lists, reading_list, site_footer, tag_lists
from .transport_escapes import lines_unescaped
from .web_archives import archive_banner
from .whole_text import whole_text_repaired

_LINE_END = re.compile(r"\r\n?")
_LONG_SPACE = re.compile(r"[ \t\u3000\u00a0]{9,}")


@dataclass(frozen=True)
class Block:
    kind: str  # p, h2, h3 or li
    text: str


@dataclass
class CleanedArticle:
    title: str
    summary: str
    blocks: list[Block]
    byline: str
    reviewer: str
    script: str
    repairs: list[Repair] = field(default_factory=list)
    warnings: list[EditorWarning] = field(default_factory=list)
    title_origin: str = ""  # "text": a headline found in the input; "generated": proposed from the body
    source: str = ""
    published_at: dt.datetime | None = None  # naive, as printed (Beijing time on these sites)
    date_text: str = ""
    images: list[Image] = field(default_factory=list)
    input_format: str = "text"

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "title_origin": self.title_origin,
            "summary": self.summary,
            "body": [{"kind": b.kind, "text": b.text} for b in self.blocks],
            "byline": self.byline,
            "reviewer": self.reviewer,
            "source": self.source,
            "published_at": self.published_at.isoformat() if self.published_at else None,
            "date_text": self.date_text,
            "script": self.script,
            "input_format": self.input_format,
            "images": [asdict(i) for i in self.images],
            "repairs": [asdict(r) for r in self.repairs],
            "warnings": [asdict(w) for w in self.warnings],
        }


# An address a site's e-mail protection (Cloudflare's) printed in its stead: the address is gone from the copy.
_PROTECTED_EMAIL = re.compile(r"\[\s*email(?:\s|&#160;|\u00a0)*protected\s*\]", re.IGNORECASE)


# ---------------------------------------------------------------- document


# A clause a <br> cut (…授课，<br>内容涵盖…): the text goes on after a comma into words, not into a list's next
# item (一、 （二） 3. ①) nor into a metadata line.
_CLAUSE_GOES_ON = re.compile(r"[，、]$")
_ITEM_START = re.compile(r"[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]|[①-⑳]|[-•·●▪]")


# A text wrapped at a page's width and pasted into a rich-text editor line by line (a PDF's, a scanned
# notice's) holds each line as a paragraph of its own: the plain-text judge joins such lines where they
# are wrapped at one width of at least this many columns (20 Chinese characters), and where they read as
# prose cut anywhere: a quarter of them or more hold a sentence's end inside them. A list of items or
# names set apart on purpose, however even its lengths, holds none; nor is a line that starts an item
# (一、 （二） 3. ● ①) joined to the one above.
_PASTED_MIN_WIDTH = 40
_INSIDE_A_LINE = re.compile(r"[。！？；!?;].")


def _rejoined(run: _Run, doc) -> list[tuple[str, str]]:
    """The HTML's blocks, with the lines of a wrapped text pasted a line to a paragraph joined back into
    paragraphs, and each line a <br> broke off in mid-clause joined back to the line before."""
    blocks, after_break = _unwrapped(run, list(doc.blocks), doc.after_break)
    return _clauses_rejoined(run, blocks, after_break)


def _unwrapped(run: _Run, blocks: list[tuple[str, str]], after_break) -> tuple[list[tuple[str, str]], set[int]]:
    """(the blocks with wrapped runs of paragraphs joined, which of them follow a <br>)."""
    out: list[tuple[str, str]] = []
    follow: set[int] = set()
    i = 0
    while i < len(blocks):
        end = i
        while end < len(blocks) and blocks[end][0] == "p":
            end += 1
        lines = [text for _, text in blocks[i:end]]
        prose = len(lines) >= 4 and sum(1 for line in lines if _INSIDE_A_LINE.search(line)) >= max(2, len(lines) // 4)
        wrapped = wrapped_boundaries(lines, headline_first=False, min_width=_PASTED_MIN_WIDTH) if prose else []
        for k in range(i, max(end, i + 1)):
            if k > i and wrapped and wrapped[k - i - 1] is not False and not _ITEM_START.match(blocks[k][1]):
                between = proposed_join(run, len(out) - 1, out[-1][1], blocks[k][1], wrapped[k - i - 1] is True)
                if between is not None:
                    out[-1] = ("p", out[-1][1] + between + blocks[k][1])
                    continue
            if k in after_break:
                follow.add(len(out))
            out.append(blocks[k])
        i = max(end, i + 1)
    return out, follow


def _clauses_rejoined(run: _Run, blocks: list[tuple[str, str]], after_break: set[int]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for i, (kind, text) in enumerate(blocks):
        if (i in after_break and out and kind == out[-1][0] == "p" and _CLAUSE_GOES_ON.search(out[-1][1])
                and (is_han(text[0]) or text[0].isdigit()) and not _ITEM_START.match(text) and not own_line(text)):
            tail, head = out[-1][1][-10:], text[:10]
            if run.propose("linebreak", len(out) - 1, f"{tail}⏎{head}", tail + head, True, "合并被换行标记拆开的一句",
                           f"{tail}【⏎】{head}"):
                out[-1] = (kind, out[-1][1] + text)
                continue
        out.append((kind, text))
    return out


def _cells(text: str, kind: str, clean) -> str:
    """*clean* applied to a block's text, or to each cell of a table's row."""
    return CELL.join(clean(cell) for cell in text.split(CELL)) if kind in ("tr", "th") else clean(text)


def _markdown_wraps(run: _Run, text: str) -> dict[int, str]:
    """The line breaks inside the Markdown's paragraphs that are wraps, each a repair the editor can refuse,
    as in plain text: {line: what joins it}. The text path's judge (zhtext.linebreaks) decides, from the
    width the text was wrapped at (a pasted text that ends each paragraph with one newline has none); a
    wrap that fell on a sentence's end, which cannot be told from a paragraph's end, is only proposed."""
    lines = text.split("\n")  # as markdown-it numbers them (the caller made every line end a \n)
    spans = paragraph_lines(text)
    wrapped = wrapped_boundaries(lines)
    joined = {}
    for first, end in spans:
        for line in range(first, min(end, len(lines)) - 1):
            if wrapped[line] is False or not lines[line + 1].strip():
                continue
            between = proposed_join(run, line, lines[line], lines[line + 1], wrapped[line] is True)
            if between is not None:
                joined[line] = between
    return joined


def _input_blocks(run: _Run, text: str) -> tuple[list[tuple[str, str]], str, list[Image], str, MetaFields]:
    """The blocks, the page's title, its images, the format, and what the page's meta tags say."""
    text = whole_text_repaired(run, text)
    if (feed := feed_page(text)) and run.propose("metadata", 0, "RSS/Atom", "HTML", True, "订阅源条目读作网页"):
        text, items = feed
        if items > 1:
            run.warn("note", f"粘贴的订阅源有 {items} 条，只导入了第一条，其余请分别导入。", None, "")
    fmt = "html" if looks_like_html(text) else "text"
    marks = markdown_marks(text) if fmt == "text" else []
    if marks and run.propose(
        "markdown", 0, " ".join(SHOWN[m] for m in marks), "、".join(READ_AS[m] for m in marks), True,
        "Markdown 标记读作标题、列表、链接和图片",
    ):
        text = _LINE_END.sub("\n", text)
        text, fmt = markdown_html(text, _markdown_wraps(run, text)), "markdown"
    if fmt != "text":
        doc = parse_html(text)
        doc.blocks = [(kind, shown(run, i, line)) for i, (kind, line) in enumerate(doc.blocks)]
        tags = MetaFields(source=doc.source, date_text=doc.published, date=parse_date(doc.published))
        blocks = [b for kind, line in _rejoined(run, doc)
                  for b in ([("p", p) for p in paragraphs(run, line)] if kind == "pre" else [(kind, line)])]
        return blocks, doc.title, doc.images + bbcode_images(text), fmt, tags
    unescaped, mark, count = lines_unescaped(text)
    if count and run.propose("encoding", 0, mark * count, "" if mark == "=⏎" else "⏎" * count, True,
                             "邮件（quoted-printable）或 JSON 编码的换行"):
        text = unescaped
    return [("p", line) for line in paragraphs(run, text)], "", bbcode_images(text), "text", MetaFields()


# A headline printed again over each later page of a paginated article: 标题（2）, 标题(三), 标题 第2页
_PAGE_OF = re.compile(r".+?(?P<page>\s*(?:[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[）)]|[-—_|｜]?\s*第\s*\d{1,3}\s*页))")



# A subheading's decoration, which its style as a heading replaces: ▌培训安排, ■ 学员心声, 【学员心声】, ▶下一步.
_HEADING_MARKS = re.compile(r"^[▌▍▎▏│┃■□◆◇●○★☆▶►▷➤✦✧◉◎※|｜\s]+(?=\S)")
_BRACKETED_HEADING = re.compile(r"【([^【】]+)】")


def _undecorated(heading: str) -> str:
    plain = _HEADING_MARKS.sub("", heading).strip()
    whole = _BRACKETED_HEADING.fullmatch(plain)
    return (whole[1].strip() if whole else plain) or heading


_NUMBERED = re.compile(r"(\d{1,2})[.．、]")


def _next_item(above: str, line: str) -> bool:
    """*line* is the next item of a numbered list the line above holds (附件：1.报名表 ⏎ 2.日程安排): no subheading."""
    number = _NUMBERED.match(line)
    return bool(number) and re.search(rf"(?<!\d){int(number[1]) - 1}[.．、](?!\d)", above) is not None


_AGAIN = {"title": "再次出现的标题（整页重复粘贴）", "paragraph": "重复的段落", "summary": "与正文首段相同的摘要"}


def _repeats_on_a_page(line: str, title: str) -> bool:
    page = _PAGE_OF.fullmatch(t2s(line))
    return bool(page) and page.start("page") == len(title) and t2s(line).startswith(t2s(title))


_EDITORS_NOTE = re.compile(r"\s*[【\[]?(?:编者按|編者按|编者的话|編者的話|导读|導讀|导语|導語|摘要)[】\]]?\s*[:：]?")


def clean_reprint(
    text: str,
    extra_injections: Iterable[str] = (),
    decisions: Mapping[str, bool] | None = None,
    accept_all: bool = False,
) -> CleanedArticle:
    """Clean a reprint (plain text or HTML). See the module docstring."""
    extra = tuple(extra_injections)
    run = _Run(decisions, accept_all)
    # A run of spaces is no content, and page-chrome patterns that may start at any space cost the square of
    # its length (a 50,000-space line took 107 s): runs are cut to 8, which keeps an indent an indent.
    text = _LONG_SPACE.sub(lambda m: m.group(0)[:8], text)
    raw_blocks, html_title, images, fmt, page_tags = _input_blocks(run, text)
    blocks = [(i, kind, _cells(t, kind, lambda c, i=i: repair_chars(run, c, i))) for i, (kind, t) in enumerate(raw_blocks)]
    # (a table's row keeps its empty cells: its tabs are its columns)
    blocks = [(i, k, t.strip(" \r\n\u3000") if k in ("tr", "th") else t.strip()) for i, k, t in blocks if t.strip()]
    blocks = link_lists(run, contents_list(run, archive_banner(run, mail_envelope(run, blocks))))
    blocks = forum_replies(run, site_footer(run, controls(run, tag_lists(run, encyclopedia_page(run, blocks)))))
    meta, blocks, top_metas = header_lines(run, blocks)
    first_meta = top_metas[0] if top_metas else None
    meta.merge(page_tags)  # what the text prints wins over the page's meta tags
    blocks = reading_list(run, blocks)

    byline, reviewer = meta.byline, meta.reviewer
    kept: list[tuple[int, str, str]] = []
    for pos, (idx, kind, t) in enumerate(blocks):
        t = _cells(t, kind, lambda c, idx=idx: repair_body(run, c, idx, extra))
        if not t.strip(CELL):
            continue
        if kind in ("tr", "th"):
            kept.append((idx, kind, t))
            continue
        credit = parse_credit(t)
        body = ""
        if credit is None and pos >= len(blocks) - 2:
            body, credit = split_trailing_credit(t)
        if credit and run.propose("credit", idx, t[len(body):].strip(), "", True, "撰稿与审核署名", t):
            byline = byline or credit.byline
            reviewer = reviewer or credit.reviewer
            if not body:
                continue
            t = body
        kept.append((idx, kind, t))

    title, origin, title_para, kept = find_headline(run, kept, blocks, meta, top_metas, first_meta, html_title)
    repeated = next((b for b in kept[:3] if title and b[2] == title), None)  # the headline printed again
    if repeated and run.propose("headline", repeated[0], repeated[2], "", True, "重复的标题行", repeated[2]):
        kept = [b for b in kept if b is not repeated]
    kept = [b for b in kept if not (title and _repeats_on_a_page(b[2], title)
                                    and run.propose("headline", b[0], b[2], "", True, "分页处重复的标题", b[2]))]
    again = {id(block): _AGAIN[what] for block, what in later_copies(kept, title)}
    kept = [b for b in kept if not (id(b) in again and run.propose("duplicate", b[0], b[2], "", True, again[id(b)], b[2]))]

    out: list[Block] = []
    for n, (idx, kind, t) in enumerate(kept):
        if kind == "h1":
            kind = "h2"
        if (kind == "p" and fmt == "text" and n < len(kept) - 1 and is_subheading(t)
                and (n > 0 or opens_sections(t, [b[2] for b in kept[1:]]))
                and not signed(t, kept[n + 1][2]) and not (n and _next_item(kept[n - 1][2], t))
                and not closes_with_emoji(raw_blocks[idx][1])):
            plain = _undecorated(t)
            if run.propose("subheading", idx, t, plain, True, "短行作小标题", t):
                kind, t = "h2", plain
        if (kind == "p" and closes_clause_with_emoji(raw_blocks[idx][1], t)
                and run.propose("emoji", idx, t, t + "。", True, "表情符号代替的句末句号", t[-10:])):
            t += "。"
        out.append(Block(kind, t))
        for lk in find_lookalikes(t):
            run.warn("lookalike", f"第{idx + 1}段第{lk.start + 1}字处“{lk.found}”中的“{lk.dash}”可能是"
                     f"“{'一' * len(lk.dash)}”的误写（即“{lk.suggestion}”），未自动修改，请核对原稿。", idx, lk.found)
        if kind == "p" and is_caption(t):
            run.warn("caption", caption_warning(idx), idx, t)
        for hidden in _PROTECTED_EMAIL.finditer(t):
            run.warn("missing", f"第{idx + 1}段的电子邮箱地址被原网站的邮箱保护换成了“{hidden.group(0)}”，原地址已不在转载中，"
                     "请对照原稿补上或删去。", idx, hidden.group(0))

    body_ps = [b.text for b in out if b.kind == "p"]
    source = meta.source
    # the dateline opens the report, which an editor's note (编者按：…) may stand before (nor is the note the
    # report's summary or the first sentence a headline is made from)
    lead = next((p for p in body_ps[:2] if not _EDITORS_NOTE.match(p)), "")
    dateline = find_dateline(lead) if lead else None
    if dateline and (dateline.byline and not byline or dateline.source and not source):
        byline, source = byline or dateline.byline, source or dateline.source
        run.warn("note", f"来源与署名取自正文开头的电头“{lead[:dateline.end].strip()}”，电头留在正文中，请核对。",
                 None, lead[:dateline.end].strip())
    if title:
        title = strip_repost_mark(title) or title
        for label, part in title_decorations(title):
            if run.propose("chrome", title_para or 0, part.strip(), "", True, label, title):  # removed, not moved
                title = title.replace(part, "", 1).strip()
        msg = f"标题“{title}”取自原文，请编辑核对。"
        title = cap_title(title, 200)
    elif body_ps:
        title, origin = propose_title(lead or body_ps[0]), "generated"
        msg = f"原文没有标题，“{title}”是根据正文首句自动生成的建议标题，请编辑核对修改。"
    if title:
        run.warnings.insert(0, EditorWarning("headline", msg, title_para, title))
    if meta.date:
        run.warn("date", f"发布时间“{meta.date_text}”取自原文，已作为建议的发布时间，请核对。", None, meta.date_text)
    if images:
        run.warn("image", f"原网页有 {len(images)} 张图片，未随正文导入，请下载后在媒体库上传："
                 + "；".join(i.src for i in images[:10]), None, "")
    # A paragraph whose removal waits for the editor (a sender's note, a notice) is not what the article says.
    pending = {r.before for r in run.repairs if not r.accepted and not r.after}
    told = [p for p in body_ps if p not in pending] or body_ps
    return CleanedArticle(
        title=title,
        summary=propose_summary([strip_dateline(p) for p in ([p for p in told if contains_sentence(p)
                                                               and not _EDITORS_NOTE.match(p)] or told)[:2]]),
        blocks=out,
        byline=byline,
        reviewer=reviewer,
        script=detect_script("\n".join(b.text for b in out) or text),
        repairs=run.repairs,
        warnings=run.warnings,
        title_origin=origin,
        source=source,
        published_at=meta.date,
        date_text=meta.date_text,
        images=images,
        input_format=fmt,
    )
