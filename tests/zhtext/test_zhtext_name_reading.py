"""zhtext.name_reading and the finder's doubt: a person's name where the text may mean other words.

Generated from jieba's own dictionary (every frequent word that starts with a character names are made
of, after any surname) and from generated names in the sentences news writes them in, so the rule is
tested as a kind of problem, not on a list of cases."""
import random

import jieba
import pytest

from zhtext.mentions import Record, find_mentions
from zhtext.name_reading import COMMON_FREQ, common_word, name_doubt
from zhtext.sample_names import GIVEN, SURNAMES, person_names
from zhtext.script import s2t


def _dictionary_words(min_freq):
    with jieba.get_dict_file() as lines:
        for line in lines:
            word, freq, _tag = line.decode("utf-8").split()
            if len(word) == 2 and int(freq) >= min_freq and all("\u4e00" <= c <= "\u9fff" for c in word):
                yield word, int(freq)


FREQUENT = [(w, f) for w, f in _dictionary_words(3000) if w[0] in GIVEN]


def test_the_generated_sets_are_not_empty():
    assert len(FREQUENT) >= 50


def test_a_frequent_word_across_a_two_character_names_end_is_a_doubt():
    """姓 + the first character of a frequent word (王 + 强调 → 王强): nine in ten are doubted."""
    rng = random.Random(5)
    doubted = []
    for word, _ in FREQUENT:
        surname = rng.choice(SURNAMES)
        text = f"培训班开班。{surname}{word}，"
        doubt = name_doubt(text, 6, surname + word[0])
        doubted.append(bool(doubt))
        if doubt:
            assert word in doubt
    assert sum(doubted) >= 0.9 * len(doubted)


@pytest.mark.parametrize("seed", range(4))
def test_generated_names_where_news_writes_them_are_clear(seed):
    contexts = ("。{}表示，", "。{}出席会议。", "，学员代表{}发言。", "，由{}主持。", "。{}在会上说", "。全国劳模{}带领团队")
    for name in person_names(300, seed=seed):
        for context in contexts:
            text = context.format(name)
            doubt = name_doubt(text, text.index(name), name)
            assert not doubt, (text, doubt)


@pytest.mark.parametrize(("text", "name", "word"), [
    ("李明确表示支持。", "李明", "明确"),
    ("王强调指出，", "王强", "强调"),
    ("提高峰值产能", "高峰", "提高"),
    ("他一听就李明白了", "李明", "明白"),
    ("陈静静地听着。", "陈静", "静静地"),
])
def test_a_name_read_across_a_word(text, name, word):
    doubt = name_doubt(text, text.index(name), name)
    assert word in doubt and "也可读作" in doubt


@pytest.mark.parametrize(("text", "name", "longer"), [
    ("工匠高峰论坛在沪举行。", "高峰", "高峰论坛"),
    ("创建文明城市。", "文明", "文明城市"),
])
def test_a_name_inside_a_longer_word(text, name, longer):
    assert name_doubt(text, text.index(name), name) == f"“{name}”在这里也可能是“{longer}”的一部分"


def test_a_common_word_as_a_name_needs_a_person_beside_it():
    assert common_word("高峰") and common_word("马力") and not common_word("郑海涛")
    for text in ("马力全开。", "马力是发动机的功率。", "马力（功率单位）"):
        assert name_doubt(text, 0, "马力") == "“马力”也是常用词", text
    for text in ("全国劳模马力在车间。", "院长马力出席。", "马力表示，", "马力同志", "马力（左二）"):
        assert name_doubt(text, text.index("马力"), "马力") == "", text


def test_a_name_next_to_its_own_repeat_is_not_read_apart():
    for text in ("李明明确表示", "王强在会上说", "李明日前表示", "张伟、李明等", "总理李强"):
        name = text.replace("总理", "")[:2]
        assert name_doubt(text, text.index(name), name) == "", text


def test_every_common_word_is_a_dictionary_word_at_the_threshold():
    rng = random.Random(2)
    words = [w for w, f in _dictionary_words(COMMON_FREQ)]
    for word in rng.sample(words, 200):
        assert common_word(word)
    rare = [w for w, f in _dictionary_words(1) if f < COMMON_FREQ]
    for word in rng.sample(rare, 200):
        assert not common_word(word)


# The finder: a mention is doubtful only when every place reads otherwise, and the doubt goes with a clear place.

def _one(text, records):
    (mention,) = [m for m in find_mentions(text, records) if m.kind == "person"]
    return mention


@pytest.mark.parametrize("script", [str, s2t])
def test_a_person_mention_is_doubtful_only_where_every_place_is(script):
    person = [Record("p", "person", "高峰")]
    doubtful = _one(script("工匠高峰论坛开幕。高峰论坛设三个分会场。"), person)
    assert doubtful.count == 2 and "“高峰论坛”" in doubtful.doubt  # in Simplified, as the finder reads
    clear = _one(script("工匠高峰论坛开幕。全国劳模高峰出席。"), person)
    assert clear.count == 2 and clear.doubt == ""
    assert clear.context == script("全国劳模高峰出席。")  # quoted from where the name is meant


def test_other_kinds_and_short_forms_are_never_doubted():
    records = [Record("o", "organisation", "马力"), Record("y", "person", "杨其景")]
    found = {m.record_id: m for m in find_mentions("马力全开。杨其景出席。杨主席强调，", records)}
    assert found["o"].doubt == ""
    assert found["y"].doubt == "" and found["y"].count == 2


@pytest.mark.parametrize("gap", [" ", "\u3000", "\u00a0"])
@pytest.mark.parametrize("script", [str, s2t])
def test_a_name_padded_to_three_characters_is_found(gap, script):
    records = [Record("w", "person", "王强"), Record("l", "person", "李明"), Record("z", "person", "张三丰")]
    text = script(f"出席的有王{gap}强、李{gap}明、张三丰等劳模代表。")
    found = {m.record_id: m for m in find_mentions(text, records)}
    assert set(found) == {"w", "l", "z"}
    assert found["w"].context == text  # quoted as written, spaces and all
    assert not find_mentions(f"王{gap}{gap}强出席。", records[:1])  # two spaces are not padding


def test_a_long_text_naming_a_person_at_every_line_is_read_in_one_pass():
    """No scan from the text's start at each place (a 256,000-character text without a sentence end took 98 s)."""
    text = "工匠高峰论坛开幕" * 32_000
    (found,) = find_mentions(text, [Record("p", "person", "高峰")])
    assert found.count == 32_000 and found.doubt and len(found.context) <= 1_002
    (found,) = find_mentions("全国劳模高峰出席会议。" * 20_000, [Record("p", "person", "高峰")])
    assert found.count == 20_000 and found.doubt == "" and found.context == "全国劳模高峰出席会议。"
