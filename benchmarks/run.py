"""make bench: Simplified against Traditional pages, and each page against the floor page, cold and warm.

Starts gunicorn (production settings plus the reference pages of benchmarks.floor) on a scratch SQLite copy
of the seed content, twice: cold (PAGE_CACHE_ENABLED=0, every page rendered) and warm (the page cache on).
In each, it warms every page, then

- requests the same pages in zh-hans, zh-tw and zh-hk in alternating rounds (ABCCBA…) so drift hits all
  alike: requests per second and the workers' CPU per request of each variant, against Simplified;
- requests each page alone (zh-hans) in rotated rounds beside the floor page and the bare view: the
  workers' CPU ms per request (median of the rounds) as a multiple of the floor page's (issue 13: at
  most 1.3× uncached) and, warm, of the bare view's (at most 3× cached).
"""
import argparse
import statistics
import tempfile
from pathlib import Path

from common import ROOT, Server, cpu_per_request, hammer, manage, measure, median, production_env

PATHS = [
    "/", "/news/", "/news/da-ling-hao-wan-gong-jiang-xue-yuan-gua-pai/",
    "/news/wei-fang-lao-mo-gong-jiang-xue-yuan-pei-xun-ban/", "/academies/", "/people/", "/courses/",
    "/events/", "/training-bases/", "/news/feed/rss/",
]
# Measured against the floor only (the variant rounds keep the ten pages above, comparable over time).
MORE_PAGES = ["/news/tag/lao-mo-gong-jiang-xue-yuan/", "/academies/shang-hai-da-ling-hao-wan-gong-jiang-xue-yuan/"]
REFERENCES = {"bare Django view": "/bench/bare/", "floor page": "/zh-hans/bench/floor/"}
VARIANTS = ["zh-hans", "zh-tw", "zh-hk"]
MODES = {"cold": "0", "warm": "1"}  # PAGE_CACHE_ENABLED


def compare_variants(server, args):
    """{variant: ([req/s per round], [CPU ms per request per round])} over all PATHS, alternating rounds."""
    results = {code: ([], []) for code in VARIANTS}
    for round_no in range(args.rounds):
        for code in VARIANTS if round_no % 2 == 0 else list(reversed(VARIANTS)):
            cpu, load = cpu_per_request(server, [f"/{code}{p}" for p in PATHS], args.seconds, args.connections)
            if load.errors:
                raise SystemExit(load.errors[0])
            results[code][0].append(load.rate)
            results[code][1].append(cpu)
    return results


def print_variants(mode, results):
    base_rps = statistics.median(results["zh-hans"][0])
    base_cpu = statistics.median(results["zh-hans"][1])
    print(f"\n{mode}: variants ({len(PATHS)} page types each)\n")
    print("| variant | req/s (median) | cost vs zh-hans by req/s | CPU ms/request | cost vs zh-hans by CPU |")
    print("|---|---|---|---|---|")
    for code in VARIANTS:
        rps, cpu = statistics.median(results[code][0]), statistics.median(results[code][1])
        print(f"| {code} | {rps:.1f} | {base_rps / rps - 1:+.1%} | {cpu:.2f} | {cpu / base_cpu - 1:+.1%} |")


def print_pages(pages):
    """One table: each page cold and warm, against the floor page (and warm, the bare view) of its run."""
    cold, warm = pages["cold"], pages["warm"]
    floor_cold, floor_warm = median(cold["floor page"][2]), median(warm["floor page"][2])
    bare_warm = median(warm["bare Django view"][2])
    print("\npages (zh-hans): workers' CPU ms per request, median of the rounds\n")
    print("| page | queries cold | KB | cold CPU ms | × floor | warm CPU ms | × floor (cached) | × bare view |")
    print("|---|---|---|---|---|---|---|---|")
    for label, (queries, size, cpus, _, errors) in cold.items():
        c, w = median(cpus), median(warm[label][2])
        failed = errors + warm[label][4]
        print(f"| {label} | {queries} | {size / 1024:.0f} | {c:.2f} | {c / floor_cold:.2f} | {w:.2f} | "
              f"{w / floor_warm:.2f} | {w / bare_warm:.2f} |" + (f" {failed} errors" if failed else ""))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=4, help="variant rounds")
    parser.add_argument("--seconds", type=float, default=4.0, help="seconds per variant round")
    parser.add_argument("--page-rounds", type=int, default=3)
    parser.add_argument("--page-seconds", type=float, default=2.0, help="seconds per page per round")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="craftsman-bench-"))
    env = production_env(f"sqlite:///{scratch / 'bench.sqlite3'}", DJANGO_SETTINGS_MODULE="benchmarks.settings",
                         MEDIA_ROOT=str(scratch / "media"), PYTHONPATH=str(ROOT))
    manage(env, ["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"], ["load_site_content", "-v0"])
    labelled = {**REFERENCES, **{p: f"/zh-hans{p}" for p in PATHS + MORE_PAGES}}
    variants, pages = {}, {}
    for mode, page_cache in MODES.items():
        with Server({**env, "PAGE_CACHE_ENABLED": page_cache}, args.workers) as server:
            # Every page in every variant in every worker (the conversion cache is per worker here).
            for code in VARIANTS:
                hammer(server.port, [f"/{code}{p}" for p in PATHS + MORE_PAGES], 1.0, args.connections)
            variants[mode] = compare_variants(server, args)
            pages[mode] = measure(server, labelled, args.page_rounds, args.page_seconds, args.connections)

    print(f"gunicorn {args.workers} workers, DEBUG off, {args.connections} connections; variants: "
          f"{args.rounds} rounds x {args.seconds:g} s each; pages: {args.page_rounds} rotated rounds x "
          f"{args.page_seconds:g} s each; "
          f"cold = PAGE_CACHE_ENABLED=0, warm = 1 (the script converter's cache is warm in both)")
    for mode in MODES:
        print_variants(mode, variants[mode])
    print_pages(pages)


if __name__ == "__main__":
    main()
