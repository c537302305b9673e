"""The article's header and its edges: which of the first and last lines are metadata (a date, a source, credits,
a forum's poster, a Weibo account), where the headline stands among them, the masthead above it, a post's
【…】 headline and a notice's signature. Used by ``zhtext.reprint``; plain Python, no Django."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .captions import is_caption
from .chrome import COUNT, RULE_ROW, contains_sentence, is_pure_chrome, is_reading_list_heading
from .dateline import credit_line, names_an_agency
from .headline import is_title_line
from .meta_fields import PLACE, MetaFields
from .metadata import is_outlet, is_outlet_or_section, is_section, parse_meta_line, signed
from .repair_run import Run
from .script import t2s
from .surroundings import POSTER_RE, is_prose

EDGE_LINES = 4
Blocks = list[tuple[int, str, str]]


def following_prose(kept: Blocks) -> str:
    """The line a first line must stand out from to be the headline: the next one, or where that is a
    salutation or a short line (各区县总工会：, a dateline of its own), the first line holding a sentence. A
    site's notice or prompt under the headline (人民网版权所有，未经书面授权禁止使用) is no sentence of the article, nor
    is the caption of the picture over it (▲学员在实训中心练习焊接。（图／记者王大明摄）)."""
    rest = [text for _, _, text in kept[1:4]]
    return next((text for text in rest if is_prose(text) and not is_caption(text)), rest[0] if rest else "")


def salutation(kept: Blocks) -> bool:
    """The second line addresses the readers (各区县总工会、各产业工会：): a notice, headed by the first."""
    return len(kept) > 1 and kept[1][2].endswith(("：", ":")) and len(kept[1][2]) <= 40 and not contains_sentence(kept[1][2])


def _is_metadata(found: MetaFields | None) -> bool:
    """A parsed line that is more than a headline-looking prefix."""
    return bool(found and any(label != "标题" for label, _ in found.parts))


def _next_text(blocks: Blocks, chrome: list[bool], pos: int) -> str:
    """The first line after *pos* that is more than chrome, or ""."""
    return next((text for (_, _, text), pure in zip(blocks[pos + 1:], chrome[pos + 1:], strict=True) if not pure), "")


def _next_is_metadata(blocks: Blocks, chrome: list[bool], pos: int) -> bool:
    return _is_metadata(parse_meta_line(_next_text(blocks, chrome, pos)))


# A post's headline in brackets before its first sentence: 【#话题# 开展数控技能培训】5月15日，… Not an agency's
# (【明報專訊】) nor an editor's note (【编者按】). A column's name (【学习贯彻二十大精神】) looks the same: it is proposed
# as the title, and its removal from the paragraph only proposed.
BRACKETED = re.compile(r"(?:#[^#\s。！？，,]{1,20}#\s*)*【(?P<head>[^【】。！？!?]{4,60})】(?=\S)")  # after its #topic#s or not
_NOT_A_HEADLINE = re.compile(r"[讯訊电電]$|消息$|编者按|编者的话|导语|导读|摘要|提要|核心提示|开栏语|手记|专讯|專訊|快讯|快訊")


def bracketed_headline(blocks: Blocks) -> str:
    """The 【…】 headline that opens the first paragraph holding a sentence (its #topic# marks and the spaces
    they leave taken out), or ""."""
    first = next((text for _, _, text in blocks[:EDGE_LINES + 2] if contains_sentence(text)), "")
    m = BRACKETED.match(first)
    if not m or _NOT_A_HEADLINE.search(t2s(m.group("head"))) or names_an_agency(m.group("head")):
        return ""
    return re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", m.group("head").replace("#", " ")).strip()


# A masthead is a name (学习强国, 中工网), a breadcrumb or a kicker, each shorter than the headline under it; a
# line as long as the one over the metadata is a headline over its subtitle, and a subtitle's dashes say so.
_CRUMBS = re.compile(r"[>›»＞→]|\s[/／|｜]\s")
_SUBTITLE_DASHES = ("—", "-", "─", "－", "–")


def _site_or_crumbs(text: str) -> bool:
    """A site's, a channel's or a section's name, or a breadcrumb that starts with one (聯合新聞網 / 生活 / 職場)."""
    steps = [step for step in re.split(r"\s+[/／|｜]\s+|[>›»＞→]+", text.strip()) if step.strip()]
    words = text.split()
    return (is_outlet_or_section(text) or len(steps) >= 2 and is_outlet_or_section(steps[0])
            or 2 <= len(words) <= 3 and is_outlet_or_section(words[-1]))  # 香港特別行政區政府 新聞公報: whose, and the kind


def masthead(run: Run, kept: Blocks, headline: int, underlined: bool = False) -> tuple[Blocks, tuple | None]:
    """Short lines above the line just over the opening metadata (an app's or a site's name, a section, a
    breadcrumb: 学习强国, 人民网>>山东频道) are the page's masthead, not the article: the headline is the line
    over the metadata. Certain where the line is named like an outlet; otherwise proposed (a kicker above a
    headline, 弘扬劳模精神 培育大国工匠, looks the same). Over a headline *underlined* by a row of stars, the lines
    above may be longer than it (香港特別行政區政府 新聞公報). Returns the blocks left and the headline's block."""
    pos = next((n for n, block in enumerate(kept) if block[0] == headline), None)
    if (not pos or pos > EDGE_LINES or not is_title_line(kept[pos][2], kept[pos][2] * 3, over_metadata=True)
            or kept[pos][2].lstrip().startswith(_SUBTITLE_DASHES)  # ——记…: a subtitle under its headline
            or any(len(text) > 30 or len(text) >= len(kept[pos][2]) and not _CRUMBS.search(text) and not underlined
                   or contains_sentence(text) for _, _, text in kept[:pos])):
        return kept, None
    above = [(idx, kind, text) for idx, kind, text in kept[:pos] if not run.propose(
        "chrome", idx, text, "", _site_or_crumbs(text), "标题上方的网站、频道或栏目名", text)]
    return above + kept[pos:], kept[pos]


_RULE_ROW = re.compile(RULE_ROW)


def underlined_headline(blocks: Blocks) -> int | None:
    """The line over a row of stars or rules near the top (a press release's headline over ＊＊＊＊), when
    something stands above it: its block's index, or None."""
    for pos in range(2, min(len(blocks), EDGE_LINES + 2)):
        if _RULE_ROW.fullmatch(blocks[pos][2].strip()) and blocks[pos - 1][1] == "p" and not contains_sentence(blocks[pos - 1][2]):
            return blocks[pos - 1][0]
    return None


def masthead_outlet(blocks: Blocks, headline: int) -> str:
    """An outlet's name standing alone above the headline (an e-paper's 工人日报): the source where none is printed."""
    return next((text.strip() for idx, _, text in blocks if idx < headline and is_outlet(text)), "")


def _account_over_stamp(blocks: Blocks, chrome: list[bool], pos: int, lead: int) -> bool:
    """A platform's account (百家号, 网易号): a bare name under the headline and over a stamp with the time and
    where the writer was (2024-09-12 10:23浙江), which only an account's post has: over a bare date the
    same line may be a column's name (工匠风采). Shorter than the line above it, which a masthead over a
    headline is not (学习强国 ⏎ 工匠学院开班 ⏎ 2024-09-12 10:23浙江)."""
    text = blocks[pos][2].strip()
    above = next((t for (_, _, t), pure in zip(blocks[pos - 1::-1], chrome[pos - 1::-1], strict=False) if not pure), "")
    if not (lead < pos and POSTER_RE.fullmatch(text) and len(text) < len(above.strip())):
        return False
    found = parse_meta_line(_next_text(blocks, chrome, pos))
    return bool(found and found.date and not found.source and any(label == PLACE for label, _ in found.parts))


_FOLLOW = re.compile(rf"\+?\s*关注(?:他|她|作者|TA)?(?:\s*{COUNT})?")  # 关注他, + 关注, 关注 1.3万
# A count alone (0, 12, 1.2万, 10w+), not a year.
_COUNT_ONLY = re.compile(rf"(?!(?:19|20)\d\d$){COUNT}")
_OUTLET_AND_AUTHORS = re.compile(r"(?P<outlet>\S{2,16}?)(?:(?:特约|首席|本网)?(?:记者|通讯员))?\s+(?P<names>[\u4e00-\u9fff·]{2,5}(?:[\s、，,]+[\u4e00-\u9fff·]{2,5}){0,3})")
_NOT_A_NAME = re.compile(r"报道|消息|[讯電电]$|综合|整理|编译|来源|出品|制作|监制|策划|推荐|发布|客户端|频道")


def outlet_and_authors(text: str) -> MetaFields | None:
    """An app's outlet and its writers on one line, over the date (人民日报客户端 李明, 澎湃新闻记者 李明): the source
    and the byline."""
    m = _OUTLET_AND_AUTHORS.fullmatch(t2s(text.strip()))
    if not m or not is_outlet(m.group("outlet")):
        return None
    names = re.split(r"[\s、，,]+", m.group("names"))
    if any(_NOT_A_NAME.search(name) for name in names):
        return None
    raw = text.strip()
    out = MetaFields(source=raw[:m.end("outlet")], byline="、".join(re.split(r"[\s、，,]+", raw[m.start("names"):])))
    out.parts += [("来源", out.source), ("撰稿", out.byline)]
    return out


def _platform_over_headline(blocks: Blocks, chrome: list[bool], lead: int) -> bool:
    """The first line is an app's or a portal's name (腾讯新闻, 澎湃新闻) over a headline: the page's masthead, so
    the header starts under it (an author's block under the headline, 关注 …)."""
    if lead >= len(blocks) or not is_outlet(blocks[lead][2]) or len(blocks[lead][2].strip()) > 10:
        return False
    after = _next_text(blocks, chrome, lead)
    return bool(after) and is_title_line(after.strip(), after * 3, over_metadata=True) and not is_outlet(after) \
        and parse_meta_line(after) is None


def _over_follow(blocks: Blocks, chrome: list[bool], pos: int) -> bool:
    """The first line after *pos* that is more than a button (发消息) is a follow button (关注 1.3万)."""
    for (_, _, text), pure in zip(blocks[pos + 1:pos + 4], chrome[pos + 1:pos + 4], strict=False):
        if _FOLLOW.fullmatch(t2s(text.strip())):
            return True
        if not pure:
            return False
    return False


def _page_counts(blocks: Blocks, top: int, last_sentence: int) -> set[int]:
    """Counts alone in the header or after the article's last sentence that are surely a page's (a video's plays
    under its headline; a short video's likes, comments and shares under it): two or more in a row, or one
    printed as only a counter prints it (1.2万, 10w+, 1,234). A lone 3 after the article is not ours to judge."""
    alone = [(pos < top or pos > last_sentence) and bool(_COUNT_ONLY.fullmatch(text.strip()))
             for pos, (_, _, text) in enumerate(blocks)]
    return {pos for pos, count in enumerate(alone) if count and (
        pos > 0 and alone[pos - 1] or pos + 1 < len(alone) and alone[pos + 1] or re.search(r"[万萬wW+,]", blocks[pos][2]))}


def _next_is_posted(blocks: Blocks, chrome: list[bool], pos: int) -> bool:
    after = _next_text(blocks, chrome, pos)
    return bool(re.match(r"(?:发表于|发布于)\s*\d", t2s(after))) and _is_metadata(parse_meta_line(after))


@dataclass
class _Page:
    """What the header's rules know of the page, and (top, after_meta) of the line being read."""
    blocks: Blocks
    chrome: list[bool]  # each line is page chrome from end to end
    lead: int  # the first line that is more than chrome (under an app's name over the headline)
    follow: int | None  # a 关注 button under the headline (an author's block above it)
    first_sentence: int
    counts: set[int]  # counts alone that are surely the page's
    headline_elsewhere: bool  # an <h1> or a post's 【…】: a short first line may be the poster or the account
    top: int = 0  # the top edge, grown by one for each metadata line found in it
    after_meta: bool = False  # the line follows a metadata line, chrome between them or not
    under_lead: int = -1  # the first line more than chrome under the lead (the headline's next)
    last: int = -1  # the last line more than chrome, when it follows the last sentence

    def named(self, pos: int) -> bool:
        """Under the headline, or anywhere above the body when the headline is elsewhere."""
        return self.lead < pos or self.headline_elsewhere


# The rules for a line that is no metadata line on its own, each (page, pos, kind, text) → fields or None, tried
# in order until one gives fields.

def _named_over_date(page: _Page, pos: int, kind: str, text: str) -> MetaFields | None:
    """An agency, an outlet or (with the headline elsewhere) an account's bare name over the date: the source."""
    if (kind == "p" and not page.chrome[pos] and page.named(pos) and pos < page.top
            and (names_an_agency(text) or page.lead < pos and is_outlet(text) or page.headline_elsewhere and POSTER_RE.fullmatch(text))
            and (page.after_meta or _next_is_metadata(page.blocks, page.chrome, pos))):
        return MetaFields(source=text, parts=[("来源", text)])
    return None


def _forum_poster(page: _Page, pos: int, kind: str, text: str) -> MetaFields | None:
    """A forum's poster above 发表于 <date>: logged."""
    if (kind == "p" and not page.chrome[pos] and page.named(pos) and pos < page.top and POSTER_RE.fullmatch(text)
            and _next_is_posted(page.blocks, page.chrome, pos)):
        return MetaFields(parts=[("发帖人（删除）", text)])
    return None


def _account_over_its_stamp(page: _Page, pos: int, kind: str, text: str) -> MetaFields | None:
    if kind == "p" and not page.chrome[pos] and pos < page.top and _account_over_stamp(page.blocks, page.chrome, pos, page.lead):
        return MetaFields(source=text, parts=[("来源", text)])
    return None


def _outlet_and_its_authors(page: _Page, pos: int, kind: str, text: str) -> MetaFields | None:
    if page.lead < pos < page.top and _next_is_metadata(page.blocks, page.chrome, pos):
        return outlet_and_authors(text)
    return None


def _authors_block(page: _Page, pos: int, kind: str, text: str) -> MetaFields | None:
    """The lines over 关注他: the author's (or at the top a short video's account's) name, then a line about them."""
    follow, lead = page.follow, page.lead
    if follow is None or not (lead < pos or pos == follow - 1) or pos >= follow or contains_sentence(text):
        return None
    if (pos == lead + 1 or pos == lead == follow - 1) and POSTER_RE.fullmatch(text.strip()):
        return MetaFields(byline=text.strip(), parts=[("撰稿", text.strip())])
    return MetaFields(parts=[("作者简介（删除）", text.strip())])


def _uploader(page: _Page, pos: int, kind: str, text: str) -> MetaFields | None:
    """A video's uploader over 发消息 ⏎ 关注 1.3万."""
    if (page.follow is None and page.lead < pos < page.top and POSTER_RE.fullmatch(text.strip())
            and _over_follow(page.blocks, page.chrome, pos)):
        return MetaFields(byline=text.strip(), parts=[("撰稿", text.strip())])
    return None


def _count_alone(page: _Page, pos: int, kind: str, text: str) -> MetaFields | None:
    """网易's 0 beside 举报, a short video's likes, comments and shares under it: a count on its own."""
    if (page.lead < pos < min(page.top, page.first_sentence) or pos in page.counts) and _COUNT_ONLY.fullmatch(text.strip()):
        return MetaFields(parts=[("计数（删除）", text.strip())])
    return None


def _credit_alone(page: _Page, pos: int, kind: str, text: str) -> MetaFields | None:
    """A dateline or an outlet's credit set apart on its own line (本报讯（记者 王某）, 大众新闻·齐鲁壹点 记者 王某):
    its source and reporters."""
    found = credit_line(text) if kind == "p" else None
    if found is None:
        return None
    out = MetaFields(source=found.source, byline=found.byline)
    out.parts += [(key, value) for key, value in (("来源", found.source), ("撰稿", found.byline)) if value]
    return out if out.parts else MetaFields(parts=[("电头（删除）", text.strip())])


# An outlet's name alone (潍坊日报, TVBS新聞網, on.cc東網, 央视新闻客户端): an agency's, a paper's or a site's, or an
# app's, not a section's; a site's address after it is its own (三立新聞網 setn.com)
_DOMAIN_AFTER = re.compile(r"\s+(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,6})+$", re.IGNORECASE)


def _outlet_alone(page: _Page, pos: int, kind: str, text: str) -> MetaFields | None:
    """An outlet's name on a line of its own right under the headline or as the page's last line after the
    article (a site's logo, an app's name over its story): the source. A subtitle or a heading ends otherwise."""
    name = _DOMAIN_AFTER.sub("", text.strip())
    app = is_outlet(name) and t2s(name).endswith(("客户端", "新闻云", "APP", "App"))
    if kind == "p" and pos in (page.under_lead, page.last) and (names_an_agency(name) and not is_section(name) or app):
        return MetaFields(source=name, parts=[("来源", name)])
    return None


_RULES = (_named_over_date, _forum_poster, _account_over_its_stamp, _outlet_and_its_authors, _authors_block, _uploader,
          _count_alone, _credit_alone, _outlet_alone)


def header_lines(run: Run, blocks: Blocks) -> tuple[MetaFields, Blocks, list[int]]:
    """Metadata lines among the first and last lines become fields.

    A headline may lead the first metadata line (``标题  发布时间：…  来源：…``) as long as only
    page chrome (breadcrumbs, toolbars) stands before it. The top edge grows by one line for each
    metadata line found in it (an e-paper prints five above its headline). A line that is no metadata
    line on its own may still be the header's by where it stands (``_RULES``). Returns the fields, the
    blocks left, and where each opening metadata line stood among the blocks left, so that a headline
    on a line of its own just above one of them is recognised too.
    """
    meta = MetaFields()
    kept = []
    n = len(blocks)
    top_metas: list[int] = []  # where the opening metadata lines stood among the blocks kept
    only_chrome_before = True
    # The edges are counted from the first and last lines that are more than chrome (WeChat's "点击上方
    # 蓝字关注我们", a breadcrumb), and a metadata line right after another belongs to the same header.
    chrome = [is_pure_chrome(text) for _, _, text in blocks]
    lead = next((pos for pos, pure in enumerate(chrome) if not pure), n)
    if _platform_over_headline(blocks, chrome, lead):
        lead = next((pos for pos in range(lead + 1, n) if not chrome[pos]), n)  # 腾讯新闻 ⏎ the headline
    # (a short video's counts under it, each alone, are no more the article's than its buttons)
    trail = next((pos for pos, (pure, (_, _, text)) in enumerate(zip(reversed(chrome), reversed(blocks), strict=True))
                  if not pure and not _COUNT_ONLY.fullmatch(text.strip())), n)
    last_sentence = next((pos for pos in range(n - 1, -1, -1) if contains_sentence(blocks[pos][2])), -1)
    # the top edge is counted in lines that are more than chrome (a row of buttons a line each under the date does
    # not push the header's last lines out)
    substantial = [pos for pos in range(lead, n) if not chrome[pos]]
    page = _Page(
        blocks, chrome, lead,
        # an author's block under the headline (知乎, 简书): the name, perhaps a line about them, then 关注他
        follow=next((pos for pos in range(lead + 1, min(n, lead + EDGE_LINES + 1)) if _FOLLOW.fullmatch(t2s(blocks[pos][2].strip()))), None),
        first_sentence=next((pos for pos in range(n) if contains_sentence(blocks[pos][2])), n),
        counts=_page_counts(blocks, substantial[EDGE_LINES] if EDGE_LINES < len(substantial) else n, last_sentence),
        headline_elsewhere=any(kind == "h1" for _, kind, _ in blocks) or bool(bracketed_headline(blocks)),
        under_lead=substantial[1] if len(substantial) > 1 and substantial[1] < last_sentence else -1,
        last=substantial[-1] if substantial and substantial[-1] > last_sentence >= 0 else -1,
    )
    # The bottom edge grows upward over a run of credits (文字｜… 初审｜… 复审｜… 监制：… 出品：…), as many as
    # a WeChat article signs.
    tail = max(0, n - EDGE_LINES - trail)
    while tail > 0 and blocks[tail - 1][1] == "p" and _is_metadata(parse_meta_line(blocks[tail - 1][2])):
        tail -= 1
    # A reading list's dates (相关推荐 ⏎ title ⏎ 2024-09-01) are other articles': the tail ends above its heading.
    listed = next((pos for pos in range(last_sentence + 1, n) if is_reading_list_heading(blocks[pos][2])), n)
    for pos, (idx, kind, text) in enumerate(blocks):
        found = None
        # each header line found leaves room for one more (an e-paper's)
        edge = EDGE_LINES + len(top_metas)
        page.top = substantial[edge] if edge < len(substantial) else n
        if kind in ("p", "h1") and (pos < page.top or tail <= pos < listed or page.after_meta):
            found = parse_meta_line(text, allow_title=only_chrome_before and kind == "p")
            found = found or next((fields for rule in _RULES if (fields := rule(page, pos, kind, text))), None)
        page.after_meta = page.after_meta and chrome[pos]  # a metadata line after another, chrome between them or not
        if _is_metadata(found) and kept and signed(kept[-1][2], text):
            meta.merge(found)  # the date under a notice's signature: the document's, kept where it stands
            kept.append((idx, kind, text))
            continue
        if _is_metadata(found):
            label = "；".join(f"{k}：{v}" for k, v in found.parts)
            if run.propose("metadata", idx, text, "", True, label, text):
                meta.merge(found)
                if pos < page.top:
                    top_metas.append(len(kept))
                page.after_meta = True
                continue
        if not is_pure_chrome(text):
            only_chrome_before = False
        kept.append((idx, kind, text))
    return meta, kept, top_metas
