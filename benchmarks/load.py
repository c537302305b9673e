"""make bench-load: 64 connections for 60 s over a mix of pages in two variants, with a graceful reload
(SIGHUP to gunicorn's master) a third of the way in and one worker killed (SIGKILL) at two thirds.

Serves a scratch SQLite copy of the seed content with gunicorn (3 workers, DEBUG off, Redis cache when
REDIS_URL is set, else db 2 of the local Redis). The load comes from this script's own client
(keep-alive connections in threads) rather than wrk, because it records every answer's status, so the
errors can be told apart: non-2xx/3xx answers, and connections that broke (what the killed worker's
in-flight requests become). Prints requests, errors, p50 and p99.
Not part of `make test`.
"""
import argparse
import http.client
import os
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
PAGES = ["/", "/news/", "/academies/", "/people/", "/courses/", "/events/", "/training-bases/",
         "/organisations/", "/news/feed/rss/", "/search/?q=%E5%8A%B3%E6%A8%A1"]
VARIANTS = ["zh-hans", "zh-tw"]


def worker_pids(master: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(master)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def run_load(port, paths, seconds, connections, events):
    latencies, statuses, broken = [], {}, [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(slot):
        conn, i = None, slot
        while time.monotonic() < stop:
            path = paths[i % len(paths)]
            i += 1
            started = time.monotonic()
            try:
                if conn is None:
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=15)
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                status = response.status
                if response.getheader("Connection", "").lower() == "close":
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException):
                with lock:
                    broken[0] += 1
                if conn is not None:
                    conn.close()
                conn = None
                continue
            with lock:
                latencies.append(time.monotonic() - started)
                statuses[status] = statuses.get(status, 0) + 1

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(connections)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for at, action in events:
        time.sleep(max(0.0, start + at - time.monotonic()))
        print(f"  t={time.monotonic() - start:4.1f}s  {action()}", flush=True)
    for t in threads:
        t.join()
    return latencies, statuses, broken[0], time.monotonic() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--port", type=int, default=8306)
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="craftsman-load-"))
    env = {
        **os.environ, "DEBUG": "0", "SECRET_KEY": secrets.token_urlsafe(64), "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{scratch / 'load.sqlite3'}", "SECURE_SSL_REDIRECT": "0",
        "DJANGO_SETTINGS_MODULE": "config.settings", "LOG_LEVEL": "ERROR", "MEDIA_ROOT": str(scratch / "media"),
        "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/2"),
    }
    for command in (["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"], ["load_site_content", "-v0"]):
        subprocess.run([PY, "manage.py", *command], cwd=ROOT, env=env, check=True)
    server = subprocess.Popen(
        [PY, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{args.port}", "--workers", str(args.workers),
         "--graceful-timeout", "20"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=5)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.5)
        paths = [f"/{v}{p}" for p in PAGES for v in VARIANTS]
        run_load(args.port, paths, 3, 4, [])  # warm the caches

        def reload():
            server.send_signal(signal.SIGHUP)
            return "SIGHUP to the master: graceful reload (new workers, old ones finish their requests)"

        def kill_one():
            pids = worker_pids(server.pid)
            if not pids:
                return "no worker to kill"
            os.kill(pids[0], signal.SIGKILL)
            return f"SIGKILL to worker {pids[0]}"

        print(f"bench-load: {args.connections} connections, {args.seconds:.0f} s, {len(paths)} pages "
              f"({', '.join(VARIANTS)}), gunicorn {args.workers} workers, DEBUG off")
        latencies, statuses, broken, elapsed = run_load(
            args.port, paths, args.seconds, args.connections,
            [(args.seconds / 3, reload), (2 * args.seconds / 3, kill_one)],
        )
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
    bad = sum(n for status, n in statuses.items() if not 200 <= status < 400)
    ordered = sorted(latencies)
    p50 = statistics.median(ordered) * 1000 if ordered else 0
    p99 = ordered[int(len(ordered) * 0.99) - 1] * 1000 if ordered else 0
    print(f"requests: {len(latencies)} answered in {elapsed:.1f} s ({len(latencies) / elapsed:.0f}/s)")
    print(f"statuses: {dict(sorted(statuses.items()))}")
    print(f"errors: {bad} non-2xx/3xx answers, {broken} broken connections (the killed worker's in-flight requests)")
    print(f"latency: p50 {p50:.1f} ms, p99 {p99:.1f} ms")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
