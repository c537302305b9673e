"""The converter at directory size: 20,000 generated people, no limit, cost not growing with the names."""
import json

import pytest

from zhtext.html_variants import convert_html, escape_feed_text, escape_html, escape_json_string
from zhtext.sample_names import person_names
from zhtext.variants import (
    _PLACEHOLDER,
    HANT_HK,
    HANT_TW,
    VARIANT_CODES,
    Converter,
    ProtectedNames,
    Term,
    _plain,
    name_forms,
    name_forms_many,
    protected_table,
    terms_from_names,
    terms_from_table,
)

PEOPLE = person_names(20_000)
TERMS = terms_from_names(PEOPLE, person=True)


@pytest.fixture(scope="module")
def names():
    return ProtectedNames.of(TERMS)


@pytest.fixture(scope="module")
def converters(names):
    return {variant: Converter(variant, names=names) for variant in VARIANT_CODES}


def test_generated_people_are_many_and_include_the_hard_cases():
    assert len(set(PEOPLE)) == 20_000
    assert sum(n.startswith("于") for n in PEOPLE) > 50 and sum("群" in n for n in PEOPLE) > 100


@pytest.mark.parametrize("variant", VARIANT_CODES)
def test_every_one_of_20000_names_converts_to_its_form(converters, variant):
    forms = name_forms_many(PEOPLE, person=True)
    text = "，".join(PEOPLE)  # far more occurrences than the old 6,400-placeholder limit
    out = converters[variant].convert(text).split("，")
    errors = [(name, f[variant], got) for name, f, got in zip(PEOPLE, forms, out, strict=True) if f[variant] != got]
    assert errors == []


def test_only_names_that_opencc_could_get_wrong_are_protected(names):
    spellings = {s for t in TERMS for s in t.spellings}
    assert 0 < len(names) < len(spellings) * 0.75
    for term in TERMS:
        for spelling in term.spellings - set(names.table):  # left to OpenCC: right by itself in every variant
            for variant in VARIANT_CODES:
                assert _plain(spelling, variant) == term.form(variant)


# Phrases of OpenCC's dictionaries that reach into a name from either side.
CONTEXTS = ["长", "擅长", "第一", "一", "头", "生", "院长", "在", "于", "不"]
AFTER = ["说", "发", "面", "干", "里", "后", "台", "系", "着", "周", "了"]


def _another_name_overlaps(text, name):
    """Whether `text` (context + name + context) also holds another known name across the name's edge,
    as 于 + 干敏 holds 于干: then which name the text means is ambiguous and the longer one wins."""
    start = text.index(name)
    known = set(PEOPLE)
    return any(
        text[i:j] in known and i < start + len(name) and j > start and (i < start or j > start + len(name))
        for i in range(len(text)) for j in range(i + 2, min(len(text), i + 5) + 1)
    )


@pytest.mark.parametrize("variant", VARIANT_CODES)
def test_names_are_right_whatever_stands_beside_them(converters, variant):
    forms = name_forms_many(PEOPLE, person=True)
    errors, checked = [], 0
    for i, (name, form) in enumerate(zip(PEOPLE, forms, strict=True)):
        if i % 4:
            continue  # every fourth name, each in another context
        text = CONTEXTS[i % len(CONTEXTS)] + name + AFTER[i % len(AFTER)]
        if _another_name_overlaps(text, name):
            continue
        checked += 1
        out = converters[variant].convert(text)
        if form[variant] not in out:
            errors.append((text, form[variant], out))
    assert checked > 4_500 and errors == []


def test_the_hard_cases_are_protected(converters):
    yu = next(n for n in PEOPLE if n.startswith("于"))
    assert converters[HANT_TW].convert(f"院长{yu}说") == f"院長{name_forms(yu, person=True)[HANT_TW]}說"
    qun = next(n for n in PEOPLE if "群" in n and n[0] not in "于范余郁干谷")
    assert converters[HANT_HK].convert(qun) == name_forms(qun, person=True)[HANT_HK]
    assert "群" in converters[HANT_HK].convert(qun)


def test_placeholders_are_per_occurrence_not_per_spelling():
    converter = Converter(HANT_HK, terms_from_names(["王曙群", "于朝阳"], person=True))
    text = "王曙群与于朝阳。" * 10_000
    assert converter.convert(text) == "王曙群與于朝陽。" * 10_000


def test_a_text_that_contains_the_placeholder_itself_still_converts():
    converter = Converter(HANT_TW, terms_from_names(["于朝阳"], person=True))
    assert converter.convert(f"于朝阳{_PLACEHOLDER}关系于朝阳") == f"于朝陽{_PLACEHOLDER}關係于朝陽"


def test_longest_name_wins_and_a_name_inside_a_longer_one_stays_right():
    terms = terms_from_names(["于朝"], person=True) + terms_from_names(["于朝实验室"])
    converter = Converter(HANT_TW, terms)
    # 于朝实验室 alone converts fine (於朝實驗室), but it holds the protected person 于朝: protected too.
    assert converter.convert("于朝实验室和于朝") == "於朝實驗室和于朝"


def test_editor_glossary_wins_over_a_name():
    terms = terms_from_names(["成才"]) + terms_from_table([{"hans": "成才", "tw": "成材", "hk": ""}])
    assert Converter(HANT_TW, terms).convert("成才") == "成材"
    assert protected_table(terms) == {"成才": ("成才", "成材", "成材"), "成材": ("成才", "成材", "成材")}


def test_a_stored_table_builds_the_same_converter(names, converters):
    again = Converter(HANT_HK, names=ProtectedNames.load(names.dump()))
    text = "，".join(PEOPLE[:500])
    assert again.convert(text) == converters[HANT_HK].convert(text)


# Escaping: a replacement is an editor's text written into a page (issue 9 item 1).

PAYLOAD = '掛牌"><meta http-equiv="refresh" content="0;url=https://evil.example/"><i x="'
EVIL = [Term("挂牌", PAYLOAD, PAYLOAD)]


def test_replacements_are_escaped_for_where_they_land():
    converter = Converter(HANT_TW, EVIL)
    assert converter.convert("挂牌") == PAYLOAD  # plain text: as the editor wrote it
    assert converter.convert("挂牌", escape_html) == escape_html(PAYLOAD)
    assert "<" not in converter.convert("学院挂牌仪式", escape_html)
    assert json.loads('"' + converter.convert("挂牌", escape_json_string) + '"') == PAYLOAD
    assert "<" not in escape_json_string(PAYLOAD) and escape_feed_text("<") == "&amp;lt;"


PAGE = (
    '<html><head><title>学院挂牌</title><meta name="description" content="学院挂牌">'
    '<meta property="og:title" content="学院挂牌">'
    '<script type="application/ld+json">{"headline": "学院挂牌", "about": ["挂牌"]}</script></head>'
    '<body><h1 title="挂牌">学院挂牌</h1><img alt="挂牌" src="/x.png"><p>挂牌</p></body></html>'
)


@pytest.mark.parametrize("variant", [HANT_TW, HANT_HK])
def test_html_page_gets_no_injected_element(variant):
    out = convert_html(PAGE, Converter(variant, EVIL).convert)
    assert "<meta http-equiv" not in out and "<i x" not in out
    # Every quote the payload brought is escaped: &quot; in HTML, \" inside the JSON-LD string.
    assert out.count("<meta") == PAGE.count("<meta") and out.replace('\\"', "").count('"') == PAGE.count('"')
    ld = out.split('application/ld+json">')[1].split("</script>")[0]
    assert json.loads(ld) == {"headline": "學院" + PAYLOAD, "about": [PAYLOAD]}
    assert "<title>學院" + escape_html(PAYLOAD) + "</title>" in out


def test_feed_text_is_escaped_twice():
    feed = "<rss><channel><item><title>学院挂牌</title><description>&lt;p&gt;挂牌&lt;/p&gt;</description></item></channel></rss>"
    out = convert_html(feed, Converter(HANT_TW, EVIL).convert, feed=True)
    assert out.count("<") == feed.count("<")
    import html

    description = html.unescape(out.split("<description>")[1].split("</description>")[0])
    assert "<meta" not in description and "<i " not in description and "&lt;meta" in description
