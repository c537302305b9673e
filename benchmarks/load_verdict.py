"""What `make bench-load` (benchmarks/load.py) counts as a pass: pure functions of what the run recorded,
so the rule is tested (tests/test_bench_load.py) without starting gunicorn.

The rule of issue 9 item 21: no answer outside 2xx/3xx, across a graceful reload and a killed worker; the
only broken connections allowed are requests the killed worker had in flight when it was killed.
"""
import math
from dataclasses import dataclass

# gunicorn's sync worker (the default, and what the README deploys) serves one request at a time, so a
# killed worker takes at most one request down with it. The other connections wait in the listening
# socket's backlog, which the master and every worker share, so the remaining workers answer them.
IN_FLIGHT_PER_WORKER = 1


@dataclass(frozen=True)
class Broken:
    """A request that got no complete answer: the error's kind, and when the request started and failed
    (seconds from the start of the run, the clock the kill's time is on)."""

    kind: str
    started: float
    failed: float

    def in_flight_at(self, moment):
        return moment is not None and self.started <= moment <= self.failed


def percentile(latencies, p):
    """The p-quantile (0 < p < 1) by the nearest-rank method: the smallest value at least p of them reach."""
    ordered = sorted(latencies)
    if not ordered:
        return 0.0
    rank = math.ceil(len(ordered) * p - 1e-9)  # 0.99 * 100 may come out a hair above 99
    return ordered[max(0, min(len(ordered), rank) - 1)]


def answer_problems(statuses, broken, killed_at, in_flight_allowed=IN_FLIGHT_PER_WORKER):
    """Why the answers fail the rule (an empty list: they pass). `statuses` maps HTTP status to count;
    `killed_at` is when the worker was killed, None if no worker was."""
    problems = [f"{n} answers with status {status}" for status, n in sorted(statuses.items())
                if not 200 <= status < 400]
    at_kill = [b for b in broken if b.in_flight_at(killed_at)]
    elsewhere = [b for b in broken if not b.in_flight_at(killed_at)]
    if elsewhere:
        kinds = sorted({b.kind for b in elsewhere})
        problems.append(f"{len(elsewhere)} broken connections not in flight at the kill ({', '.join(kinds)}), "
                        f"first at {min(b.failed for b in elsewhere):.1f} s")
    if len(at_kill) > in_flight_allowed:
        problems.append(f"{len(at_kill)} requests broken by the kill, more than the {in_flight_allowed} "
                        "the killed worker could have had in flight")
    if killed_at is None:
        problems.append("no worker was killed")
    return problems


def worker_problems(workers, before_reload, after_reload, killed, after_kill):
    """Why the server's workers fail the rule: after the reload, `workers` live workers none of which was
    there before it (the reload really replaced them); after the kill, `workers` live workers again
    without the killed one (the master replaced it). Each argument is a set of pids (None: not seen)."""
    problems = []
    if not before_reload:
        problems.append("no workers before the reload")
    elif after_reload is None or len(after_reload) != workers or after_reload & before_reload:
        kept = sorted((after_reload or set()) & before_reload)
        problems.append(f"the reload did not replace the workers: {sorted(after_reload or [])} after it"
                        + (f", {kept} still there from before" if kept else ""))
    if killed is None:
        problems.append("no worker was killed")
    elif after_kill is None or killed in after_kill or len(after_kill) != workers:
        problems.append(f"the killed worker {killed} was not replaced: {sorted(after_kill or [])} after it")
    return problems
