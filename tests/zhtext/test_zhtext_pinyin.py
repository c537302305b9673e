import pytest

from zhtext.pinyin_annotations import is_reading, normalize_syllable, strip_annotations


@pytest.mark.parametrize(
    ("src", "out"),
    [
        ("學(xué)院", "學院"),
        ("總工會(huì)", "總工會"),
        ("校長(zhǎng)劉福玉", "校長劉福玉"),
        ("平(ping)安", "平安"),  # toneless
        ("平(ping)(ping)安", "平安"),  # repeated
        ("平（píng）安", "平安"),  # full-width parentheses
        ("綠(lǜ)色", "綠色"),
        ("綠(lv)色", "綠色"),  # ü written as v
        ("綠(lu:)色", "綠色"),  # ü written as u:
        ("女(nǚ)士", "女士"),
    ],
)
def test_annotation_removed(src, out):
    assert strip_annotations(src)[0] == out


@pytest.mark.parametrize(
    "src",
    [
        "（撰稿:薛蕊;審核:陳守學）",
        "模型(AI)的應用",  # upper case is not an annotation
        "學(ping)院",  # a pinyin that is not a reading of 學 survives
        "學(dòng)院",
        "（xué）開頭",  # no Han character before it
    ],
)
def test_legitimate_parentheses_survive(src):
    assert strip_annotations(src)[0] == src


def test_credit_line_keeps_its_parentheses():
    text, changes = strip_annotations("(撰稿:薛蕊;審核:陳守學(xué)).")
    assert text == "(撰稿:薛蕊;審核:陳守學)."
    assert changes == [("學(xué)", "學")]


def test_valid_prefix_of_a_run_is_removed_only():
    assert strip_annotations("平(ping)(xué)")[0] == "平(xué)"


def test_nested_annotation_from_byte_level_insertion():
    # The site's byte replacement also matched inside an annotation: the GBK
    # bytes of "ò" + "n" (.. B0 6E) spell 皀 (jí), so "(jí)" landed in "(dòng)".
    assert bytes.fromhex("b06e").decode("gbk") == "皀"
    assert strip_annotations("勞動(dòn(jí)g)精神")[0] == "勞動精神"
    # not a reading of the straddled pair: left alone
    assert strip_annotations("勞動(dòn(xué)g)精神")[0] == "勞動(dòn(xué)g)精神"


def test_normalize_syllable():
    assert normalize_syllable("xué") == "xue2"
    assert normalize_syllable("lǜ") == "lv4"
    assert normalize_syllable("lu:") == "lv"
    assert normalize_syllable("Ping") == "ping"
    assert normalize_syllable("撰") is None


def test_is_reading_heteronyms():
    assert is_reading("長", "zhǎng") and is_reading("長", "cháng")
    assert not is_reading("長", "chǎng")
