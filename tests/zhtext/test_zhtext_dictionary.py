"""zhtext.dictionary: names become jieba words, lazily from a provider, re-read on a schedule."""
import random

import jieba
import pytest

from zhtext import dictionary
from zhtext.gbk_damage import score
from zhtext.sample_names import SURNAMES
from zhtext.script import s2t
from zhtext.search import index_tokens

RARE = "鋆琨翯燚曌淼犇骉蠡彧"  # given-name characters jieba knows no words with


@pytest.fixture(autouse=True)
def _clean_jieba():
    yield
    dictionary.forget()


def rare_name(seed):
    rng = random.Random(seed)
    return rng.choice("".join(SURNAMES)) + "".join(rng.sample(RARE, 2))


@pytest.mark.parametrize("seed", range(8))
def test_an_added_name_is_one_word_in_both_scripts(seed):
    name = rare_name(seed)
    text = f"{name}在车间指导学员"
    assert name not in jieba.lcut(text, HMM=False)
    assert dictionary.add_words([(name, "nr")]) >= 1
    assert name in jieba.lcut(text, HMM=False)
    assert s2t(name) in jieba.lcut(f"{s2t(name)}在車間指導學員", HMM=False)
    assert dictionary.add_words([(name, "nr")]) == 0  # known already


def test_search_words_and_repair_scores_know_the_name():
    name = rare_name(99) + "工匠学院"
    text = f"走进{name}参观"
    before_tokens, before_score = index_tokens(text).split(), score(text)
    dictionary.add_words([name])
    assert name not in before_tokens and name in index_tokens(text).split()  # the cached cut was dropped
    assert score(text) > before_score  # a candidate that makes a known name ranks higher


def test_the_provider_is_read_lazily_and_again_after_the_interval():
    calls = []
    names = [rare_name(1)]

    def provider():
        calls.append(1)
        return [(n, "nr") for n in names]

    clock = [1000.0]
    dictionary.set_provider(provider)
    assert not calls  # nothing is read at registration
    dictionary.ensure_words(now=lambda: clock[0])
    dictionary.ensure_words(now=lambda: clock[0])
    assert len(calls) == 1 and dictionary.known(names[0])
    names.append(rare_name(2))  # another process saved a record
    clock[0] += dictionary.RECHECK_SECONDS
    dictionary.ensure_words(now=lambda: clock[0])
    assert len(calls) == 2 and dictionary.known(names[1])


def test_an_unreachable_directory_does_not_stop_segmentation(caplog):
    def provider():
        raise ConnectionError("database down")

    dictionary.set_provider(provider)
    dictionary.ensure_words()
    assert "could not read" in caplog.text
    assert index_tokens("劳模工匠学院")  # still segments


def test_forget_restores_jiebas_own_cut():
    name = rare_name(5)
    dictionary.add_words([name])
    dictionary.forget()
    assert name not in jieba.lcut(f"{name}在车间", HMM=False) and not dictionary.known(name)


def test_the_shared_word_counts_follow_added_names():
    """gbk_damage, read_as_gbk, name_reading and phrase_edges score with one table: it must see a new name."""
    freq, log_total = dictionary.frequencies()
    name = rare_name(7)
    assert not freq.get(name)
    dictionary.add_words([(name, "nr")])
    freq, grown = dictionary.frequencies()
    assert freq[name] == dictionary.NAME_FREQ
    assert grown > log_total  # jieba's total grew, and the cached log of it with it
