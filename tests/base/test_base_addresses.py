"""base.addresses.record_url: a record's address reversed once per page, never stale."""
from django.utils import translation

from base.addresses import record_url


class Record:
    def __init__(self, slug):
        self.slug = slug
        self.reversed = 0

    def get_absolute_url(self):
        self.reversed += 1
        return f"/{translation.get_language()}/records/{self.slug}/"


def test_a_record_linked_twice_is_reversed_once():
    record = Record("a")
    with translation.override("zh-hans"):
        assert record_url(record) == record_url(record) == "/zh-hans/records/a/"
    assert record.reversed == 1


def test_another_language_or_a_new_slug_reverses_again():
    record = Record("a")
    with translation.override("zh-hans"):
        record_url(record)
    with translation.override("zh-tw"):
        assert record_url(record) == "/zh-tw/records/a/"
        record.slug = "b"
        assert record_url(record) == "/zh-tw/records/b/"
    assert record.reversed == 3
