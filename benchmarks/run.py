"""make bench: Simplified against Traditional pages, served by gunicorn with DEBUG off, side by side.

Starts gunicorn on a scratch SQLite copy of the seed content, warms every page, then requests the
same pages in zh-hans, zh-tw and zh-hk in alternating rounds (ABCCBA…) so drift hits all alike, and
prints requests per second and the cost of each Traditional variant relative to Simplified.
"""
import argparse
import statistics
import tempfile
from pathlib import Path

from common import Server, hammer, manage, production_env

PATHS = [
    "/", "/news/", "/news/da-ling-hao-wan-gong-jiang-xue-yuan-gua-pai/",
    "/news/wei-fang-lao-mo-gong-jiang-xue-yuan-pei-xun-ban/", "/academies/", "/people/", "/courses/",
    "/events/", "/training-bases/", "/news/feed/rss/",
]
VARIANTS = ["zh-hans", "zh-tw", "zh-hk"]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="craftsman-bench-"))
    env = production_env(f"sqlite:///{scratch / 'bench.sqlite3'}")
    manage(env, ["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"], ["load_site_content", "-v0"])
    with Server(env, args.workers) as server:
        # Warm every page in every variant in every worker (the conversion cache is per worker here).
        for code in VARIANTS:
            hammer(server.port, [f"/{code}{p}" for p in PATHS], 1.0, args.connections)

        results = {code: [] for code in VARIANTS}
        for round_no in range(args.rounds):
            order = VARIANTS if round_no % 2 == 0 else list(reversed(VARIANTS))
            for code in order:
                load = hammer(server.port, [f"/{code}{p}" for p in PATHS], args.seconds, args.connections)
                if load.errors:
                    raise SystemExit(load.errors[0])
                results[code].append(load.rate)

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
