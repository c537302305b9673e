"""Text copied from a PDF whose font drew ordinary characters with radical glyphs (⼯会, 第⼀期, ⻓三角), or from a
Korean source with compatibility ideographs: each code point is put back as the character it stands for."""
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zhtext_helpers import PAGE_BODY

from zhtext.radicals import STANDS_FOR, radical_edits
from zhtext.reprint import clean_reprint
from zhtext.script import s2t
from zhtext.variants import HANT_TW, Converter

HEADLINE = "杭州市劳模工匠学院举办技能提升班"
META = "2024-09-10 10:20 来源：杭州市总工会"
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Each ordinary character and the code points a PDF or a Korean font may give for it.
STOOD_FOR: dict[str, list[str]] = {}
for _code_point, _character in STANDS_FOR.items():
    STOOD_FOR.setdefault(_character, []).append(_code_point)


def _damaged(text: str, picks: list[int]) -> str:
    """`text` with some of its characters (those `picks` choose among the ones that have a look-alike) swapped."""
    spots = [i for i, c in enumerate(text) if c in STOOD_FOR]
    out = list(text)
    for n, pick in enumerate(picks):
        if spots:
            i = spots[(pick + n * 7) % len(spots)]
            out[i] = STOOD_FOR[text[i]][pick % len(STOOD_FOR[text[i]])]
    return "".join(out)


def test_the_kangxi_radicals_agree_with_nfkc_and_the_compatibility_ideographs_with_nfc():
    kangxi = [chr(c) for c in range(0x2F00, 0x2FD6)]
    assert all(STANDS_FOR[r] == unicodedata.normalize("NFKC", r) for r in kangxi)
    assert STANDS_FOR["\u2ed3"] == "长" and STANDS_FOR["\u2edc"] == "飞"  # simplified radicals: Unicode's table
    assert STANDS_FOR["\uf92c"] == unicodedata.normalize("NFC", "\uf92c")
    assert "\ufa0e" not in STANDS_FOR  # 﨎 is a unified ideograph that happens to live in that block


@SETTINGS
@given(st.lists(st.integers(0, 10_000), min_size=1, max_size=12), st.sampled_from([str, s2t]),
       st.sampled_from(["text", "html"]))
def test_an_article_copied_from_such_a_pdf_comes_back_whole(picks, script, form):
    paragraphs = [script(p) for p in PAGE_BODY]
    damaged = [_damaged(p, picks) for p in paragraphs]
    headline = script(HEADLINE)
    if form == "html":
        source = f"<h1>{_damaged(headline, picks)}</h1><p>{META}</p>" + "".join(f"<p>{p}</p>" for p in damaged)
    else:
        source = "\n".join([_damaged(headline, picks), META, *damaged])
    result = clean_reprint(source)
    assert result.title == headline
    assert [b.text for b in result.blocks if b.kind == "p"] == paragraphs
    assert not any(c in STANDS_FOR for b in result.blocks for c in b.text)
    assert all(r.certain and r.accepted for r in result.repairs if r.kind == "lookalike")


def test_the_mended_text_converts_and_is_logged_for_the_editor():
    result = clean_reprint("\n".join([HEADLINE, META, "⻓三角地区⼀线职⼯⻜速成⻓，第⼆期培训班开班。"]))
    body = [b.text for b in result.blocks]
    assert body == ["长三角地区一线职工飞速成长，第二期培训班开班。"]
    assert Converter(HANT_TW).convert(body[0]) == "長三角地區一線職工飛速成長，第二期培訓班開班。"
    logged = [(r.before, r.after) for r in result.repairs if r.kind == "lookalike"]
    assert ("⻓", "长") in logged and ("⼀", "一") in logged and all(r.label for r in result.repairs)


@pytest.mark.parametrize("line", ["Radicals ⼯ and ⼈ in a list", "⼯", "KANGXI ⼀ ONE"])
def test_a_line_without_chinese_is_left(line):
    assert radical_edits(line) == []


def test_a_code_point_with_no_chinese_beside_it_is_only_proposed():
    """A radical cited on its own in a Chinese line (型号 A⼯B) may be meant: the editor decides."""
    (edit,) = radical_edits("产品型号为A⼯B，已投入使用")
    assert edit[2] == "工" and edit[3] is False
    assert radical_edits("第 ⼀ 期培训班")[0][3] is True  # a letter-spaced copy: Chinese past the spaces


def test_a_long_line_of_them_is_read_in_one_pass():
    line = "职⼯" * 50_000
    edits = radical_edits(line)
    assert len(edits) == 50_000 and all(after == "工" and sure for _s, _e, after, sure in edits)


def test_a_pages_title_is_mended_too():
    """The <title> is read apart from the page's lines, when the page has no other headline."""
    result = clean_reprint("<html><head><title>劳模⼯匠学院开班</title></head><body>"
                           f"<p>{META}</p><p>{PAGE_BODY[0].replace('工', '⼯')}</p></body></html>")
    assert result.title == "劳模工匠学院开班"
    assert [b.text for b in result.blocks] == [PAGE_BODY[0]]
