from hypothesis import given, settings
from hypothesis import strategies as st

from zhtext.search import (
    MAX_TERMS,
    first_match,
    index_tokens,
    match_spans,
    name_grams,
    normalise,
    query_parts,
    query_terms,
    spellings,
    term_grams,
)


def test_either_script_normalises_to_one_form():
    assert normalise("勞模工匠學院") == normalise("劳模工匠学院") == "劳模工匠学院"
    assert normalise("<p>濰坊　ＡＩ</p>&amp;") == "潍坊 ai &"


def test_query_terms_are_normalised_and_bounded():
    assert query_terms("  勞模   工匠 ") == ["劳模", "工匠"]
    assert len(query_terms(" ".join("一二三四五六七"))) == MAX_TERMS
    assert query_terms("   ") == []


def test_spellings_cover_both_scripts():
    assert spellings("潍坊") == {"潍坊", "濰坊"}


def test_index_tokens_are_bigrams_words_and_latin_runs():
    tokens = index_tokens(normalise("潍坊市培训班，AI 2025年")).split()
    assert {"潍坊", "坊市", "市培", "培训", "训班", "培训班", "ai", "2025", "年"} <= set(tokens)
    assert len(tokens) == len(set(tokens))  # each token once
    assert index_tokens(normalise("濰坊")) == index_tokens(normalise("潍坊")) == "潍坊"


def test_query_parts_match_what_documents_hold():
    parts = query_parts(query_terms("潍坊 培訓班 ai 控"))
    assert [(p.text, p.bigrams, p.prefix) for p in parts] == [
        ("潍坊", ("潍坊",), False), ("培训班", ("培训", "训班"), False), ("ai", (), True), ("控", (), True),
    ]
    tokens = set(index_tokens(normalise("新型培訓班")).split())
    assert all(b in tokens for b in parts[1].bigrams)


def test_match_spans_find_terms_in_either_script_and_map_back():
    text = "濰坊市勞動模范，潍坊！ＡＩ"
    spans = match_spans(text, query_terms("潍坊 劳动模范 ai"))
    assert [text[s:e] for s, e in spans] == ["濰坊", "勞動模范", "潍坊", "ＡＩ"]
    assert match_spans("无关", ["潍坊"]) == []


def test_folding_normalised_text_takes_the_fast_path_and_folds_alike():
    """_folded skips the per-character NFKC when the text is already NFKC (most articles); generated text
    with and without full-width letters, ligatures and compatibility characters folds the same either
    way, one character for one."""
    import random
    import unicodedata

    from zhtext import search

    def slow(text):
        nfkc = "".join(c if len(c := unicodedata.normalize("NFKC", ch)) == 1 else ch for ch in text)
        folded = search._to_simplified(nfkc).lower()
        return folded if len(folded) == len(text) else "".join(search._fold_char(ch) for ch in text)

    rng = random.Random(13)
    alphabet = "劳模工匠學院勞動技術ＡＢｃ１２ﬁ…①ｶ a-Z,，。﹐\u3000\u00a0é"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert search._folded(text) == slow(text)
        assert len(search._folded(text)) == len(text)
    assert search._folded("勞模工匠學院") == "劳模工匠学院"


def test_the_per_character_nfkc_table_folds_any_code_point_as_a_call_per_character_does(monkeypatch):
    """_folded's str.translate table (filled on first sight) against unicodedata per character, on random
    code points of the whole range (surrogates, combining marks and unassigned ones included), also
    once the table is full and keeps nothing more."""
    import random
    import unicodedata

    from zhtext import search

    def by_call(text):
        return "".join(c if len(c := unicodedata.normalize("NFKC", ch)) == 1 else ch for ch in text)

    rng = random.Random(7)
    for kept in (search._NFKCByChar.MAX_KEPT, 0):
        monkeypatch.setattr(search, "_NFKC_BY_CHAR", search._NFKCByChar())
        monkeypatch.setattr(search._NFKCByChar, "MAX_KEPT", kept)
        for _ in range(200):
            text = "".join(chr(rng.randrange(0x110000)) for _ in range(rng.randint(1, 30))) + "，（）"
            assert text.translate(search._NFKC_BY_CHAR) == by_call(text)
        assert len(search._NFKC_BY_CHAR) <= kept


# --- Name grams (academy.name_lookup) ---------------------------------------------------------------

_NAME = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n"), max_size=12)


@given(st.lists(_NAME, min_size=1, max_size=3), st.data())
def test_every_piece_of_a_name_has_all_its_grams_among_the_names(names, data):
    """What the lookup relies on: a term that is a substring of one name has each of its grams there."""
    grams = set(name_grams("\n".join(names)).split(" "))
    name = data.draw(st.sampled_from(names))
    if name:
        start = data.draw(st.integers(0, len(name) - 1))
        term = name[start:start + data.draw(st.integers(1, 5))]
        assert set(term_grams(term)) <= grams


@given(st.text(min_size=1, max_size=1), st.text(min_size=2, max_size=2))
def test_a_character_and_a_pair_never_share_a_gram(one, two):
    assert term_grams(one) != term_grams(two)
    assert all(gram.isdigit() for gram in [*term_grams(one), *term_grams(two)])  # one token for FTS5


def test_grams_are_distinct_and_never_span_two_names():
    assert name_grams("王强\n强王") == " ".join(
        term_grams("王") + term_grams("强") + term_grams("王强") + term_grams("强王")
    )
    assert len(term_grams("强强强")) == 1  # the same pair twice is one gram
    assert set(term_grams("强王")) <= set(name_grams("王强\n强王").split())
    assert not set(term_grams("强强")) <= set(name_grams("王强\n强王").split())  # 强 ends one name, starts the next
    assert name_grams("") == ""


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from("工匠劳模學院学院潍坊濰坊职工職工，。 aAＡ"), max_size=1500),
       st.lists(st.sampled_from(["劳模", "学院", "潍坊", "职工", "a", "工匠学院"]), min_size=1, max_size=3),
       st.integers(3, 50))
def test_first_match_is_where_match_spans_starts(text, words, chunk):
    """first_match folds a chunk at a time; it must find what folding the whole text finds first."""
    terms = query_terms(" ".join(words))
    spans = match_spans(text, terms)
    assert first_match(text, terms, chunk) == (spans[0][0] if spans else None)
