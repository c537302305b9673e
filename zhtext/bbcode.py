"""Forum markup (BBCode) left in a reprint: a post copied from a Discuz or phpBB editor's source, or a site that
moved its forum's posts as text: `[b][color=red]学员们[/color][/b]表示`, `[size=4]工匠精神[/size]`,
`[url=https://…]报名通知[/url]`, `[img]https://…/a.jpg[/img]`, `[attach]12345[/attach]`.

The markup goes and the words it wraps stay; a link keeps its words (a bare `[url]https://…[/url]` keeps the
address). A picture's or an attachment's code goes whole: the import brings no pictures, so a picture's address
is offered to the editor for the media library (``bbcode_images``), as an HTML page's are.

Only what reads as BBCode is touched: a closing tag of a forum's tag name (`[/b]`, `[/color]`), an opening tag
with its value (`[color=red]`, `[size=4]`), a block a post may close lines later (`[quote]`, `[list]`), and
any other opening tag (`[b]`, `[i]`) only when its closing tag follows on the line. A footnote `[1]`, a sticker `[强]`, a placeholder `[图片]` and `[OK]` stay.
"""
from __future__ import annotations

import re

from .htmlinput import Image

# Formatting and structure: the tags go, the words between them stay.
_WRAPPING = ("b|i|u|s|strike|color|size|font|align|left|center|right|indent|backcolor|bgcolor|highlight|quote|code|"
             "list|sup|sub|p|float|hide|free|url|email|table|tr|td")
# Blocks a post opens on one line and closes lines later; any other opening tag without a value is markup only
# when its closing tag follows on the line.
_BLOCKS = {"quote", "code", "list", "hide", "free", "indent", "table", "align", "left", "center", "right", "float"}
# Embedded things the import does not bring: the whole code goes (a picture's address is offered to the editor).
_EMBEDS = "img|attach|attachimg|media|flash|video|audio|qq"
_EMBED_RE = re.compile(rf"\[(?P<name>{_EMBEDS})(?:=[^\]\n]{{0,200}})?\](?P<inner>[^\[\]\n]{{0,2000}})\[/(?P=name)\]",
                       re.IGNORECASE)
_TAG_RE = re.compile(rf"\[(?P<close>/)?(?P<name>{_WRAPPING})(?P<value>=[^\[\]\n]{{1,200}})?\]", re.IGNORECASE)
_LIST_ITEM_RE = re.compile(r"\[\*\]")
_IMAGE_ADDRESS = re.compile(r"\s*(?:https?:)?//\S+\s*$|\s*\S+\.(?:jpe?g|png|gif|webp|bmp)\s*$", re.IGNORECASE)


def _is_markup(text: str, tag: re.Match) -> bool:
    name = tag.group("name").lower()
    if tag.group("close") or tag.group("value"):
        return not (tag.group("close") and tag.group("value"))
    if name in _BLOCKS:
        return True
    return re.search(rf"\[/{name}\]", text[tag.end():], re.IGNORECASE) is not None


def bbcode_edits(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, replacement, label) for each piece of forum markup in the line, in order."""
    if "[" not in text:
        return []
    edits: list[tuple[int, int, str, str]] = []
    embeds = list(_EMBED_RE.finditer(text))
    taken = [(m.start(), m.end()) for m in embeds]
    for m in embeds:
        picture = m.group("name").lower() == "img"
        edits.append((m.start(), m.end(), "", "论坛代码的图片（图片未随正文导入）" if picture else "论坛代码的附件或视频（未随正文导入）"))
    tags = [m for m in _TAG_RE.finditer(text) if not any(s <= m.start() < e for s, e in taken) and _is_markup(text, m)]
    if not tags and not edits:
        return []
    for m in tags:
        edits.append((m.start(), m.end(), "", "论坛代码（BBCode）"))
    if tags or embeds:  # a list's items only where the line holds other forum markup
        edits += [(m.start(), m.end(), "", "论坛代码（BBCode）") for m in _LIST_ITEM_RE.finditer(text)
                  if not any(s <= m.start() < e for s, e in taken)]
    return sorted(edits)


def bbcode_images(text: str) -> list[Image]:
    """The pictures a text's forum markup shows ([img]…[/img], [img=640,480]…[/img]), by their addresses."""
    if "[" not in text:
        return []
    return [Image(m.group("inner").strip(), "") for m in _EMBED_RE.finditer(text)
            if m.group("name").lower() == "img" and _IMAGE_ADDRESS.match(m.group("inner"))]
