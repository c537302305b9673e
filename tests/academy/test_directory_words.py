"""academy.dictionary: the directory's names are the segmenter's words (issue 15.4)."""
import jieba
import pytest

from academy import dictionary as academy_dictionary
from academy.models import Academy, Organisation, Person
from zhtext import dictionary

pytestmark = pytest.mark.django_db


@pytest.fixture
def connected():
    academy_dictionary.connect()
    yield
    academy_dictionary.disconnect()


def test_existing_records_are_read_on_first_use(connected):
    Person.objects.bulk_create([Person(name="甄翯燚", slug="zhen-he-yi")])  # no post_save: only the provider
    dictionary.ensure_words()
    assert dictionary.known("甄翯燚") and "甄翯燚" in jieba.lcut("甄翯燚出席", HMM=False)


def test_a_saved_record_is_a_word_at_once_with_its_aliases_but_not_deictic_ones(connected):
    dictionary.ensure_words()
    academy = Academy.objects.create(name="鋆琨市劳模工匠学院", aliases="鋆琨学院\n我校")
    assert dictionary.known("鋆琨市劳模工匠学院") and dictionary.known("鋆琨学院")
    assert not dictionary.known("我校")
    Organisation.objects.create(name="鋆琨市总工会")
    assert jieba.lcut("鋆琨市总工会主办", HMM=False)[0] == "鋆琨市总工会"
    assert academy.name in jieba.lcut(f"走进{academy.name}", HMM=False)


def test_off_in_the_test_settings(settings):
    """Other tests segment with jieba's own dictionary: nothing was registered at start-up."""
    assert settings.DIRECTORY_WORDS is False and dictionary._provider is None
    Person.objects.create(name="甄翯琨")
    assert not dictionary.known("甄翯琨")
