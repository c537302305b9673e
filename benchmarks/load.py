"""make bench-load: 64 connections for 60 s over a mix of pages in two variants, with a graceful reload
(SIGHUP to gunicorn's master) a third of the way in and one worker killed (SIGKILL) at two thirds.

    make bench-load                                                  # scratch SQLite copy of the seed
    DATABASE_URL=postgres://postgres@127.0.0.1:5432 make bench-load  # a scratch database on that server

Serves a scratch copy of the seed content with gunicorn (3 sync workers, DEBUG off, production settings,
the Redis cache at REDIS_URL, else db 3 of the local Redis). The load comes from this script's own
client (threads) rather than wrk, because it records every answer's status and every failure's kind and
time, so the errors can be told apart: non-2xx/3xx answers, and connections that broke, which are allowed
only for the request the killed worker had in flight. It also checks, from the master's children, that
the reload replaced every worker and that the master replaced the killed one. Prints requests, errors
by kind, p50 and p99 (overall and per phase), and exits 1 if the rule (benchmarks/load_verdict.py) fails.
Not part of `make test`.
"""
import argparse
import http.client
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from common import PY, ROOT, free_port, manage, production_env, scratch_database
from load_verdict import Broken, answer_problems, percentile, worker_problems

# List pages, detail pages (the two seed articles count their readings), a feed and a search.
PAGES = ["/", "/news/", "/news/da-ling-hao-wan-gong-jiang-xue-yuan-gua-pai/",
         "/news/wei-fang-lao-mo-gong-jiang-xue-yuan-pei-xun-ban/", "/academies/",
         "/academies/shang-hai-gong-jiang-xue-yuan/", "/people/", "/people/bao-qi-fan/", "/courses/", "/events/",
         "/events/da-ling-hao-wan-gong-jiang-xue-yuan-gua-pai-yi-shi/", "/training-bases/", "/organisations/",
         "/news/feed/rss/", "/search/?q=%E5%8A%B3%E6%A8%A1"]
VARIANTS = ["zh-hans", "zh-tw"]
# Not db 2: tests/ops flushes that one, which would empty the cache in the middle of a run.
DEFAULT_REDIS = "redis://127.0.0.1:6379/3"


def live_workers(master):
    """The master's children that are alive (a killed worker stays a zombie until the master reaps it)."""
    out = subprocess.run(["pgrep", "-P", str(master)], capture_output=True, text=True).stdout
    pids = set()
    for pid in map(int, out.split()):
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state not in ("Z", "X"):
            pids.add(pid)
    return pids


def serving(pid):
    """Whether the worker is in the middle of a request: an idle sync worker sleeps in select() on the
    listening socket; a busy one runs, or waits on the database, Redis or its client."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        wchan = Path(f"/proc/{pid}/wchan").read_text()
    except OSError:
        return False
    return state == "R" or not any(word in wchan for word in ("poll", "select"))


def wait_for_workers(master, count, gone, timeout):
    """Poll until the master has `count` live workers none of which is in `gone`; (pids, seconds taken),
    or the last pids seen and None when `timeout` passes first."""
    started = time.monotonic()
    while True:
        pids = live_workers(master)
        if len(pids) == count and not pids & gone:
            return pids, time.monotonic() - started
        if time.monotonic() - started > timeout:
            return pids, None
        time.sleep(0.1)


def run_load(port, paths, seconds, connections, events=()):
    """GETs from `connections` threads for `seconds` while `events` ((at seconds, action)) run in order.
    Returns (answers as (started, latency), statuses {status: count}, [Broken], elapsed seconds)."""
    answers, statuses, broken = [], {}, []
    lock = threading.Lock()
    start = time.monotonic()
    stop = start + seconds

    def client(slot):
        conn, i = None, slot
        while time.monotonic() < stop:
            path = paths[i % len(paths)]
            i += 1
            started = time.monotonic()
            try:
                if conn is None:
                    # nginx's default proxy_read_timeout: a slower answer is an error for a reader too
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                conn.request("GET", path, headers={"X-Forwarded-Proto": "https"})
                response = conn.getresponse()
                response.read()
            except (OSError, http.client.HTTPException) as error:
                with lock:
                    broken.append(Broken(type(error).__name__, started - start, time.monotonic() - start))
                if conn is not None:
                    conn.close()
                conn = None
                continue
            with lock:
                answers.append((started - start, time.monotonic() - started))
                statuses[response.status] = statuses.get(response.status, 0) + 1
            if response.will_close:  # the sync worker closes after every answer
                conn.close()
                conn = None

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(connections)]
    for t in threads:
        t.start()
    for at, action in events:
        time.sleep(max(0.0, start + at - time.monotonic()))
        print(f"  t={time.monotonic() - start:4.1f}s  {action(start)}", flush=True)
    for t in threads:
        t.join()
    return answers, statuses, broken, time.monotonic() - start


def wait_until_healthy(port, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return
        except (OSError, http.client.HTTPException):
            pass
        time.sleep(0.5)
    raise SystemExit(f"gunicorn did not answer /healthz within {timeout} s")


def report(answers, statuses, broken, elapsed, phases, killed_at):
    ms = [latency * 1000 for _, latency in answers]
    print(f"requests: {len(answers)} answered in {elapsed:.1f} s ({len(answers) / elapsed:.0f}/s)")
    print(f"statuses: {dict(sorted(statuses.items()))}")
    kinds = {}
    for b in broken:
        kinds[b.kind] = kinds.get(b.kind, 0) + 1
    at_kill = sum(b.in_flight_at(killed_at) for b in broken)
    print(f"errors: {sum(n for s, n in statuses.items() if not 200 <= s < 400)} non-2xx/3xx answers; "
          f"{len(broken)} broken connections {kinds or ''} ({at_kill} in flight at the kill)")
    print(f"latency: p50 {percentile(ms, 0.5):.1f} ms, p99 {percentile(ms, 0.99):.1f} ms, "
          f"max {max(ms, default=0):.0f} ms")
    for label, begin, end in phases:
        part = [latency * 1000 for started, latency in answers if begin <= started < end]
        print(f"  {label:18s} {len(part):6d} requests, p50 {percentile(part, 0.5):6.1f} ms, "
              f"p99 {percentile(part, 0.99):7.1f} ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--database", default=os.environ.get("DATABASE_URL", ""),
                        help="a PostgreSQL server URL: run on a scratch database there (default: SQLite)")
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="craftsman-load-"))
    database_url, drop = scratch_database(args.database, scratch, "load")
    env = production_env(database_url, MEDIA_ROOT=str(scratch / "media"),
                         REDIS_URL=os.environ.get("REDIS_URL", DEFAULT_REDIS))
    port, log = free_port(), scratch / "gunicorn.log"
    failed = True
    try:
        manage(env, ["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"], ["load_site_content", "-v0"])
        with open(log, "w") as log_file:
            server = subprocess.Popen(
                [PY, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(args.workers),
                 "--graceful-timeout", "20", "--log-level", "warning"],
                cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT,
            )
        seen = {}  # what the events saw, for the verdict

        def reload(start):
            seen["before_reload"] = live_workers(server.pid)
            seen["reload_at"] = time.monotonic() - start
            server.send_signal(signal.SIGHUP)
            pids, took = wait_for_workers(server.pid, args.workers, seen["before_reload"], timeout=20)
            seen["after_reload"] = pids if took is not None else None
            return (f"SIGHUP to the master: workers {sorted(seen['before_reload'])} -> {sorted(pids)}"
                    + (f", all replaced in {took:.1f} s" if took is not None else ", NOT all replaced in 20 s"))

        def kill_one(start):
            # A worker in the middle of a request (looked for for up to 2 s), so the kill really takes
            # one down and the allowance is exercised rather than met by an idle worker.
            deadline = time.monotonic() + 2
            while not (busy := sorted(p for p in live_workers(server.pid) if serving(p))):
                if time.monotonic() > deadline:
                    break
                time.sleep(0.01)
            pids = busy or sorted(live_workers(server.pid))
            if not pids:
                return "no worker to kill"
            victim = pids[0]
            seen["killed"], seen["killed_at"] = victim, time.monotonic() - start
            os.kill(victim, signal.SIGKILL)
            pids, took = wait_for_workers(server.pid, args.workers, {victim}, timeout=20)
            seen["after_kill"] = pids if took is not None else None
            return (f"SIGKILL to worker {victim} ({'serving' if busy else 'idle'}): workers now {sorted(pids)}"
                    + (f", replaced in {took:.1f} s" if took is not None else ", NOT replaced in 20 s"))

        try:
            wait_until_healthy(port, server)
            paths = [f"/{v}{p}" for p in PAGES for v in VARIANTS]
            _, warm, _, _ = run_load(port, paths, 3, 4)  # fill the shared cache first
            print(f"bench-load: {args.connections} connections, {args.seconds:.0f} s, {len(paths)} pages "
                  f"({', '.join(VARIANTS)}), gunicorn {args.workers} sync workers, DEBUG off, "
                  f"{'PostgreSQL' if database_url.startswith('postgres') else 'SQLite'}; warm-up {warm}; "
                  f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} CPUs, "
                  f"load average {os.getloadavg()[0]:.2f}")
            third = args.seconds / 3
            answers, statuses, broken, elapsed = run_load(
                port, paths, args.seconds, args.connections, [(third, reload), (2 * third, kill_one)])
        finally:
            server.send_signal(signal.SIGINT)  # quick shutdown: the run is over
            server.wait(timeout=30)
        reload_at, killed_at = seen.get("reload_at", third), seen.get("killed_at")
        report(answers, statuses, broken, elapsed,
               [("before the reload", 0, reload_at), ("reload to kill", reload_at, killed_at or 2 * third),
                ("after the kill", killed_at or 2 * third, elapsed)], killed_at)
        problems = answer_problems(statuses, broken, killed_at) + worker_problems(
            args.workers, seen.get("before_reload"), seen.get("after_reload"), seen.get("killed"),
            seen.get("after_kill"))
        failed = bool(problems)
        for problem in problems:
            print(f"FAIL: {problem}")
        if not failed:
            print("PASS: no answer outside 2xx/3xx; no connection broke but the killed worker's; "
                  "the reload and the kill were each followed by a full set of new workers")
    finally:
        if failed and log.exists():
            print("server log (last 40 lines):\n" + "\n".join(log.read_text().splitlines()[-40:]))
        drop()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
