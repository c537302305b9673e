"""Text written in Hong Kong's standard forms (衞生, 保衞), which OpenCC's t2s and tw2s leave as they are.

Before zhtext.script.fold_hk_forms, 香港衞生署 stayed 衞生署 on the Simplified and Taiwan pages, a search
for 卫生 did not find it, and a record named 卫生职业学院 was not found in a Hong Kong text.
"""
import opencc
import pytest

from zhtext.mentions import Record, find_mentions
from zhtext.script import HK_FORMS, detect_script, fold_hk_forms, t2s
from zhtext.search import index_tokens, match_spans, normalise
from zhtext.variants import HANS, HANT_HK, HANT_TW, Converter

CJK = [*range(0x3400, 0x4DC0), *range(0x4E00, 0xA000), *range(0xF900, 0xFB00), *range(0x20000, 0x2A6E0)]


def test_the_table_is_every_character_hk2s_maps_and_t2s_leaves():
    hk2s, plain = opencc.OpenCC("hk2s.json"), opencc.OpenCC("t2s.json")
    missed = {chr(c): hk2s.convert(chr(c)) for c in CJK if hk2s.convert(chr(c)) != plain.convert(chr(c))}
    assert set(HK_FORMS) == set(missed)
    assert {ch: fold_hk_forms(ch) for ch in HK_FORMS} == missed


@pytest.mark.parametrize("text", ["香港衞生署", "保衞科", "化粧", "敍述", "枱面", "糭子", "衹有"])
def test_folding_keeps_every_position_and_leaves_other_text_alone(text):
    sentence = f"據{text}稱，學員已完成課程。"
    assert len(fold_hk_forms(sentence)) == len(sentence)
    assert fold_hk_forms(sentence) != sentence
    assert fold_hk_forms("據稱，學員已完成課程。") == "據稱，學員已完成課程。"


def test_each_variant_shows_its_own_form():
    text = "香港衞生署與保衞科的化粧師敍述"
    assert Converter(HANS).convert(text) == "香港卫生署与保卫科的化妆师叙述"
    assert Converter(HANT_TW).convert(text) == "香港衛生署與保衛科的化妝師敘述"
    assert Converter(HANT_HK).convert(text) == "香港衞生署與保衞科的化妝師敍述"
    assert t2s(text) == Converter(HANS).convert(text)


def test_a_hong_kong_text_is_read_as_traditional():
    assert detect_script("衞生衞星保衞") == "hant"


@pytest.mark.parametrize("query", ["卫生署", "衛生署", "衞生署"])
def test_search_finds_any_form_in_any_other(query):
    document = index_tokens(normalise("香港衞生署發布通告"))
    assert normalise(query) == "卫生署"
    assert "卫生" in document.split()
    assert match_spans("香港衞生署發布通告", [normalise(query)]) == [(2, 5)]


@pytest.mark.parametrize("written", ["卫生职业学院", "衛生職業學院", "衞生職業學院"])
@pytest.mark.parametrize("text", ["香港衞生職業學院舉辦開放日。", "香港卫生职业学院举办开放日。", "香港衛生職業學院舉辦開放日。"])
def test_the_mention_finder_matches_a_record_however_either_side_writes_it(written, text):
    (mention,) = find_mentions(text, [Record(1, "academy", written)])
    assert (mention.record_id, mention.count, mention.context) == (1, 1, text)
    assert mention.surfaces == ["卫生职业学院"]  # the finder's surfaces are Simplified
