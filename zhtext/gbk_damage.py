"""Byte-level repair of GBK damage marked by "?" (or U+FFFD).

How the damage arises (reconstructed from seed 002 and reproduced by the
generator in tests/zhtext/test_zhtext_gbk_damage.py):

1. The site stores the article as GBK and edits it with *byte* string
   replacement, which ignores character boundaries.  Two edits are visible:
   - annotation: bytes of a character C become C + "(pinyin)";
   - punctuation: full-width "，；：！？（）" (A3xx) become ASCII ",;:!?()".
   A match can straddle two real characters: in 們在 (82 83 | D4 DA) the
   middle bytes 83 D4 spell 冊, so "(cè)" lands inside 在; in 。現 (A1 A3 |
   AC 46) the bytes A3 AC spell "，" and are replaced by ",".
2. The page is then decoded leniently.  A lead byte left without a valid
   trail byte is shown as "?"; if the next byte is the "(" of an annotation,
   that "(" is swallowed as well (every case in the seed), otherwise the next
   ASCII byte survives.  The following bytes pair up wrongly (們?cè)谛聲r(shí)).

The inverse therefore: turn the damaged stretch back into bytes, choosing
for every "?" the lost byte (0x81-0xFE, plus "(" when an unopened
annotation "cè)" follows) and for every ASCII punctuation mark either itself
or its full-width GBK bytes; delete each "(pinyin)" whose two preceding bytes
spell a character with that reading (the byte-level insertion undone); then
decode strictly.  Surviving candidates are ranked with jieba's word
frequencies (after t2s for Traditional text).  Only a clear winner is applied.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from . import dictionary
from .chars import is_han
from .pinyin_annotations import PINYIN_LETTERS, is_reading, strip_annotations
from .script import detect_script, s2t, t2s

MARKERS = "?\ufffd"
# ASCII punctuation the site produced from full-width A3xx characters.
_WIDEN = {c: chr(ord(c) + 0xFEE0).encode("gbk") for c in ",;:!()"}
_UNOPENED_RE = re.compile(rf"[{PINYIN_LETTERS}]{{1,7}}[)）]")
_OPENED_RE = re.compile(rf"[(（][{PINYIN_LETTERS}]{{1,7}}[)）]")
_ANN_BYTES_RE = re.compile(rb"\(([a-z:\x80-\xfe]{1,14}?)\)")
_PINYIN_TEXT_RE = re.compile(rf"[{PINYIN_LETTERS}]{{1,7}}")

MAX_REGION = 20  # characters after the marker searched for the resync point
MAX_CANDIDATES = 60000
# Steps of the search, pruned branches included: some "?" stretches prune nearly every branch deep down, so
# that counting only whole candidates let one stretch search for minutes (found by the property tests). A
# stretch that needs more is left for an editor.
MAX_STEPS = 4 * MAX_CANDIDATES
MARGIN = 4.5  # log-prob lead over the runner-up needed to apply a repair (simulated wrong repairs all < 4)
CERTAIN_MARGIN = 6.0  # below this an applied repair is also flagged for the editor
CONTEXT = 6  # characters of context on each side used for scoring

_CJK_PUNCT = set("。，、；：！？“”‘’（）《》〈〉「」『』【】…—·")


@dataclass(frozen=True)
class GbkFix:
    start: int  # span in the input text (prefix character included)
    end: int
    before: str
    after: str
    certain: bool
    margin: float


@dataclass(frozen=True)
class GbkProblem:
    start: int
    end: int
    excerpt: str
    reason: str  # 'no-candidate' | 'ambiguous'
    candidates: tuple[str, ...] = ()


# ---------------------------------------------------------------- scoring




# Punctuation is ~12% of the characters of Chinese news text; the split
# between marks (，most, then 。、 quotes, rarely ；：！？) lets the model
# prefer the usual mark when several decode equally well.
_PUNCT_SHARE = {
    "，": 0.45,
    "。": 0.25,
    "、": 0.1,
    "“": 0.05,
    "”": 0.05,
    "；": 0.015,
    "：": 0.015,
    "（": 0.01,
    "）": 0.01,
    "！": 0.005,
    "？": 0.005,
    "《": 0.01,
    "》": 0.01,
}
PUNCT_COST = {k: math.log(0.12 * v) for k, v in _PUNCT_SHARE.items()}
RARE_PUNCT_COST = math.log(0.12 * 0.002)
OTHER_COST = math.log(1e-4)  # ASCII letters/digits inside Chinese text


MIXED_SCRIPT_COST = math.log(0.02)  # a Simplified-only char in Traditional text, or vice versa
UNFINISHED_COST = math.log(0.05)  # a paragraph that does not end with 。！？


def score(text: str, hant: bool = False, final: bool = False) -> float:
    """Unigram log-probability of *text* under jieba's dictionary.

    Han runs are segmented by dynamic programming (max probability, like
    jieba's own route); punctuation and other characters get fixed costs so
    that candidates of equal length are comparable.
    """
    dictionary.ensure_words()  # the directory's names (zhtext.dictionary) count as words
    freq, logtotal = dictionary.frequencies()
    original = text
    text = t2s(text)
    total = 0.0
    if len(text) == len(original):
        # chars of the wrong script for this text (級 vs 级 score the same after t2s)
        other = s2t(original) if hant else text
        total += MIXED_SCRIPT_COST * sum(
            1 for a, b in zip(original, other, strict=True) if a != b and is_han(a)
        )
    if final and original and original[-1] not in "。！？…”":
        total += UNFINISHED_COST
    run: list[str] = []

    def flush() -> float:
        if not run:
            return 0.0
        s = "".join(run)
        n = len(s)
        best = [0.0] * (n + 1)
        for i in range(n - 1, -1, -1):
            cand = math.log(freq.get(s[i], 0) or 1) - logtotal + best[i + 1]
            for j in range(i + 2, min(n, i + 8) + 1):
                f = freq.get(s[i:j])
                if f:
                    cand = max(cand, math.log(f) - logtotal + best[j])
            best[i] = cand
        run.clear()
        return best[0]

    for ch in text:
        if is_han(ch):
            run.append(ch)
            continue
        total += flush()
        if ch in _CJK_PUNCT:
            total += PUNCT_COST.get(ch, RARE_PUNCT_COST)
        else:
            total += OTHER_COST
    total += flush()
    return total


def _allowed(ch: str) -> bool:
    return is_han(ch) or ch in _CJK_PUNCT or (ch.isascii() and (ch.isalnum() or ch in " .%-"))


# --------------------------------------------------------- byte machinery


def _decodes(b: bytes) -> str | None:
    try:
        return b.decode("gbk")
    except UnicodeDecodeError:
        return None


def _valid_pair(b1: int, b2: int) -> bool:
    s = _decodes(bytes((b1, b2)))
    return s is not None and len(s) == 1


def _remove_byte_annotations(b: bytes) -> bytes | None:
    """Delete "(pinyin)" byte groups whose two preceding bytes spell a
    character with that reading, repeatedly (a later insertion can split an
    earlier annotated character).  None if a pinyin-like group remains that
    is not a reading: the candidate does not explain the damage."""
    while True:
        pending = False
        for m in _ANN_BYTES_RE.finditer(b):
            body = _decodes(m.group(1))
            if body is None or not _PINYIN_TEXT_RE.fullmatch(body):
                continue
            s = m.start()
            ch = _decodes(b[s - 2 : s]) if s >= 2 else None
            if ch is None or len(ch) != 1 or not is_reading(ch, body):
                pending = True
                continue
            b = b[:s] + b[m.end() :]
            break
        else:
            return None if pending else b


def _is_trigger(text: str, i: int) -> bool:
    """A marker is treated as damage only when what follows can only be
    explained by the model: ASCII punctuation that was full-width, or an
    (unopened) annotation."""
    nxt = text[i + 1 : i + 2]
    return bool(nxt) and (
        nxt in _WIDEN
        or _UNOPENED_RE.match(text, i + 1) is not None
        or _OPENED_RE.match(text, i + 1) is not None
    )


def _region_end(text: str, i: int) -> int:
    """End of the damaged stretch: after the first opened annotation (an
    ASCII "(" re-synchronises the decoder) or at the first plain ASCII
    letter/digit, within MAX_REGION characters."""
    limit = min(len(text), i + 1 + MAX_REGION)
    j = i + 1
    while j < limit:
        ch = text[j]
        if ch == "\n":
            return j
        m = _OPENED_RE.match(text, j)
        if m and j > i + 1:
            # include any further annotations glued after it
            k = m.end()
            while (m2 := _OPENED_RE.match(text, k)) is not None:
                k = m2.end()
            return k
        j += 1
    return limit


def _token_options(region: str) -> list[list[bytes]] | None:
    opts: list[list[bytes]] = []
    k = 0
    while k < len(region):
        ch = region[k]
        if ch in MARKERS:
            if _UNOPENED_RE.match(region, k + 1):
                opts.append([bytes((b, 0x28)) for b in range(0x81, 0xFF)])
            else:
                opts.append([bytes((b,)) for b in range(0x81, 0xFF)])
        elif ch in _WIDEN:
            opts.append([ch.encode(), _WIDEN[ch]])
        else:
            try:
                opts.append([ch.encode("gbk")])
            except UnicodeEncodeError:
                return None
        k += 1
    return opts


def _candidates(prefix: str, region: str) -> dict[str, bytes]:
    """Decoded candidate → bytes, for the stretch prefix+region."""
    opts = _token_options(region)
    if opts is None:
        return {}
    pb = prefix.encode("gbk") if prefix else b""
    damaged_next = [
        (region[k + 1].encode("gbk", errors="replace")[:1] if k + 1 < len(region) else b"")
        for k in range(len(region))
    ]
    out: dict[str, bytes] = {}
    count = steps = 0

    def dfs(k: int, acc: bytes) -> None:
        nonlocal count, steps
        steps += 1
        if count > MAX_CANDIDATES or steps > MAX_STEPS:
            return
        if k == len(opts):
            count += 1
            cleaned = _remove_byte_annotations(acc)
            if cleaned is None:
                return
            dec = _decodes(cleaned)
            if dec is None or not dec.startswith(prefix):
                return
            if not all(_allowed(c) for c in dec[len(prefix) :]):
                return
            out.setdefault(dec[len(prefix) :], cleaned)
            return
        for o in opts[k]:
            if region[k] in MARKERS:
                lost = o[0]
                if len(o) == 2:
                    # swallowed "(": the annotation after it must be a reading
                    # of the two bytes ending with the lost byte
                    m = _UNOPENED_RE.match(region, k + 1)
                    if not acc or m is None:
                        continue
                    base = _remove_byte_annotations(acc) or acc
                    ch = _decodes(base[-1:] + bytes((lost,)))
                    if ch is None or len(ch) != 1 or not is_reading(ch, m.group(0)[:-1]):
                        continue
                else:
                    # the lenient decoder showed "?" because the lost byte did
                    # not pair with the byte that followed it in the damage
                    nb = damaged_next[k]
                    if nb and _valid_pair(lost, nb[0]):
                        continue
            dfs(k + 1, acc + o)

    dfs(0, pb)
    return {} if steps > MAX_STEPS else out  # an unfinished search explains nothing


# ------------------------------------------------------------------ repair


def repair_gbk_damage(text: str) -> tuple[str, list[GbkFix], list[GbkProblem]]:
    """Repair every "?" stretch that the damage model explains.

    Returns the new text, the applied fixes (spans refer to the input) and
    the stretches left alone for an editor.
    """
    fixes: list[GbkFix] = []
    problems: list[GbkProblem] = []
    pieces: list[str] = []
    pos = 0
    i = 0
    hant: bool | None = None
    while i < len(text):
        if text[i] not in MARKERS or not _is_trigger(text, i):
            i += 1
            continue
        start = i - 1 if i > 0 and not text[i - 1].isascii() and text[i - 1] not in MARKERS else i
        prefix = text[start:i]
        end = _region_end(text, i)
        region = text[i:end]
        cands = _candidates(prefix, region)
        if hant is None:
            hant = detect_script(text) == "hant"
        # context for scoring, with annotations removed (they may be long)
        before_ctx = strip_annotations(text[max(0, start - CONTEXT * 8) : start])[0][-CONTEXT:]
        after_ctx = strip_annotations(text[end : end + CONTEXT * 8])[0][:CONTEXT]
        ranked = sorted(
            (
                (score(before_ctx + prefix + c + after_ctx, hant, final=end >= len(text.rstrip())), c)
                for c in cands
            ),
            reverse=True,
        )
        excerpt = text[max(0, start - CONTEXT) : end + CONTEXT]
        excerpt = excerpt.replace("?", "\ufffd")
        if not ranked:
            problems.append(GbkProblem(start, end, excerpt, "no-candidate"))
        else:
            margin = ranked[0][0] - ranked[1][0] if len(ranked) > 1 else math.inf
            if margin >= MARGIN:
                after = prefix + ranked[0][1]
                pieces.append(text[pos:start])
                pieces.append(after)
                pos = end
                fixes.append(GbkFix(start, end, text[start:end], after, margin >= CERTAIN_MARGIN, margin))
            else:
                problems.append(GbkProblem(start, end, excerpt, "ambiguous", tuple(c for _, c in ranked[:3])))
        if not fixes or fixes[-1].start != start:
            # left for the editor: show the markers as U+FFFD so that later
            # steps cannot mistake them for question marks
            pieces.append(text[pos:start])
            pieces.append(text[start:end].replace("?", "\ufffd"))
            pos = end
        i = end
    pieces.append(text[pos:])
    return "".join(pieces), fixes, problems
