"""zhtext.surnames: how much of a name the placeholder disc shows."""
from hypothesis import given
from hypothesis import strategies as st

from zhtext.sample_names import SURNAMES
from zhtext.script import s2t
from zhtext.surnames import COMPOUND_SURNAMES, surname, surname_length


def test_compound_surnames_in_either_script():
    for compound in COMPOUND_SURNAMES:
        assert surname(compound + "明") == compound
        assert surname(s2t(compound) + "明") == s2t(compound)


def test_a_two_character_name_is_never_all_surname():
    assert surname("司马") == "司" and surname("欧阳") == "欧"


@given(st.sampled_from(sorted("".join(SURNAMES))), st.text(alphabet="明华国强伟芳军磊洋勇", min_size=1, max_size=2))
def test_generated_single_surname_names(family, given_name):
    assert surname_length(family + given_name) == len(family)


def test_empty_and_spaced_names():
    assert surname("") == "" and surname("  王曙群 ") == "王"
