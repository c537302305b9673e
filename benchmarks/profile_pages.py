"""Where an uncached page's time goes: each page rendered in this process through the whole middleware
stack (Django's test client, production settings, page cache off), timed, counted and optionally profiled.

    .venv/bin/python benchmarks/profile_pages.py                       # a scratch seed site, every page
    .venv/bin/python benchmarks/profile_pages.py --database sqlite:////tmp/seed.sqlite3 --profile article
    .venv/bin/python benchmarks/profile_pages.py --dump /tmp/before     # each page in each variant, as HTML
    .venv/bin/python benchmarks/profile_pages.py --variants --database sqlite:////tmp/big.sqlite3   # 简 / 臺 / 港

Prints CPU ms per request (process time, fastest of --rounds rounds of --requests requests: the round least
disturbed by other jobs on a shared machine) and queries,
beside the floor page (benchmarks.floor). The script converter's cache stays warm, as in production.
--dump writes every page in zh-hans, zh-tw and zh-hk to DIR, so that a change to rendering can be checked
with `diff -r` (modulo whitespace) against a dump made before it.
"""
import argparse
import cProfile
import os
import pstats
import secrets
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGES = {
    "floor": "/zh-hans/bench/floor/",
    "home": "/zh-hans/",
    "article": "/zh-hans/news/da-ling-hao-wan-gong-jiang-xue-yuan-gua-pai/",
    "article 2": "/zh-hans/news/wei-fang-lao-mo-gong-jiang-xue-yuan-pei-xun-ban/",
    "news list": "/zh-hans/news/",
    "tag": None,  # the tag with the most articles, found at start
    "notices": "/zh-hans/notices/",
    "archive month": None,
    "academies": "/zh-hans/academies/",
    "academy detail": "/zh-hans/academies/shang-hai-da-ling-hao-wan-gong-jiang-xue-yuan/",
    "academy detail 2": "/zh-hans/academies/wei-fang-shi-lao-mo-gong-jiang-xue-yuan/",
    "people": "/zh-hans/people/",
    "person detail": None,  # the person with the most academy roles, found at start
    "courses": "/zh-hans/courses/",
    "events": "/zh-hans/events/",
    "training bases": "/zh-hans/training-bases/",
    "organisations": "/zh-hans/organisations/",
    "rss feed": "/zh-hans/news/feed/rss/",
    "atom feed": "/zh-hans/news/feed/atom/",
    "search 劳模": "/zh-hans/search/?q=%E5%8A%B3%E6%A8%A1",
    "search name": "/zh-hans/search/?q=%E4%B8%A5%E5%BC%BA",
    "search 工匠学院": "/zh-hans/search/?q=%E5%B7%A5%E5%8C%A0%E5%AD%A6%E9%99%A2",
}
VARIANTS = ("zh-hans", "zh-tw", "zh-hk")


def setup(database_url):
    os.environ.update({
        "DEBUG": "0", "SECRET_KEY": secrets.token_urlsafe(64), "ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": database_url, "SECURE_SSL_REDIRECT": "0", "PAGE_CACHE_ENABLED": "0",
        "LOG_LEVEL": "ERROR", "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
    })
    import django

    django.setup()


def found_pages():
    from django.db.models import Count
    from taggit.models import Tag

    from academy.models import Person
    from news.models import Article

    pages = dict(PAGES)
    tag = Tag.objects.annotate(n=Count("taggit_taggeditem_items")).order_by("-n").first()
    pages["tag"] = f"/zh-hans/news/tag/{tag.slug}/"
    newest = Article.objects.published().news().first().published_at
    pages["archive month"] = f"/zh-hans/news/archive/{newest.year}/{newest.month}/"
    person = Person.objects.published().annotate(n=Count("academy_roles")).order_by("-n", "pk").first()
    pages["person detail"] = f"/zh-hans/people/{person.slug}/"
    return pages


def get(client, path):
    from benchmarks.floor import counting_queries

    with counting_queries() as count:
        response = client.get(path, headers={"X-Forwarded-Proto": "https"})
    if response.status_code != 200:
        raise SystemExit(f"{path} answered {response.status_code}")
    return response, count[0]


def measure(client, path, rounds, requests):
    """(CPU ms per request of the fastest round, queries of the last request)."""
    per_round = []
    for _ in range(rounds):
        started = time.process_time()
        for _ in range(requests):
            _, queries = get(client, path)
        per_round.append((time.process_time() - started) * 1000 / requests)
    return min(per_round), queries


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database", help="DATABASE_URL of a migrated, seeded site (else a scratch copy)")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--requests", type=int, default=10)
    parser.add_argument("--profile", help="a page label (see PAGES) to profile with cProfile")
    parser.add_argument("--sort", default="tottime")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--pages", help="comma-separated page labels to time (default: all)")
    parser.add_argument("--callers", help="with --profile: also who calls functions matching this (e.g. reverse)")
    parser.add_argument("--dump", metavar="DIR", help="write every page in every variant to DIR, then stop")
    parser.add_argument("--variants", action="store_true",
                        help="time each page in zh-hans, zh-tw and zh-hk, with the Traditional pages' cost against 简体's")
    args = parser.parse_args()

    database = args.database
    if not database:
        database = f"sqlite:///{Path(tempfile.mkdtemp(prefix='craftsman-profile-')) / 'seed.sqlite3'}"
        setup(database)
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        call_command("load_site_content", verbosity=0)
    else:
        setup(database)
    from django.test import Client

    client = Client()
    pages = found_pages()
    for path in pages.values():  # a first request per page: conversion cache, templates, variant names
        get(client, path)

    if args.dump:
        out = Path(args.dump)
        for label, path in pages.items():
            for code in VARIANTS:
                target = out / code / f"{label.replace(' ', '_')}.html"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(get(client, path.replace("/zh-hans/", f"/{code}/", 1))[0].content)
        print(f"wrote {len(pages) * len(VARIANTS)} pages to {out}")
        return

    if args.profile:
        path = pages[args.profile]
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(args.requests):
            get(client, path)
        profiler.disable()
        stats = pstats.Stats(profiler).strip_dirs().sort_stats(args.sort)
        stats.print_stats(args.top)
        if args.callers:
            stats.print_callers(args.callers)
        return

    timed = args.pages.split(",") if args.pages else list(pages)
    if args.variants:
        print(f"{'page':16s} " + " ".join(f"{code:>8s}" for code in VARIANTS) + "  zh-tw/简  zh-hk/简")
        for label in timed:
            paths = [pages[label].replace("/zh-hans/", f"/{code}/", 1) for code in VARIANTS]
            # Rounds interleave the variants, so that a slow spell of a shared machine falls on all three.
            rounds = [[measure(client, path, 1, args.requests)[0] for path in paths] for _ in range(args.rounds)]
            row = [min(column) for column in zip(*rounds, strict=True)]
            print(f"{label:16s} " + " ".join(f"{ms:8.2f}" for ms in row) + f"  {row[1] / row[0]:8.3f} {row[2] / row[0]:8.3f}")
        return

    floor_ms, _ = measure(client, pages["floor"], args.rounds, args.requests)
    print(f"{'page':14s} {'queries':>7s} {'CPU ms':>8s} {'x floor':>8s}")
    for label, path in ((label, pages[label]) for label in timed):
        ms, queries = measure(client, path, args.rounds, args.requests)
        print(f"{label:14s} {queries:7d} {ms:8.2f} {ms / floor_ms:8.2f}")


if __name__ == "__main__":
    main()
