"""make bench: Simplified against Traditional pages, served by gunicorn with DEBUG off, side by side.

Starts gunicorn on a scratch SQLite copy of the seed content, warms every page, then requests the
same pages in zh-hans, zh-tw and zh-hk in alternating rounds (ABCCBA…) so drift hits all alike, and
prints requests per second and the cost of each Traditional variant relative to Simplified.
"""
import argparse
import http.client
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
PATHS = [
    "/", "/news/", "/news/da-ling-hao-wan-gong-jiang-xue-yuan-gua-pai/",
    "/news/wei-fang-lao-mo-gong-jiang-xue-yuan-pei-xun-ban/", "/academies/", "/people/", "/courses/",
    "/events/", "/training-bases/", "/news/feed/rss/",
]
VARIANTS = ["zh-hans", "zh-tw", "zh-hk"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def hammer(port, paths, seconds, connections):
    """Keep-alive GETs from `connections` threads for `seconds`; returns completed requests per second."""
    done = [0] * connections
    stop = time.monotonic() + seconds

    def worker(slot):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        i = slot
        while time.monotonic() < stop:
            conn.request("GET", paths[i % len(paths)], headers={"X-Forwarded-Proto": "https"})
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                raise SystemExit(f"{paths[i % len(paths)]} answered {response.status}")
            done[slot] += 1
            i += 1
        conn.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(connections)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(done) / (time.monotonic() - start)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="craftsman-bench-"))
    env = {
        **os.environ, "DEBUG": "0", "SECRET_KEY": secrets.token_urlsafe(64), "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{scratch / 'bench.sqlite3'}", "SECURE_SSL_REDIRECT": "0",
        "DJANGO_SETTINGS_MODULE": "config.settings", "LOG_LEVEL": "ERROR",
    }
    for command in (["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"], ["load_site_content", "-v0"]):
        subprocess.run([PY, "manage.py", *command], cwd=ROOT, env=env, check=True)
    port = free_port()
    server = subprocess.Popen(
        [PY, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(args.workers),
         "--log-level", "warning"], cwd=ROOT, env=env,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        # Warm every page in every variant in every worker (the conversion cache is per worker here).
        for code in VARIANTS:
            hammer(port, [f"/{code}{p}" for p in PATHS], 1.0, args.connections)

        results = {code: [] for code in VARIANTS}
        for round_no in range(args.rounds):
            order = VARIANTS if round_no % 2 == 0 else list(reversed(VARIANTS))
            for code in order:
                results[code].append(hammer(port, [f"/{code}{p}" for p in PATHS], args.seconds, args.connections))
    finally:
        server.terminate()
        server.wait()

    base = statistics.median(results["zh-hans"])
    print(f"pages: {len(PATHS)} page types, gunicorn {args.workers} workers, DEBUG off, "
          f"{args.connections} connections, {args.rounds} rounds x {args.seconds:g} s per variant")
    for code in VARIANTS:
        rps = statistics.median(results[code])
        cost = base / rps - 1
        print(f"{code:8s} {rps:8.1f} req/s (median; rounds: {', '.join(f'{r:.0f}' for r in results[code])})"
              f"   cost vs zh-hans: {cost:+.1%}")


if __name__ == "__main__":
    main()
