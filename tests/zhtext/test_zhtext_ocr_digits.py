"""Numbers an OCR or a typist wrote with letters (2O24-O9-1O, l0日, 1〇日): read back as numbers where they are
dates, times or counts, so the publication date is found; product names and codes (O2O, B2O, iOS 17) stay."""
import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from zhtext_helpers import PAGE_BODY

from zhtext.ocr_digits import digit_edits
from zhtext.reprint import clean_reprint
from zhtext.script import s2t

HEADLINE = "杭州市劳模工匠学院举办技能提升班"
META = "2024-09-10 10:20 来源：杭州市总工会"
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SCRIPT = st.sampled_from([str, s2t])
LOOKS = {"0": ["O", "o", "〇"], "1": ["l", "I"]}


def _misread(text: str, picks: list[int]) -> str:
    """Some of the 0s and 1s of `text`'s numbers, as an OCR reads them (at least one real digit left in each)."""
    spots = [i for i, c in enumerate(text) if c in LOOKS]
    out = list(text)
    for n, pick in enumerate(picks):
        i = spots[(pick + n) % len(spots)]
        out[i] = LOOKS[text[i]][pick % len(LOOKS[text[i]])]
    return "".join(out)


@SETTINGS
@given(SCRIPT, st.lists(st.integers(0, 100), min_size=1, max_size=4))
def test_dates_times_and_counts_read_as_numbers_again(script, picks):
    meta, first = _misread(META, picks), _misread(PAGE_BODY[0], picks)
    # a number left without one real digit is not readable as one (l名): not this test's case
    assume(all(any(c.isdigit() for c in run) for run in re.findall(r"[0-9Ool〇I]+", meta + first)))
    result = clean_reprint("\n".join([script(HEADLINE), meta, script(first), script(PAGE_BODY[1])]))
    assert result.published_at == dt.datetime(2024, 9, 10, 10, 20)
    assert [b.text for b in result.blocks] == [script(PAGE_BODY[0]), script(PAGE_BODY[1])]


@pytest.mark.parametrize("text", ["B2O模式", "O2O模式", "iOS 17系统", "COVID-19疫情", "ISO9001认证", "H2O分子",
                                  "MI0手机", "共l名", "一〇一中学", "版本1.O发布", "Wi-Fi 6标准"])
def test_names_and_codes_keep_their_letters(text):
    assert digit_edits(text) == []


def test_a_count_and_a_date():
    assert digit_edits("第l0期培训班，5O%的学员来自2〇24年") == [(1, 3, "10"), (8, 10, "50"), (16, 20, "2024")]
