"""base.pagination.Concatenated: two ordered parts paged as one list, each page reading only its rows."""
import pytest
from django.core.paginator import Paginator

from base.pagination import Concatenated


class Part:
    """A stand-in for an ordered QuerySet: slicing and count(), recording what was read."""

    def __init__(self, rows, log, name):
        self.rows, self.log, self.name = rows, log, name

    def __getitem__(self, index):
        self.log.append((self.name, index.start, index.stop))
        return self.rows[index]

    def count(self):
        self.log.append((self.name, "count"))
        return len(self.rows)


@pytest.mark.parametrize("first_size,rest_size", [(0, 7), (3, 4), (5, 0), (4, 4), (12, 9)])
@pytest.mark.parametrize("per_page", [1, 2, 4, 5])
def test_the_pages_are_those_of_the_joined_list(first_size, rest_size, per_page):
    log = []
    first = [f"a{i}" for i in range(first_size)]
    rest = [f"b{i}" for i in range(rest_size)]
    joined = Concatenated(Part(first, log, "first"), Part(rest, log, "rest"), count=lambda: first_size + rest_size)
    paginator = Paginator(joined, per_page, allow_empty_first_page=True)
    assert [list(paginator.page(n).object_list) for n in paginator.page_range] == \
        [list((first + rest)[i:i + per_page]) for i in range(0, max(1, first_size + rest_size), per_page)]


def test_a_page_reads_the_rest_only_at_or_past_the_seam_and_counts_the_first_only_past_it():
    log = []
    joined = Concatenated(Part(list("abcde"), log, "first"), Part(list("vwxyz"), log, "rest"), count=lambda: 10)
    assert joined[0:2] == ["a", "b"] and log == [("first", 0, 2)]
    log.clear()
    assert joined[4:6] == ["e", "v"] and log == [("first", 4, 6), ("rest", 0, 1)]
    log.clear()
    assert joined[8:10] == ["y", "z"] and log == [("first", 8, 10), ("first", "count"), ("rest", 3, 5)]
    assert len(joined) == 10


def test_only_plain_slices_are_taken():
    joined = Concatenated(Part([], [], "first"), Part([], [], "rest"), count=lambda: 0)
    for index in (0, slice(None, 2), slice(0, 4, 2)):
        with pytest.raises(TypeError):
            joined[index]


def test_an_empty_first_part_is_not_counted_on_the_first_page():
    """The first page reading no row of the first part knows it is empty: no count (a filtered list with
    no role holders)."""
    log = []
    joined = Concatenated(Part([], log, "first"), Part(list("xyz"), log, "rest"), count=lambda: 3)
    assert joined[0:2] == ["x", "y"] and log == [("first", 0, 2), ("rest", 0, 2)]
