"""What is mended inside one line (a paragraph, a heading, a table's cell) of a reprint, before and after its
header is read: encoding damage, escapes, invisible characters, byte loss, pinyin, emoji and full-width letters
first (``chars``: what anything reading the line needs mended), then the site's notices and chrome, injected
words, stray letters and punctuation (``body``). Each change is a span edit recorded on the run as a repair.
Used by ``zhtext.reprint``; plain Python, no Django."""

from __future__ import annotations

import re
import unicodedata

from . import dictionary
from .bbcode import bbcode_edits
from .boilerplate import find_injections
from .chars import HAN_CLASS, is_han
from .chrome import contains_sentence, find_chrome, find_notices
from .emoji import emoji_edits
from .gbk_damage import repair_gbk_damage
from .injections import find_betting_phrases, find_latin_tokens, replaced_word
from .lookalikes import find_strays
from .lost_chars import lost_characters
from .ocr_digits import digit_edits
from .pinyin_annotations import annotation_edits, romanisation_runs
from .punctuation import name_dot, normalize_punctuation
from .radicals import radical_edits
from .repair_run import Edit as _Edit
from .repair_run import Run as _Run
from .script import t2s
from .spacing import find_doubled, find_invisibles, find_stray_spaces
from .transport_escapes import escape_edits
from .web_escapes import find_double_byte_mojibake, find_escapes, find_mojibake


def _gbk(run: _Run, text: str, idx: int) -> str:
    _fixed, fixes, problems = repair_gbk_damage(text)
    edits = [_Edit(f.start, f.end, f.after, "gbk", f.certain, "GBK 字节损坏", fallback=f.before.replace("?", "\ufffd"))
             for f in fixes]
    for f in fixes:
        if not f.certain:
            run.warn("gbk", f"第{idx + 1}段乱码“{f.before}”按最可能的结果修复为“{f.after}”，把握不大，请对照原稿核对。",
                     idx, f.after)
    for p in problems:
        if p.reason == "ambiguous":
            msg = f"第{idx + 1}段疑似GBK乱码“{p.excerpt}”有多种可能的修复（{'、'.join(p.candidates)}），未修改，请对照原稿核对。"
        else:
            msg = f"第{idx + 1}段疑似GBK乱码“{p.excerpt}”无法自动修复，未修改，请对照原稿核对。"
        run.warn("gbk", msg, idx, p.excerpt)
        edits.append(_Edit(p.start, p.end, text[p.start : p.end].replace("?", "\ufffd"), "gbk", silent=True))
    return run.apply(text, idx, edits)


_LOST_SHOWN = 10  # lost characters named one by one in a paragraph; more are counted in one warning


def repair_chars(run: _Run, text: str, idx: int) -> str:
    """Byte damage, pinyin annotations and emoji: before anything reads the line."""
    text = run.apply(text, idx, (_Edit(s, e, a, "encoding", label="UTF-8 被当作西文编码读出的乱码")
                                 for s, e, a in find_mojibake(text)))
    code_page, spans = find_double_byte_mojibake(text)
    text = run.apply(text, idx, (_Edit(s, e, a, "encoding", label=f"{code_page} 被当作西文编码读出的乱码") for s, e, a in spans))
    text = run.apply(text, idx, (_Edit(s, e, a, "encoding", label="网页转义字符或标签") for s, e, a in find_escapes(text)))
    text = run.apply(text, idx, (_Edit(s, e, a, "encoding", label="JSON、邮件或网址编码的文字") for s, e, a in escape_edits(text)))
    text = run.apply(text, idx, (_Edit(s, e, a, "encoding", label=label) for s, e, a, label in bbcode_edits(text)))
    # after the encoding repair: a soft hyphen (0xAD) may be one of the bytes of UTF-8 read as Latin-1
    text = run.apply(text, idx, (_Edit(s, e, a, "spacing", sure, "不可见字符") for s, e, a, sure in find_invisibles(text)))
    text = run.apply(text, idx, (_Edit(s, e, a, "spacing", sure, "重影字（PDF 加粗的文字复制了两遍）")
                                 for s, e, a, sure in find_doubled(text)))
    text = _gbk(run, text, idx)
    lost = lost_characters(text)
    for start, end in lost[:_LOST_SHOWN]:
        excerpt = text[max(0, start - 8):end + 8]
        run.warn("missing", f"第{idx + 1}段“{excerpt}”中的“{text[start:end]}”像是原文的字在转码时丢失后留下的占位符"
                 "（常见于人名中的生僻字，如“喆”“堃”“镕”），原字无法还原，请对照原稿补上。", idx, excerpt)
    if len(lost) > _LOST_SHOWN:
        run.warn("missing", f"第{idx + 1}段另有 {len(lost) - _LOST_SHOWN} 处同样的占位符，原文可能整段转码失败，"
                 "请对照原稿重新复制。", idx, "")
    # before anything reads Han characters: ⼯会 must be 工会 for the pinyin, emoji and header rules
    text = run.apply(text, idx, (_Edit(s, e, a, "lookalike", sure, "部首或兼容汉字（PDF 复制）")
                                 for s, e, a, sure in radical_edits(text)))
    text = run.apply(text, idx, (_Edit(s, e, a, "pinyin", label="拼音注音") for s, e, a in annotation_edits(text)))
    text = run.apply(text, idx, (_Edit(s, e, "", "pinyin", sure, "整句拼音") for s, e, sure in romanisation_runs(text)))
    text = run.apply(text, idx, (_Edit(s, e, a, "emoji", label="表情符号（代替标点）" if a == "，" else "表情符号")
                                 for s, e, a in emoji_edits(text)))
    text = run.apply(text, idx, (_Edit(m.start(), m.end(), m.group(0).translate(_HALF_WIDTH), "punctuation", label="全角字母数字")
                                 for m in _FULL_WIDTH_RE.finditer(text)))
    text = run.apply(text, idx, (_Edit(m.start(), m.end(), unicodedata.normalize("NFKC", m.group(0)), "punctuation",
                                       label="花体字母数字（社交平台的装饰字体）") for m in _STYLED_RE.finditer(text)))
    return run.apply(text, idx, (_Edit(s, e, a, "lookalike", label="数字里的形近字母（O 作 0，l 作 1）")
                                 for s, e, a in digit_edits(text)))


# Letters and digits typed full width (２０２４年９月１２日, ＣＮＣ): Chinese typesetting sets them half width, and a
# date must read as one; a full-width point between digits (３．５) goes with them.
_FULL_WIDTH_RE = re.compile(r"[０-９Ａ-Ｚａ-ｚ]+(?:．[０-９]+)*")
_HALF_WIDTH = {c: c - 0xFEE0 for c in range(ord("！"), ord("～") + 1)}
# Letters and digits a social platform's "fancy text" tool styles (𝟗月𝟏𝟎日, 𝐂𝐍𝐂, 𝒜𝐼): Unicode's mathematical
# alphanumerics, which search, dates and the mention finder do not read as the letters and digits they are.
_STYLED_RE = re.compile(r"[\U0001D400-\U0001D7FF]+")


def _injections(run: _Run, text: str, idx: int, extra: tuple[str, ...]) -> str:
    found = [(i.start, i.end, "已知植入名称", True) for i in find_injections(text, extra)]
    found += [(t.start, t.end, t.label, t.sure) for t in find_betting_phrases(text) + find_latin_tokens(text)]
    edits, taken = [], []
    for s, e, label, sure in sorted(found, key=lambda f: (f[0], -f[1])):
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        edits.append(_Edit(s, e, "", "injection", sure, label))
    before = len(run.repairs)
    out = run.apply(text, idx, edits)
    for r in run.repairs[before:]:
        if r.accepted:
            # find it again to know its neighbours
            pos = text.find(r.before)
            if pos >= 0 and replaced_word(text, pos, pos + len(r.before)):
                left, right = text[max(0, pos - 8) : pos], text[pos + len(r.before) : pos + len(r.before) + 8]
                run.warn("missing", f"第{idx + 1}段删除了植入的“{r.before}”，此处可能缺字：“{left}▲{right}”，"
                         "原文在这里可能有一个词被替换了，请对照原稿补上。", idx, f"{left}▲{right}")
    return out


def _strays(run: _Run, text: str, idx: int) -> str:
    edits = []
    for s in find_strays(text):
        ctx = text[max(0, s.start - 6) : s.end + 6]
        if s.replacement:
            edits.append(_Edit(s.start, s.end, s.replacement, "lookalike", s.certain, "注音符号或制表符"))
            if not s.certain:
                run.warn("lookalike", f"第{idx + 1}段“{ctx}”中的“{s.found}”不是汉字，按字节修复为“{s.replacement}”，"
                         "把握不大，请核对原稿。", idx, ctx)
        else:
            options = f"（可能是{'、'.join(s.candidates)}）" if s.candidates else ""
            run.warn("lookalike", f"第{idx + 1}段“{ctx}”中的“{s.found}”不是汉字，像是字节损坏留下的{options}，"
                     "无法确定原字，未修改，请核对原稿。", idx, ctx)
    return run.apply(text, idx, edits)


_RUN_RE = re.compile(r"[，、；：。！？,;:]{2,}|^[\s，、；：。,;:]+")  # ASCII "?" may be a damage marker
_RANK = "。！？；：，、"
# After a run of 、 and ，: a short item, then another 、, 等, or the list's last link (和, 及, 与 …) and item.
# (An item as long as 工业互联网 or 岸桥远程操控, the last as long as 新能源汽车维修等课程; items are things, so a
# clause with a pronoun or a verb's marks — 我们明天再来和大家见面 — is no list.)
_CLAUSE_WORDS = r"们|我|你|他|她|是|了|说|再|要|会|将|就|都|也"
_LIST_GOES_ON = re.compile(rf"(?:(?!{_CLAUSE_WORDS})[^，。；：！？、,;:!?\n]){{1,14}}?(?:、|等)"
                           rf"|(?:(?!{_CLAUSE_WORDS})[^，。；：！？、,;:!?\n和及与或]){{1,8}}(?:和|及|与|以及|或)"
                           rf"(?:(?!{_CLAUSE_WORDS})[^，。；：！？、,;:!?\n]){{1,14}}(?=[，。；：！？]|$)")
_WIDE = str.maketrans(",;:!?", "，；：！？")


def _collapse(text: str) -> list[_Edit]:
    """Runs of damaged punctuation (，， ，。 。，) become the strongest mark of the run; a
    paragraph no longer starts with a comma once something before it was removed."""
    edits = []
    for m in _RUN_RE.finditer(text):
        run = m.group(0)
        if m.start() == 0 and not run.strip("，、；：。,;: \t\u3000"):
            if run.strip():
                edits.append(_Edit(m.start(), m.end(), "", "punctuation", label="段首残留标点"))
            continue
        if set(run) <= set("！？!?"):
            continue  # ！！ and ？！ are the writer's
        full = run.translate(_WIDE)
        best = min(full, key=lambda c: _RANK.find(c) if c in _RANK else 99)
        if set(full) == {"，", "、"} and _LIST_GOES_ON.match(text, m.end()):
            best = "、"  # 导师结对、，外出研修和项目资助等: the list goes on, so the enumeration comma was meant
        edits.append(_Edit(m.start(), m.end(), best, "punctuation", label="重复或残缺的标点"))
    return edits


# An ellipsis typed with full stops or dots after Chinese (培训... 。。。 ···) is Chinese's 省略号 ……
_ELLIPSIS_RE = re.compile(rf"(?<={HAN_CLASS}|[”’」』）》])(?:\.{{3,}}|。{{3,}}|[·•]{{3,}})")
_DOT_IN_NAME_RE = re.compile(rf"(?<={HAN_CLASS})\.(?={HAN_CLASS})")


def _punctuation(run: _Run, text: str, idx: int) -> str:
    text = run.apply(text, idx, [_Edit(m.start(), m.end(), "……", "punctuation", label="省略号")
                                 for m in _ELLIPSIS_RE.finditer(text)])
    wide = normalize_punctuation(text)[0]
    edits = [_Edit(i, i + 1, b, "punctuation", label="半角标点") for i, (a, b) in enumerate(zip(text, wide, strict=True))
             if a != b] if len(wide) == len(text) else []
    text = run.apply(text, idx, edits)
    text = run.apply(text, idx, [_Edit(m.start(), m.end(), "·", "punctuation", label="人名的间隔号")
                                 for m in _DOT_IN_NAME_RE.finditer(text) if name_dot(text, m.start())])
    text = run.apply(text, idx, _collapse(text))
    text = run.apply(text, idx, (_Edit(s, e, a, "spacing", sure, "汉字之间的空格") for s, e, a, sure
                                 in find_stray_spaces(text)))
    return re.sub(r"[ \t\u3000]{2,}", " ", text).strip()


def _among_words(text: str, start: int, end: int) -> bool:
    """Whether a span is part of a sentence. Its removal is then only proposed.

    - It touches Chinese words within the line and what is left of the line is prose (职工扫一扫二维码即可报名,
      大家在微信群里分享到深夜, 把照片分享到朋友圈，).
    - Or it opens a sentence as its first words (`_continued`: 点个赞的，…; 分享到此结束。), and the sentence goes on
      to its end mark.
    Chrome glued to a page's other chrome (扫一扫关注公众号) or a page's switch copied onto a line's start or after
    a full stop (简体|繁體市总工会党组书记……) stays certain."""
    before = text[:start].rstrip()
    rest = text[:start] + text[end:]
    prose = contains_sentence(rest) or sum(map(is_han, rest)) >= 4 and bool(_PROSE_MARK.search(rest))
    if start > 0 and is_han(text[start - 1]) or end < len(text) and is_han(text[end]) and before and before[-1] not in _ENDS:
        return prose
    opens = end < len(text) and is_han(text[end]) and _continued(text[start:end + 8], end - start)
    return opens and (prose or bool(re.match(r"[^。！？!?]*[。！？!?]", text[end:])))


_ENDS = "。！？!?…”"
_PROSE_MARK = re.compile(r"[，。！？；]")  # (not ：, which a page's own 来源：某报 has)


def _continued(text: str, end: int) -> bool:
    """Whether the span text[:end], at a sentence's start, is that sentence's first words: a word of jieba's of three
    characters or more reaches two or more past its end (分享|到此结束), or the next word is one no sentence opens
    with, a particle (的, 了, 等) or a locative (之后, 中): 点个赞的，…; 扫一扫之后，…. A page's switch copied before a
    sentence (简体|繁體市总工会……) ends where a word ends and is followed by one that can open a sentence; a two-character
    word across the edge is a chance pair of jieba's (分享到：微信 微博学员…: 博学), no evidence."""
    from jieba import posseg

    dictionary.jieba_ready()
    simplified = t2s(text)  # jieba's words are Simplified ones
    at = 0
    for word in posseg.cut(simplified if len(simplified) == len(text) else text, HMM=False):
        if at >= end:
            return word.flag.startswith("u") or word.flag == "f"
        at += len(word.word)
        if at >= end + 2 and len(word.word) >= 3:
            return True  # a word reaches well across the span's end (分享|到此结束; not 微|博学|员, a chance pair)
        if at > end:
            return False
    return False


def _without_sure_injections(text: str, extra: tuple[str, ...]) -> str:
    """The text with what will surely go as spam blanked out, length kept: a page's switch after 注册就送彩金 opens
    the next sentence (…学到手。注册就送彩金简体|繁體获奖选手中…), it is not among the spam's words."""
    spans = [(i.start, i.end) for i in find_injections(text, extra)]
    spans += [(t.start, t.end) for t in find_betting_phrases(text) if t.sure]
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def repair_body(run: _Run, text: str, idx: int, extra: tuple[str, ...]) -> str:
    edits = [_Edit(n.start, n.end, "", "notice", True, n.label) for n in find_notices(text)]
    chrome = find_chrome(text)
    words = _without_sure_injections(text, extra) if chrome else text
    edits += [_Edit(c.start, c.end, "", "chrome", not _among_words(words, c.start, c.end), c.label) for c in chrome]
    text = run.apply(text, idx, edits).strip()
    if edits:  # an agency's （完） is the paragraph's end once the chrome glued after it is gone
        text = run.apply(text, idx, [_Edit(c.start, c.end, "", "chrome", True, c.label) for c in find_chrome(text)
                                     if c.label == "结束标记"]).strip()
    text = _injections(run, text, idx, extra)
    text = _strays(run, text, idx)
    return _punctuation(run, text, idx)
