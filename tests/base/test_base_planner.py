"""base.planner.walk_from: one rule, for every list of the newest rows a condition picks, of when walking the
date index beats looking each picked row up and sorting them."""
import pytest

from base import planner


def test_the_walk_pays_once_the_picked_rows_squared_pass_wanted_times_total():
    assert planner.walk_from(10, 100_000) == 500  # a tag's first page of 10 at 100,000 articles
    assert planner.walk_from(1001, 100_000) == 5003  # a search's thousand and one
    assert planner.walk_from(10, 1_000_000) == 1582  # ten times the articles: about three times the rows


@pytest.mark.parametrize("wanted,total", [(1, 0), (0, 10), (10, 100)])
def test_at_least_one_row_is_asked_for(wanted, total):
    assert planner.walk_from(wanted, total) >= 1


def test_more_rows_wanted_or_more_rows_in_all_ask_for_more_picked_rows():
    for wanted in (10, 100):
        for total in (1000, 10_000):
            assert planner.walk_from(wanted, total) < planner.walk_from(wanted * 10, total)
            assert planner.walk_from(wanted, total) < planner.walk_from(wanted, total * 10)


@pytest.mark.parametrize("wanted,total", [(10, 100_000), (1001, 100_000), (7, 12_345), (1, 1)])
def test_walk_from_is_the_least_count_whose_square_reaches_wanted_times_total(wanted, total):
    least, product = planner.walk_from(wanted, total), int(planner.WALK_COST * wanted * total)
    assert least * least >= product > (least - 1) * (least - 1) or least == 1


def test_a_walk_that_probes_an_index_per_entry_needs_more_picked_rows():
    """A correlated test per walked entry (PROBE_COST) costs more than an id looked for in ids read once."""
    assert planner.walk_from(1000, 100_000, planner.PROBE_COST) > planner.walk_from(1000, 100_000)
    assert planner.walk_from(1000, 100_000, planner.PROBE_COST) > 5133  # a person's 100th page: looked up
    assert planner.walk_from(10, 100_000, planner.PROBE_COST) < 5133  # … its first page: walked


def test_size_hint_works_out_a_size_once_per_name():
    calls = []

    def compute():
        calls.append(1)
        return [len(calls), 10]

    assert planner.size_hint("test:a", compute) == (1, 10)
    assert planner.size_hint("test:a", compute) == (1, 10)
    assert planner.size_hint("test:b", compute) == (2, 10)
    assert len(calls) == 2


def test_walks_only_when_the_picks_are_known_and_reach_walk_from():
    threshold = planner.walk_from(10, 100_000)
    assert planner.walks(threshold, 10, 100_000) and not planner.walks(threshold - 1, 10, 100_000)
    assert not planner.walks(None, 10, 100_000)  # not known: looked up
    probed = planner.walk_from(10, 100_000, planner.PROBE_COST)  # a probing walk has its own threshold
    assert probed != threshold
    assert planner.walks(probed, 10, 100_000, planner.PROBE_COST)
    assert not planner.walks(probed - 1, 10, 100_000, planner.PROBE_COST)
