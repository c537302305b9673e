"""Property tests for the character-level cleaning (clean_text)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zhtext_helpers import clean_text

from zhtext.pinyin_annotations import readings
from zhtext.punctuation import is_han

COMMON = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说"
    "產業時會學動長現場開發傳創專關國進來對實區員們這個為從與總濰勞議題活特別新論壇精神聲"
)
PROFILE = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

han = st.one_of(st.sampled_from(COMMON), st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5))
full_punct = st.sampled_from("，。、；：！？“”《》（）")
ascii_bits = st.sampled_from([",", ";", ":", "?", "!", "(", ")", " ", "a", "Z", "1", "0", ".", "-", "/"])


def _toned(ch: str) -> list[str]:
    """Readings as they appear in annotations (tone marks or toneless)."""
    from pypinyin import Style, pinyin

    out = []
    for style in (Style.TONE, Style.NORMAL):
        out += pinyin(ch, style=style, heteronym=True)[0]
    return [r for r in out if r.isalpha() and r.islower()] or []


@st.composite
def annotated(draw):
    """(clean, annotated): clean Han/full-width text and the same text with
    valid-reading annotations glued after some characters."""
    chars = draw(st.lists(st.one_of(han, han, han, full_punct), min_size=1, max_size=40))
    clean = "".join(chars)
    out = []
    for ch in chars:
        out.append(ch)
        if is_han(ch) and readings(ch):
            opts = _toned(ch)
            if opts and draw(st.booleans()):
                py = draw(st.sampled_from(opts))
                left, right = draw(st.sampled_from([("(", ")"), ("（", "）")]))
                out.append((left + py + right) * draw(st.integers(1, 2)))
    return clean, "".join(out)


messy = st.lists(
    st.one_of(han, full_punct, ascii_bits, st.sampled_from(["(xué)", "(ping)", "?", "\n", "(AI)", "cè)"])),
    max_size=40,
).map("".join)


@PROFILE
@given(messy)
def test_idempotent(text):
    once = clean_text(text)
    assert clean_text(once) == once


@PROFILE
@given(annotated())
def test_annotations_of_valid_readings_removed_and_nothing_else(pair):
    clean, noisy = pair
    assert clean_text(noisy) == clean


@PROFILE
@given(st.lists(st.one_of(han, full_punct, ascii_bits, st.just("\n")), max_size=60).map("".join))
def test_han_sequence_preserved_without_annotations_or_markers(text):
    text = text.replace("?", "")
    out = clean_text(text)
    assert [c for c in out if is_han(c)] == [c for c in text if is_han(c)]


@PROFILE
@given(st.lists(st.one_of(han, full_punct, st.sampled_from("0123456789 ")), max_size=60).map("".join))
def test_clean_text_unchanged(text):
    assert clean_text(text) == text
