"""Script variants: OpenCC's character-level tables, with proper names protected."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhtext.html_variants import convert_html
from zhtext.variants import (
    HANS,
    HANT_HK,
    HANT_TW,
    VARIANT_CODES,
    Converter,
    Term,
    name_forms,
    terms_from_names,
    terms_from_table,
)

PEOPLE = ["于朝阳", "王曙群", "包起帆", "譚泓", "王樹軍", "劉福玉"]
ORGS = ["上海电气电站设备有限公司", "上海大零号湾工匠学院", "濰坊市勞模工匠學院", "山東科技職業學院"]
GLOSSARY = terms_from_names(PEOPLE, person=True) + terms_from_names(ORGS) + terms_from_table(
    [{"hans": "成才", "tw": "成才", "hk": "成才"}]
)


def convert(text, variant, terms=GLOSSARY):
    return Converter(variant, terms).convert(text)


def test_surname_yu_is_not_the_preposition():
    assert Converter(HANT_TW).convert("于朝阳") == "於朝陽"  # what OpenCC alone does
    assert convert("于朝阳出席", HANT_TW) == "于朝陽出席"
    assert convert("于朝阳出席", HANT_HK) == "于朝陽出席"


def test_names_keep_their_glyphs_in_hong_kong():
    assert Converter(HANT_HK).convert("王曙群") == "王曙羣"  # plain s2hk
    assert convert("院长王曙群", HANT_HK) == "院長王曙群"


def test_editor_glossary_overrides_opencc():
    assert convert("成才", HANT_TW) == "成才"
    override = [Term("成才", "成材", "成材")]
    assert convert("成才", HANT_TW, GLOSSARY + override) == "成材"


def test_traditional_goes_to_simplified_with_taiwan_table():
    assert convert("貢獻著寶貴的工匠智慧", HANS) == "贡献着宝贵的工匠智慧"


def test_half_converted_traditional_is_fully_traditional():
    text = "并同期召開，勞動模范，杰出代表，聚焦于，220余人，勞動關系"
    tw = convert(text, HANT_TW)
    assert tw == "並同期召開，勞動模範，傑出代表，聚焦於，220餘人，勞動關係"
    assert convert(text, HANT_HK) == tw
    assert convert(text, HANS) == "并同期召开，劳动模范，杰出代表，聚焦于，220余人，劳动关系"


def test_character_level_only_names_of_things_survive():
    tw = convert("上海电气电站设备有限公司的智能制造实训中心", HANT_TW)
    assert "電站設備" in tw and "電站裝置" not in tw
    assert "智能製造" in tw and "智慧" not in tw


@pytest.mark.parametrize("name", PEOPLE + ORGS)
@pytest.mark.parametrize("variant", [HANT_TW, HANT_HK])
def test_names_round_trip(name, variant):
    there = convert(f"本文提到{name}。", variant)
    back = convert(there, HANS)
    forms = name_forms(name, person=name in PEOPLE)
    assert forms[variant] in there
    assert forms[HANS] in back
    assert convert(back, variant) == there


def test_unknown_variant_is_an_error():
    with pytest.raises(ValueError, match="unknown variant"):
        Converter("zh-cn")


@given(st.text(alphabet=st.characters(codec="ascii"), max_size=50))
@settings(max_examples=100, deadline=None)
def test_text_without_han_is_untouched(text):
    for variant in VARIANT_CODES:
        assert Converter(variant, GLOSSARY).convert(text) == text


# HTML


PAGE = (
    '<html lang="zh-Hans"><head><title>劳模工匠学院</title>'
    '<meta name="description" content="劳模的新闻">'
    '<meta property="og:url" content="https://example.org/news/lao-mo/">'
    '<script type="application/javascript">var 劳模 = "劳模";</script>'
    "<style>.劳模{}</style>"
    '<script type="application/ld+json">{"headline":"劳模新闻","url":"https://example.org/zh-tw/tag/劳模/"}</script>'
    "</head><body>"
    '<a href="/news/tag/劳模/" title="劳模标签" class="劳模" data-x="劳模">劳模 于朝阳</a>'
    '<img src="/media/劳模.png" alt="劳模照片">'
    "<p>联系 lao@example.org 或访问 https://example.org/劳模 了解</p>"
    "<pre>劳模</pre><code>劳模</code><!-- 劳模 -->"
    '<a href="/zh-hans/" lang="zh-Hans" translate="no">简体</a><span>简体</span>'
    "</body></html>"
)


def test_html_converts_only_human_text():
    out = convert_html(PAGE, Converter(HANT_TW, GLOSSARY).convert)
    assert "<title>勞模工匠學院</title>" in out
    assert 'content="勞模的新聞"' in out
    assert 'content="https://example.org/news/lao-mo/"' in out
    assert 'var 劳模 = "劳模";' in out and ".劳模{}" in out
    assert '{"headline":"勞模新聞","url":"https://example.org/zh-tw/tag/劳模/"}' in out
    assert 'href="/news/tag/劳模/"' in out and 'class="劳模"' in out and 'data-x="劳模"' in out
    assert 'title="勞模標籤"' in out and 'alt="勞模照片"' in out and 'src="/media/劳模.png"' in out
    assert ">勞模 于朝陽</a>" in out
    assert "lao@example.org" in out and "https://example.org/劳模" in out and "聯繫" in out
    assert "<pre>劳模</pre>" in out and "<code>劳模</code>" in out and "<!-- 劳模 -->" in out
    assert 'translate="no">简体</a><span>簡體</span>' in out


def test_html_markup_is_unchanged():
    out = convert_html(PAGE, Converter(HANT_HK).convert)
    strip = __import__("re").compile(r">[^<]*<")
    assert len(out) == len(PAGE)  # character-level conversion keeps every length
    assert strip.sub("><", out).count("<") == strip.sub("><", PAGE).count("<")


# --- The converter's memo of short runs (zhtext.variants.MEMO_*) ----------------------------------------


def test_a_remembered_run_is_what_converting_it_afresh_gives_whatever_the_escape():
    import html

    from zhtext import variants

    terms = GLOSSARY + [Term("甲&乙", "甲<乙>", "甲<乙>")]  # an editor's form that needs escaping
    converter = Converter(HANT_TW, terms)
    for text in ["甲&乙工匠", "王曙群", "勞動模范", "于朝阳出席", "plain", ""]:
        for escape in (None, html.escape, None):
            assert converter.convert(text, escape) == Converter(HANT_TW, terms).convert(text, escape)
    assert converter.convert("甲&乙工匠") == "甲<乙>工匠"
    assert converter.convert("甲&乙工匠", html.escape) == "甲&lt;乙&gt;工匠"
    long_run = "劳动模范" * (variants.MEMO_MAX_CHARS // 4 + 1)
    assert converter.convert(long_run) == "勞動模範" * (variants.MEMO_MAX_CHARS // 4 + 1)
    assert (long_run, None) not in converter._memo  # an article's paragraphs are not kept


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(alphabet="劳动模范于朝阳工匠王曙群乙<&> a", max_size=12), min_size=1, max_size=40))
def test_the_memo_never_changes_a_conversion(texts):
    remembering = Converter(HANT_HK, GLOSSARY)
    for text in texts + texts:  # the second time from the memo
        assert remembering.convert(text) == Converter(HANT_HK, GLOSSARY).convert(text)


def test_the_memo_is_bounded(monkeypatch):
    from zhtext import variants

    monkeypatch.setattr(variants, "MEMO_ENTRIES", 50)
    converter = Converter(HANS)
    for n in range(500):
        assert converter.convert(f"劳动{n}") == f"劳动{n}"
        assert len(converter._memo) <= 50


# Fragments of a page and what each is in 繁體·台灣: raw elements stay as they are whatever their tag's
# script (an ASCII opening tag must still start the raw text), the rest converts wherever it stands.
FRAGMENTS = [
    ("<p>劳模工匠</p>", "<p>勞模工匠</p>"),
    ("<script>var a = '劳模';</script>", "<script>var a = '劳模';</script>"),
    ("<code>劳模</code>", "<code>劳模</code>"),
    ('<pre class="x">劳模\n  工匠</pre>', '<pre class="x">劳模\n  工匠</pre>'),
    ('<span translate="no">简体</span>', '<span translate="no">简体</span>'),
    ('<script type="application/ld+json">{"name": "劳模"}</script>', '<script type="application/ld+json">{"name": "勞模"}</script>'),
    ('<a href="/zh-tw/劳模/" title="劳模" class="card">Read more</a>', '<a href="/zh-tw/劳模/" title="勞模" class="card">Read more</a>'),
    ("\n    ", "\n    "),
    ("<br>", "<br>"),
    ("<!-- 劳模 -->", "<!-- 劳模 -->"),
    ("ASCII text & more", "ASCII text & more"),
    ("“劳模”", "「勞模」"),
]


@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=30))
@settings(max_examples=200, deadline=None)
def test_a_page_converts_fragment_by_fragment_whatever_their_order(fragments):
    from zhtext.quotes import CornerQuotes
    page = "".join(source for source, _ in fragments)
    assert convert_html(page, Converter(HANT_TW).convert, text_only=CornerQuotes()) == "".join(out for _, out in fragments)
