"""A photo's caption left in a reprint's text without its photo (▲学员在实训中。, 图为开班现场。（张三 摄）).

The import brings no pictures, so such a line would read as prose under no picture. It is the article's
own words, so it is never removed: the editor is told, to add the picture or delete the line.
"""
from __future__ import annotations

import re

from .script import t2s

_LONGEST = 100  # a caption is a sentence or two
# What points at a picture: a triangle or arrow pointing up (◆ and ▼ mark sections and "read below"), or
# 图为 / 上图 / 图1 … opening the line, bracketed or not.
_POINTER_RE = re.compile(r"^\s*(?:[▲△↑]|[（(]?(?:上|下|左|右|组|题)?图\s*\d*\s*[为：:]|图\s*\d+\s|[（(]图\s*\d*[）)])")
# A photographer's credit closing the line: （记者张三 摄）, 张三/摄, （受访者供图）, (新华社发).
_CREDIT_RE = re.compile(r"(?:[（(][^（）()]{0,20}?(?:摄|供图|图片|发)[）)]|[\s/／](?:摄|摄影))\s*[。.]?$")


def is_caption(text: str) -> bool:
    simplified = t2s(text.strip())
    return (0 < len(simplified) <= _LONGEST and not simplified.endswith(("？", "?"))  # 图为何物？ asks
            and bool(_POINTER_RE.match(simplified) or _CREDIT_RE.search(simplified)))


def caption_warning(paragraph: int) -> str:
    return (f"第{paragraph + 1}段像是图片说明，但图片没有随正文导入：请在媒体库上传图片放在这段旁边，"
            "或删去这一段。")
