"""The pass/fail rule of `make bench-load` (benchmarks/load_verdict.py), on recorded outcomes: no gunicorn."""
from benchmarks.load_verdict import Broken, answer_problems, percentile, worker_problems

KILL = 40.0


def test_clean_run_with_the_killed_workers_one_request_passes():
    assert answer_problems({200: 9000, 301: 12}, [Broken("RemoteDisconnected", 39.8, 40.1)], KILL) == []


def test_any_answer_outside_2xx_3xx_fails():
    problems = answer_problems({200: 9000, 502: 1}, [], KILL)
    assert problems == ["1 answers with status 502"]
    assert answer_problems({200: 9000, 404: 2}, [], KILL) == ["2 answers with status 404"]


def test_a_connection_broken_away_from_the_kill_fails():
    # e.g. during the graceful reload at 20 s: the reload must not drop anything
    problems = answer_problems({200: 9000}, [Broken("ConnectionResetError", 19.9, 20.2)], KILL)
    assert problems == ["1 broken connections not in flight at the kill (ConnectionResetError), first at 20.2 s"]


def test_a_request_that_started_after_the_kill_is_not_the_killed_workers():
    problems = answer_problems({200: 9000}, [Broken("RemoteDisconnected", 40.5, 40.6)], KILL)
    assert len(problems) == 1 and "not in flight at the kill" in problems[0]


def test_more_broken_requests_than_a_sync_worker_can_hold_fails():
    at_kill = [Broken("RemoteDisconnected", 39.5, 40.2), Broken("IncompleteRead", 39.9, 40.1)]
    assert answer_problems({200: 9000}, at_kill, KILL) == [
        "2 requests broken by the kill, more than the 1 the killed worker could have had in flight"]


def test_a_run_in_which_no_worker_was_killed_fails():
    assert answer_problems({200: 9000}, [], None) == ["no worker was killed"]


def test_workers_replaced_by_the_reload_and_after_the_kill_pass():
    assert worker_problems(3, {1, 2, 3}, {4, 5, 6}, 4, {5, 6, 7}) == []


def test_a_reload_that_kept_an_old_worker_fails():
    problems = worker_problems(3, {1, 2, 3}, {3, 5, 6}, 5, {3, 6, 7})
    assert problems == ["the reload did not replace the workers: [3, 5, 6] after it, [3] still there from before"]


def test_a_reload_that_was_not_seen_to_finish_fails():
    assert worker_problems(3, {1, 2, 3}, None, 4, {5, 6, 7}) == [
        "the reload did not replace the workers: [] after it"]


def test_a_killed_worker_the_master_did_not_replace_fails():
    assert worker_problems(3, {1, 2, 3}, {4, 5, 6}, 4, {5, 6}) == [
        "the killed worker 4 was not replaced: [5, 6] after it"]
    assert worker_problems(3, {1, 2, 3}, {4, 5, 6}, None, None) == ["no worker was killed"]


def test_percentile_is_the_nearest_rank():
    values = list(range(1, 101))  # 1 … 100
    assert percentile(values, 0.5) == 50
    assert percentile(values, 0.99) == 99
    assert percentile([7.0], 0.99) == 7.0
    assert percentile([], 0.99) == 0.0
