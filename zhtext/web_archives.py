"""A web archive's or a search engine's copy of a page (the Wayback Machine, archive.today, Google's cache, 百度快照):
its banner over the page, copied with it when a story is only found there any more.

- The line that names the archive and the original page's address (The Wayback Machine - https://web.archive.org/web/
  20240910102345/http://…, Saved from http://…, 这是 Google 对 http://… 的缓存, 百度和网页http://…的作者无关…): the
  address goes to the log as the original's link (a metadata move, certain).
- The archive's other lines (百度快照, 您查询的关键词是…, 完整版本 纯文字版本 查看源代码, archive.today webpage capture):
  chrome; those that read as sentences are proposed, as ever.
- The Wayback Machine's toolbar (12 captures, 10 Sep 2024 - 12 Oct 2024, About this capture, COLLECTED BY, success,
  fail, 2023 2024 2025 …): the lines with no Chinese in a run with an archive's line, before the article's first
  sentence.
"""

from __future__ import annotations

import re

from .chrome import contains_sentence
from .repair_run import Run
from .surroundings import prose_bounds

Blocks = list[tuple[int, str, str]]

_URL = r"(?P<url>https?://[^\s，。）)]+?)"
# A banner's line that gives the original page's address
_ORIGINAL = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    rf"the wayback machine\s*-\s*https?://web\.archive\.org/web/\d+[a-z_]*/{_URL}",
    rf"saved from\s+{_URL}",
    rf"这是\s*google\s*对\s*{_URL}\s*的缓存。?.*",
    rf"[（(]?\s*(?:百度|搜狗|360)和网页\s*{_URL}\s*的作者无关.*",
))


def _original(line: str) -> str:
    """The original page's address a banner's line gives, or ""."""
    return next((m.group("url") for pattern in _ORIGINAL if (m := pattern.fullmatch(line))), "")


# The banner's other lines
_BANNER = re.compile(
    r"archive\.(?:today|ph|is|li|vn|fo|md)\s+webpage capture|all snapshots from host\s+\S+|webpage screenshot"
    r"|(?:share\s+)?download\s+\.zip(?:\s+report bug or abuse)?|(?:百度|搜狗|360)快照|您查询的关键词是\s*[:：].*"
    r"|当前页在此期间可能已经更改。?\s*了解详情|完整版本\s*纯文字版本\s*查看源代码|提示\s*[:：]\s*要在此页面上快速找到您的搜索字词.*"
    r"|(?:the )?wayback machine",
    re.IGNORECASE)
_TOOLBAR_LINE = re.compile(r"[\x20-\x7e\u00a0]{1,80}")  # no Chinese: captures, dates, months, years, labels


def is_archive_line(text: str) -> bool:
    line = text.strip()
    return bool(_original(line) or _BANNER.fullmatch(line))


def archive_banner(run: Run, blocks: Blocks) -> Blocks:
    """The banner's lines (see the module docstring)."""
    banner = [is_archive_line(text) for _, _, text in blocks]
    if not any(banner):
        return blocks
    first = prose_bounds(blocks)[0]
    toolbar = _toolbar(blocks, banner, first)
    kept: Blocks = []
    for pos, (idx, kind, text) in enumerate(blocks):
        line = text.strip()
        if original := _original(line):
            if run.propose("metadata", idx, text, "", True, f"网页存档的横幅；原文链接：{original}", text):
                continue
        elif (banner[pos] or pos in toolbar) and run.propose("chrome", idx, text, "", True, "网页存档的横幅", text):
            continue
        kept.append((idx, kind, text))
    return kept


def _toolbar(blocks: Blocks, banner: list[bool], first: int) -> set[int]:
    """Lines with no Chinese in a run with an archive's line, before the article's first sentence."""
    out: set[int] = set()
    run: list[int] = []
    for pos in range(min(first, len(blocks)) + 1):
        text = blocks[pos][2].strip() if pos < len(blocks) else ""
        if pos < min(first, len(blocks)) and (banner[pos] or _TOOLBAR_LINE.fullmatch(text) and not contains_sentence(text)):
            run.append(pos)
            continue
        if any(banner[p] for p in run):
            out |= set(run)
        run = []
    return out
