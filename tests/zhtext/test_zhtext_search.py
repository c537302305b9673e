from zhtext.search import MAX_TERMS, normalise, query_terms, spellings


def test_either_script_normalises_to_one_form():
    assert normalise("勞模工匠學院") == normalise("劳模工匠学院") == "劳模工匠学院"
    assert normalise("<p>濰坊　ＡＩ</p>&amp;") == "潍坊 ai &"


def test_query_terms_are_normalised_and_bounded():
    assert query_terms("  勞模   工匠 ") == ["劳模", "工匠"]
    assert len(query_terms(" ".join("一二三四五六七"))) == MAX_TERMS
    assert query_terms("   ") == []


def test_spellings_cover_both_scripts():
    assert spellings("潍坊") == {"潍坊", "濰坊"}
