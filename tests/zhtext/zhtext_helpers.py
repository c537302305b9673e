"""Shared test helpers: seed loading and a simulator of the site's damage."""

from __future__ import annotations

from pathlib import Path

from pypinyin import Style, pinyin

# An article's body as the hand-built platform pages carry it (tests/zhtext/test_zhtext_*_pages.py and
# test_zhtext_self_media.py): three paragraphs, a quotation among them.
PAGE_BODY = [
    "9月10日，杭州市总工会劳模工匠学院第三期技能提升班开班，来自全市32家企业的86名一线职工参加培训。",
    "本期培训为期五天，课程涵盖数控加工、工业机器人运维和电气自动化等内容。",
    "“希望大家把学到的本领带回岗位。”全国劳动模范王建国在开班仪式上说。",
]
PAGE_HEADLINE = "杭州劳模工匠学院第三期技能提升班开班"


def page_with(line: str, where: str) -> str:
    """PAGE_BODY under PAGE_HEADLINE with *line* pasted right under the headline (where="top") or after the body."""
    lines = [PAGE_HEADLINE, line, *PAGE_BODY] if where == "top" else [PAGE_HEADLINE, *PAGE_BODY, line]
    return "\n".join(lines)


def assert_line_goes(line: str, where: str, traditional: bool) -> None:
    """*line*, pasted on the page (both converted to Traditional or not), leaves the headline and the body as they were."""
    from zhtext.reprint import clean_reprint
    from zhtext.script import s2t

    convert = s2t if traditional else (lambda s: s)
    res = clean_reprint(convert(page_with(line, where)))
    assert res.title == convert(PAGE_HEADLINE)
    assert [b.text for b in res.blocks] == [convert(p) for p in PAGE_BODY]


def assert_waits_for_the_editor(line: str, where: str) -> None:
    """*line* on the page is a sentence the importer only proposes to remove: the headline is found all the
    same, nothing but notices and chrome waits, and once all is accepted the body is as it was."""
    from zhtext.reprint import clean_reprint

    res = clean_reprint(page_with(line, where))
    assert res.title == PAGE_HEADLINE and res.title_origin == "text"
    assert all(r.kind in ("notice", "chrome") for r in res.repairs if not r.accepted)
    assert [b.text for b in clean_reprint(page_with(line, where), accept_all=True).blocks] == PAGE_BODY


SEED_000 = "000_34d9cbd31dbecdeb.txt"
SEED_002 = "002_293ca45ebbd2af73.txt"
_SHARED = Path(__file__).resolve().parents[3] / "shared" / "seeds"
_DATA = Path(__file__).resolve().parent / "data"


def read_seed(name: str) -> str:
    """Prefer the shared seed folder beside the repo; fall back to the copy."""
    for folder in (_SHARED, _DATA):
        path = folder / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(name)


# ------------------------------------------------------- damage simulator
# The forward model reconstructed from seed 002 (see zhtext/gbk_damage.py):
# byte-level replacements on GBK that ignore character boundaries, then a
# lenient decode.

FULL_TO_HALF = {"，": ",", "；": ";", "：": ":", "！": "!", "（": "(", "）": ")"}


def reading(ch: str) -> str:
    return pinyin(ch, style=Style.TONE)[0][0]


def annotate_bytes(data: bytes, ch: str, py: str | None = None) -> bytes:
    """The site's converter: replace the GBK bytes of *ch* everywhere, even
    where they straddle two real characters."""
    key = ch.encode("gbk")
    return data.replace(key, key + f"({py or reading(ch)})".encode("gbk"))


def halfwidth_bytes(data: bytes) -> bytes:
    for full, half in FULL_TO_HALF.items():
        data = data.replace(full.encode("gbk"), half.encode())
    return data


def site_decode(data: bytes) -> str:
    """Lenient GBK decode: a byte without a valid partner becomes "?"; an
    annotation "(" right after it is swallowed (as in every seed case)."""
    out: list[str] = []
    i = 0
    while i < len(data):
        c = data[i]
        if c < 0x80:
            out.append(chr(c))
            i += 1
            continue
        if i + 1 < len(data):
            try:
                out.append(data[i : i + 2].decode("gbk"))
                i += 2
                continue
            except UnicodeDecodeError:
                pass
        out.append("?")
        i += 2 if i + 1 < len(data) and data[i + 1] == 0x28 else 1
    return "".join(out)


def annotated_text_bytes(text: str, annotated: set[str]) -> bytes:
    """Correctly aligned annotations for the characters in *annotated*."""
    out = b""
    for ch in text:
        out += ch.encode("gbk")
        if ch in annotated:
            out += f"({reading(ch)})".encode("gbk")
    return out


def straddling_edits(data: bytes) -> list[tuple[int, bytes]]:
    """Every misaligned byte pair the site's replacement could hit, with the
    bytes it would be replaced by (annotation added, or punctuation halved)."""
    starts = set()
    i = 0
    while i < len(data):
        starts.add(i)
        i += 1 if data[i] < 0x80 else 2
    edits = []
    for i in range(1, len(data) - 1):
        if i in starts or data[i] < 0x81 or data[i + 1] < 0x40:
            continue
        pair = data[i : i + 2]
        try:
            ch = pair.decode("gbk")
        except UnicodeDecodeError:
            continue
        if ch in FULL_TO_HALF:
            edits.append((i, FULL_TO_HALF[ch].encode()))
        elif "\u4e00" <= ch <= "\u9fff" and reading(ch) != ch:
            edits.append((i, pair + f"({reading(ch)})".encode("gbk")))
    return edits


def clean_text(text: str) -> str:
    """Character-level cleaning only (GBK damage, pinyin, punctuation), as clean_reprint applies it."""
    from zhtext.gbk_damage import repair_gbk_damage
    from zhtext.pinyin_annotations import strip_annotations
    from zhtext.punctuation import normalize_punctuation

    text = repair_gbk_damage(text)[0]
    text = strip_annotations(text)[0]
    return normalize_punctuation(text)[0]
