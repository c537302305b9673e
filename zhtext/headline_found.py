"""Which line of a reprint is its headline: the page's <h1>, its HTML title, a line over the opening metadata
(under an e-paper's masthead) or over a row of stars, the first line where it stands out from what follows, a
headline in 【】 at a post's start, or the 原标题 a portal printed. Read after the header's metadata lines are
taken out (zhtext.header.header_lines), on the blocks left."""

from __future__ import annotations

from .chrome import contains_sentence
from .header import (
    BRACKETED,
    bracketed_headline,
    following_prose,
    masthead,
    masthead_outlet,
    salutation,
    underlined_headline,
)
from .headline import is_title_line
from .meta_fields import MetaFields
from .radicals import mended as mended_radicals
from .repair_run import Run

Blocks = list[tuple[int, str, str]]


def find_headline(run: Run, kept: Blocks, blocks: Blocks, meta: MetaFields, top_metas: list[int],
                  first_meta: int | None, html_title: str) -> tuple[str, str, int | None, Blocks]:
    """(title, origin, the block it came from, the blocks without it); origin is "text" when a headline was
    found, "" when none was (the caller proposes one from the first sentence)."""
    title, origin, title_para = meta.title, "text" if meta.title else "", None
    h1 = next(((i, t) for i, k, t in kept if k == "h1"), None)
    if h1 and run.propose("headline", h1[0], h1[1], "", True, "网页标题（移入标题栏）", h1[1]):
        kept = [b for b in kept if b[0] != h1[0]]
        title, origin, title_para = title or h1[1], "text", h1[0]
    if not title and html_title:
        title, origin = mended_radicals(html_title), "text"
    # the headline stands over one of the opening metadata lines (under an e-paper's date and edition lines,
    # over its byline): the last that has only a masthead above it
    for at in reversed([at for at in top_metas if at >= 1] if not title else []):
        kept, head = masthead(run, kept, blocks[at - 1][0])
        if head:
            break
    else:
        head = None
    label = "元数据上方的标题（移入标题栏）"
    if not title and head is None and (over_stars := underlined_headline(blocks)) is not None:
        kept, head = masthead(run, kept, over_stars, underlined=True)
        label = "横线上方的标题（移入标题栏）"
    if head and run.propose("headline", head[0], head[2], "", True, label, head[2]):
        title, origin, title_para = head[2], "text", head[0]
        kept = [b for b in kept if b is not head]
        meta.source = meta.source or masthead_outlet(blocks, head[0])
    # A short line just above the opening metadata line (标题 / 发布时间：…) is the headline,
    # however short the text after it; otherwise the first line must stand out from the next.
    # (lines that wait for the editor's removal, a notice or an archive's banner, are neither the first line nor
    # what it must stand out from)
    waiting = {(r.paragraph, r.before) for r in run.repairs if not r.accepted and not r.after}
    at = next((n for n, b in enumerate(kept) if (b[0], b[2]) not in waiting), len(kept))
    rest = kept[at:at + 1] + [b for b in kept[at + 1:] if (b[0], b[2]) not in waiting]
    above_meta = first_meta is not None and first_meta >= 1 and bool(rest) and rest[0][0] == blocks[first_meta - 1][0]
    if (not title and rest and rest[0][1] == "p"
            and (is_title_line(rest[0][2], following_prose(rest))
                 or ((above_meta or salutation(rest)) and is_title_line(rest[0][2], rest[0][2] * 3, over_metadata=above_meta)))
            and run.propose("headline", rest[0][0], rest[0][2], "", True, "首行标题（移入标题栏）", rest[0][2])):
        title, origin, title_para = rest[0][2], "text", rest[0][0]
        kept = kept[:at] + kept[at + 1:]
    bracketed = bracketed_headline(kept) if not title else ""
    if bracketed:
        pos, (idx, kind, text) = next((n, b) for n, b in enumerate(kept) if contains_sentence(b[2]))
        lead = BRACKETED.match(text).group(0)
        title, origin, title_para = bracketed, "text", idx
        # sure on a post (#topic# marks, a dated header); a column's name (【学习贯彻…精神】) looks the same
        sure = "#" in lead or first_meta is not None
        if run.propose("headline", idx, lead, "", sure, "段首【】中的标题（移入标题栏）", text[:len(lead) + 10]):
            kept[pos] = (idx, kind, text[len(lead):])
    if not title and meta.original_title:  # "原标题：…" and no headline of the reprint's own
        title, origin = meta.original_title, "text"
    return title, origin, title_para, kept
