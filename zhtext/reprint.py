"""The repair pipeline for articles copied from reprint sites."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from .boilerplate import boilerplate_reason, parse_credit, remove_injections, split_trailing_credit
from .gbk_damage import repair_gbk_damage
from .pinyin_annotations import strip_annotations
from .punctuation import find_lookalikes, is_han, normalize_punctuation
from .script import detect_script


@dataclass(frozen=True)
class Repair:
    kind: str  # pinyin, gbk, boilerplate, injection, punctuation, credit, subheading
    before: str
    after: str
    paragraph: int  # index into the input paragraphs (non-empty lines)
    certain: bool = True


@dataclass(frozen=True)
class EditorWarning:
    kind: str  # headline, gbk, injection, lookalike
    message: str  # Chinese, for editors
    paragraph: int | None
    excerpt: str = ""


@dataclass(frozen=True)
class Block:
    kind: str  # 'p' or 'h2'
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

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "summary": self.summary,
            "body": [{"kind": b.kind, "text": b.text} for b in self.blocks],
            "byline": self.byline,
            "reviewer": self.reviewer,
            "script": self.script,
            "repairs": [asdict(r) for r in self.repairs],
            "warnings": [asdict(w) for w in self.warnings],
        }


# ------------------------------------------------------ character cleaning


def _clean_chars(text: str, para: int = 0) -> tuple[str, list[Repair], list[EditorWarning]]:
    """GBK damage first (it needs the annotations as evidence), then the
    remaining annotations, then punctuation (after "?" markers are gone)."""
    repairs: list[Repair] = []
    warnings: list[EditorWarning] = []
    text, fixes, problems = repair_gbk_damage(text)
    for f in fixes:
        repairs.append(Repair("gbk", f.before, f.after, para, f.certain))
        if not f.certain:
            warnings.append(
                EditorWarning(
                    "gbk",
                    f"第{para + 1}段乱码“{f.before}”已按最可能的结果修复为“{f.after}”，"
                    "把握不大，请对照原稿核对。",
                    para,
                    f.after,
                )
            )
    for p in problems:
        if p.reason == "ambiguous":
            msg = (
                f"第{para + 1}段疑似GBK乱码“{p.excerpt}”有多种可能的修复"
                f"（{'、'.join(p.candidates)}），未修改，请对照原稿核对。"
            )
        else:
            msg = f"第{para + 1}段疑似GBK乱码“{p.excerpt}”无法自动修复，未修改，请对照原稿核对。"
        warnings.append(EditorWarning("gbk", msg, para, p.excerpt))
    text, changes = strip_annotations(text)
    repairs += [Repair("pinyin", b, a, para) for b, a in changes]
    text, changes = normalize_punctuation(text)
    repairs += [Repair("punctuation", b, a, para) for b, a in changes]
    return text, repairs, warnings


def clean_text(text: str) -> str:
    """Character-level cleaning only: GBK damage, pinyin, punctuation."""
    return _clean_chars(text)[0]


# ------------------------------------------------------- headline, summary

_SENT_END = "。！？!?…"
_EVENT_VERBS = (
    "举办|舉辦|举行|舉行|召开|召開|开幕|開幕|启动|啟動|开班|開班|闭幕|閉幕|落幕|揭牌|挂牌|掛牌|开展|開展"
)
_LEAD_RE = re.compile(
    r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[至到\-—~～](?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上|晚间|晚間|早上)?"
    r"|近日|日前|近期|昨天|昨日|今天|今日|本报讯|本報訊)[，,、\s]*"
)
_TITLE_MAX = 40


def _first_sentence(text: str) -> str:
    m = re.search(f"[{_SENT_END}]", text)
    return text[: m.start()] if m else text


def propose_title(first_paragraph: str) -> str:
    """Build a headline from the first sentence: drop the date lead, keep the
    event named after a "——" dash, drop "在<place>" before the event verb,
    and shorten long sentences to subject + the clause naming the event."""
    s = _LEAD_RE.sub("", _first_sentence(first_paragraph).strip())
    if "——" in s:
        tail = s.split("——")[-1]
        if len(tail) >= 8:
            s = tail
    s = re.sub(rf"在[^，,；;“”]{{2,25}}?({_EVENT_VERBS})", r"\1", s, count=1)
    s = re.sub(rf"({_EVENT_VERBS})了", r"\1", s)
    if len(s) > _TITLE_MAX:
        clauses = [c for c in re.split(r"[，,；;]", s) if c]
        event = next((c for c in clauses[1:] if "“" in c or re.search(_EVENT_VERBS, c)), "")
        event = re.sub(r"^(?:共同|并|並|还|還|同时|同時)", "", event)
        s = clauses[0] + event if event else clauses[0]
    return s.strip("，,；;：: ")


def propose_summary(paragraphs: list[str], limit: int = 120) -> str:
    """Leading whole sentences of the body, at most *limit* characters."""
    text = "".join(paragraphs)
    sentences = re.findall(rf"[^{_SENT_END}]+[{_SENT_END}]+[”’」』）]?|[^{_SENT_END}]+$", text)
    out = ""
    for s in sentences:
        if len(out) + len(s) > limit:
            break
        out += s
    if not out and sentences:
        # first sentence alone is too long: cut at the last clause boundary
        first = sentences[0][:limit]
        cut = max(first.rfind("，"), first.rfind("；"))
        out = (first[:cut] if cut > 0 else first[: limit - 1]) + "。"
    return out.strip()


# ----------------------------------------------------------------- pipeline

_SUBHEAD_MAX = 16


def _is_subheading(text: str) -> bool:
    return (
        len(text) <= _SUBHEAD_MAX
        and text[-1] not in _SENT_END + "；;，,：:.”"
        and any(is_han(c) for c in text)
    )


def _is_title_line(text: str, following: str) -> bool:
    return len(text) <= _TITLE_MAX and text[-1] not in _SENT_END and len(following) > 2 * len(text)


def clean_reprint(text: str, extra_injections: Iterable[str] = ()) -> CleanedArticle:
    extra = tuple(extra_injections)
    paras = [p.strip() for p in text.splitlines() if p.strip()]
    repairs: list[Repair] = []
    warnings: list[EditorWarning] = []
    kept: list[tuple[int, str]] = []
    byline = reviewer = ""

    for idx, raw in enumerate(paras):
        if boilerplate_reason(strip_annotations(raw)[0]):
            repairs.append(Repair("boilerplate", raw, "", idx))
            continue
        cleaned, reps, warns = _clean_chars(raw, idx)
        repairs += reps
        warnings += warns
        unremoved = cleaned  # flagged spans refer to the text before removal
        cleaned, removed, flagged = remove_injections(cleaned, extra)
        repairs += [Repair("injection", f.name, "", idx) for f in removed]
        for f in flagged:
            excerpt = unremoved[max(0, f.start - 8) : f.end + 8]
            warnings.append(
                EditorWarning(
                    "injection",
                    f"第{idx + 1}段含疑似博彩广告植入“{f.name}”，直接删除会破坏句子，已保留，请编辑处理。",
                    idx,
                    excerpt,
                )
            )
        if not cleaned:
            continue
        credit = parse_credit(cleaned)
        body = ""
        if credit is None and idx >= len(paras) - 2:
            body, credit = split_trailing_credit(cleaned)
        if credit:
            byline = byline or credit.byline
            reviewer = reviewer or credit.reviewer
            repairs.append(Repair("credit", cleaned[len(body) :].strip(), "", idx))
            if not body:
                continue
            cleaned = body
        kept.append((idx, cleaned))

    blocks: list[Block] = []
    title = ""
    title_para: int | None = None
    for n, (idx, t) in enumerate(kept):
        # A short unpunctuated first line followed by longer text is a title.
        if n == 0 and len(kept) > 1 and _is_title_line(t, kept[1][1]):
            title = t
            title_para = idx
            continue
        if 0 < n < len(kept) - 1 and _is_subheading(t):
            blocks.append(Block("h2", t))
            repairs.append(Repair("subheading", t, t, idx, certain=False))
        else:
            blocks.append(Block("p", t))
        for lk in find_lookalikes(t):
            warnings.append(
                EditorWarning(
                    "lookalike",
                    f"第{idx + 1}段第{lk.start + 1}字处“{lk.found}”中的“{lk.dash}”可能是"
                    f"“{'一' * len(lk.dash)}”的误写（即“{lk.suggestion}”），未自动修改，请核对原稿。",
                    idx,
                    lk.found,
                )
            )

    body_ps = [b.text for b in blocks if b.kind == "p"]
    if title:
        msg = f"标题“{title}”取自原文首行，请编辑核对。"
    elif body_ps:
        title = propose_title(body_ps[0])
        msg = f"原文没有标题，“{title}”是根据正文首句自动生成的建议标题，请编辑核对修改。"
    if title:
        warnings.insert(0, EditorWarning("headline", msg, title_para, title))
    summary = propose_summary(body_ps[:2])
    return CleanedArticle(
        title=title,
        summary=summary,
        blocks=blocks,
        byline=byline,
        reviewer=reviewer,
        script=detect_script("\n".join(b.text for b in blocks) or text),
        repairs=repairs,
        warnings=warnings,
    )
