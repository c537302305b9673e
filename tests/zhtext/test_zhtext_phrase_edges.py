"""OpenCC phrases that reach across a word's edge (zhtext.phrase_edges): 带头发展 is 帶頭發展 on Traditional
pages, not 帶頭髮展; where the phrase is the word (他的头发, 吉林人参, 铁制的门) OpenCC's form stays."""
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhtext import phrase_edges
from zhtext.data import build_opencc_context
from zhtext.script import opencc_converter
from zhtext.variants import HANT_HK, HANT_TW, Converter, _plain

PROFILE = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CONFIG = {HANT_TW: "s2tw.json", HANT_HK: "s2hk.json"}


@pytest.mark.parametrize("variant", [HANT_TW, HANT_HK])
@pytest.mark.parametrize("text, wanted", [
    ("劳模带头发展", "勞模帶頭發展"),           # 头发 (hair) over 发展
    ("带头发挥作用", "帶頭發揮作用"),
    ("一切从头发起", "一切從頭發起"),
    ("工人参加培训", "工人參加培訓"),           # 人参 (ginseng) over 参加: 蔘 in Hong Kong
    ("家人参与其中", "家人參與其中"),
    ("老人参观展览", "老人參觀展覽"),
    ("评定，并为考核合格者颁证", "評定，並為考核合格者頒證"),  # 并为 (to merge into) where 并 is "and"
])
def test_a_phrase_across_a_words_edge_takes_the_words_form(variant, text, wanted):
    assert _plain(text, variant) == wanted


@pytest.mark.parametrize("text", ["他的头发很长", "吉林人参很有名", "铁制的门", "智能制造实训基地", "两家公司合并为一家"])
@pytest.mark.parametrize("variant", [HANT_TW, HANT_HK])
def test_where_the_phrase_is_the_word_opencc_stays(text, variant):
    assert _plain(text, variant) == opencc_converter(CONFIG[variant]).convert(text)


def test_the_whole_converter_mends_them_beside_protected_names():
    converter = Converter(HANT_HK)
    assert converter.convert("<p>王建国带头发展，工人参加培训。</p>") == "<p>王建國帶頭發展，工人參加培訓。</p>"


WORDS = ["带头", "发展", "工人", "参加", "培训", "头发", "人参", "并", "为", "考核", "制造", "发布", "一线", "职工", "干部",
         "里面", "后来", "面条", "只有", "合并", "的", "，", "。"]


@PROFILE
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12), st.sampled_from([HANT_TW, HANT_HK]))
def test_a_mended_character_is_always_one_its_own_word_gives(words, variant):
    """Whatever the text: the same length as OpenCC's; each character is OpenCC's, or the form of a jieba word
    of the text that holds it; and mending again changes nothing."""
    text = "".join(words)
    convert = opencc_converter(CONFIG[variant]).convert
    whole = convert(text)
    mended = phrase_edges.mend(text, whole, convert)
    assert len(mended) == len(whole)
    forms = {k: set() for k in range(len(text))}
    for low in range(len(text)):
        for a, b in phrase_edges._cut(text[low:low + 32]):
            own = convert(text[low + a:low + b])
            if len(own) == b - a:
                for k in range(b - a):
                    forms[low + a + k].add(own[k])
    assert all(m == w or m in forms[k] for k, (m, w) in enumerate(zip(mended, whole, strict=True)))
    assert phrase_edges.mend(text, mended, convert) == mended


def test_the_phrase_list_is_built_from_the_installed_opencc():
    stored = json.loads(build_opencc_context.OUTPUT.read_text(encoding="utf-8"))
    assert {"头发", "人参", "并为"} <= set(stored["s2t_edge_phrases"])
    assert "发展" not in stored["s2t_edge_phrases"]  # 發展: each character as alone
