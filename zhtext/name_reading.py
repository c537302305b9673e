"""Whether a person's name found in a text is read there as the name, or as ordinary words.

Chinese is written without spaces, so a known name can be found where the text means something else:
李明 in 李明确表示 (李 + 明确, "Li clearly said"), 王强 in 王强调 (王 + 强调), 高峰 in 高峰论坛 (a person called
高峰, or a summit?). A linked mention there would send readers to the wrong page, so the finder keeps such
a mention for an editor to decide (zhtext.mentions) and the body links skip it.

Two tests, both from jieba's dictionary, so they hold for any name and any text:
- *split*: the best segmentation of the clause around the name (jieba's own model: the most probable
  route through its word frequencies, the name counted as a word of the directory's weight) does not
  keep the name whole. 李明确表示 is read 李/明确/表示.
- *common word*: the name is itself an everyday word (its frequency in jieba's dictionary, not counting the
  directory's names), and nothing beside it marks a person (a title before or after, a verb of speech).

Plain Python: the caller passes Simplified text (zhtext.script.t2s), as zhtext.mentions does.
"""
from __future__ import annotations

import math
import re
from functools import cache, lru_cache

from zhtext import dictionary
from zhtext.chars import HAN_RANGES
from zhtext.dictionary import NAME_FREQ

# A word this frequent in jieba's dictionary (高峰 1556, 文明 6584, 白云 389) is more often the word than a name.
COMMON_FREQ = 300
_LONGEST_WORD = 6
MARGIN = math.log(20)  # an other reading up to twenty times less probable than the name is still a doubt
_REACH = 4  # characters of context on each side that take part in the reading
_CLAUSE_END = re.compile(f"[^{HAN_RANGES}]")

# What marks a person beside a name: a role or title just before it (全国劳模高峰, 院长高峰), a title, a form of
# address or a verb of speech or presence just after it (高峰主席, 高峰同志, 高峰表示, 高峰出席).
_BEFORE = ("劳模", "工匠", "大师", "技师", "师傅", "代表", "学员", "教授", "老师", "主席", "书记", "院长", "校长",
           "主任", "部长", "局长", "厂长", "经理", "董事长", "委员", "同志", "记者", "通讯员", "获得者", "冠军",
           "工程师", "专家", "导师", "先进", "模范", "班长", "组长", "队长")
_AFTER = ("同志", "先生", "女士", "表示", "说", "指出", "介绍", "认为", "强调", "称", "出席", "讲话", "发言", "致辞",
          "主持", "参加", "带领", "获得", "荣获", "回忆", "坦言", "告诉", "透露", "笑着",
          "（左", "（右", "（中", "(左", "(右", "(中")  # a photo's 高峰（左二）

# A verb of speech later in the clause (陆军在会上说) has a person for its subject.
_SAYING = ("说", "表示", "指出", "介绍", "认为", "告诉", "坦言", "透露", "回忆")
_SAYING_REACH = 12


@cache
def _base_common() -> dict[str, int]:
    """jieba's own dictionary words (two characters or more) at or above COMMON_FREQ, read from its file:
    jieba's live table also holds the directory's names at NAME_FREQ, which would hide a name's own use."""
    import jieba

    words = {}
    with jieba.get_dict_file() as lines:
        for line in lines:
            parts = line.decode("utf-8").split()
            if len(parts) >= 2 and len(parts[0]) >= 2 and int(parts[1]) >= COMMON_FREQ:
                words[parts[0]] = int(parts[1])
    return words




def common_word(surface: str) -> bool:
    return _base_common().get(surface, 0) >= COMMON_FREQ


def _freq(word: str) -> int:
    freq, _ = dictionary.frequencies()
    return freq.get(word) or _base_common().get(word, 0)


def _log_p(word: str) -> float:
    return math.log(_freq(word) or 1) - dictionary.frequencies()[1]


@lru_cache(maxsize=4096)
def _score(text: str) -> float:
    """The log-probability of jieba's most probable segmentation of `text` (its calc over the DAG)."""
    best = [0.0] * (len(text) + 1)
    for i in range(len(text) - 1, -1, -1):
        best[i] = max(_log_p(text[i:end]) + best[end] for end in range(i + 1, min(len(text), i + _LONGEST_WORD) + 1)
                      if end == i + 1 or _freq(text[i:end]))
    return best[0]


dictionary.on_change(_score.cache_clear)  # and the readings with it


def _other_reading(text: str, start: int, end: int, surface: str) -> tuple[str, str] | None:
    """The most probable reading of `text` in which a dictionary word crosses the name's edges, as (the
    span it covers, that span cut into words), when it is at most MARGIN less probable than the name."""
    as_name = _score(text[:start]) + math.log(NAME_FREQ) - dictionary.frequencies()[1] + _score(text[end:])
    # A word that ends inside the name (由于 of 由于刚主持) leaves the name's end standing; a person's verb or
    # title after it says the name is meant. A word running past the name's end (明确 of 李明确表示) it does not.
    marked_after = text[end:].startswith(_AFTER)
    best = None
    for a in range(0, end):
        for b in range(max(a + 2, start + 1), min(len(text), a + _LONGEST_WORD) + 1):
            crosses = a < start < b or a < end < b or (a <= start and b >= end and (a, b) != (start, end))
            if not crosses or not _freq(text[a:b]) or (b <= end and marked_after):
                continue
            score = _score(text[:a]) + _log_p(text[a:b]) + _score(text[b:])
            if best is None or score > best[0]:
                best = (score, a, b)
    if best is None or best[0] < as_name - MARGIN:
        return None
    _, a, b = best
    return text[a:b], text[min(a, start):max(b, end)]


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause's Han characters around [start, end), at most _REACH on each side."""
    left = start
    while left > 0 and start - left < _REACH and not _CLAUSE_END.match(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and right - end < _REACH and not _CLAUSE_END.match(text[right]):
        right += 1
    return left, right


def _marked(text: str, start: int, end: int) -> bool:
    # slices of a few characters: a long text with the name in every line must not be copied at each place
    if text[max(0, start - 4):start].endswith(_BEFORE) or text[end:end + 4].startswith(_AFTER):
        return True
    after = text[end:end + _SAYING_REACH]
    clause = _CLAUSE_END.search(after)
    return any(verb in after[:clause.start() if clause else len(after)] for verb in _SAYING)


def name_doubt(text: str, start: int, surface: str) -> str:
    """'' when the person's name `surface` at `start` of Simplified `text` reads as the name; else why
    not, in words for an editor."""
    end = start + len(surface)
    left, right = _window(text, start, end)
    other = _other_reading(text[left:right], start - left, end - left, surface)
    if other:
        word, span = other
        if word.find(surface) >= 0:
            return f"“{surface}”在这里也可能是“{word}”的一部分"
        at = span.find(word)
        return f"“{span}”也可读作“{span[:at]}/{word}/{span[at + len(word):]}”".replace("//", "/").replace("“/", "“").replace("/”", "”")
    if common_word(surface) and not _marked(text, start, end):
        return f"“{surface}”也是常用词"
    return ""
