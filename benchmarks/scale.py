"""make bench-scale: the site at a large size, page by page, against a floor page measured in the same run.

    make bench-scale                          # SCALE=10000 articles on SQLite, a few minutes
    SCALE=100000 make bench-scale             # the size of issue 13 (10,000 people, 2,000 courses)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432 make bench-scale   # a scratch database on that server

Generates a scratch site (the seed content, then `manage.py seed_bulk` with SCALE articles, SCALE/10
people and SCALE/50 courses, bodies made from the seed texts: benchmark data only, dropped afterwards),
serves it with gunicorn (2 workers, DEBUG off, production settings plus the reference pages of
benchmarks.floor), and requests each page in rotated rounds. Prints, per page, the queries, the
workers' CPU ms per request (median of the rounds) as a multiple of the floor page's, p50 and p99.
Uncached (PAGE_CACHE_ENABLED=0) first, then with the page cache (cached pages against the bare view).
--keep leaves the scratch database and prints it; --reuse DATABASE_URL measures it again without
generating (the same SCALE, and migrated by this run if the code has new migrations).
"""
import argparse
import json
import os
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

from common import PY, ROOT, Server, fetch, manage, measure, median, production_env, scratch_database

DISCOVER = """
import json, django
django.setup()
from django.db.models import Count
from academy.models import Academy, Course, Person
from news.models import Article
from taggit.models import Tag
from academy.models import ArticleMention
middle = Article.objects.filter(slug__startswith="bulk-").order_by("pk")
middle = middle[middle.count() // 2]
# From the middle on, the first article that names a record, as news nearly always does: its page draws
# body links (seed_bulk writes the mentions an editor's save leaves).
named_article = ArticleMention.objects.filter(article__slug__startswith="bulk-", article_id__gte=middle.pk,
                                              status="accepted").order_by("article_id").first()
middle = named_article.article if named_article else middle
tag = Tag.objects.annotate(n=Count("taggit_taggeditem_items")).order_by("-n").first()
academy = Academy.objects.annotate(n=Count("roles")).order_by("-n").first()
teacher = Person.objects.filter(slug__startswith="bulk-", courses__isnull=False).order_by("pk").first()
person = teacher or Person.objects.order_by("pk").first()
names = list(Person.objects.order_by("?").values_list("name", flat=True)[:3000])
named = Person.objects.annotate(n=Count("source_articles")).order_by("-n").first()
# The 40 two-character words most of the newest 200 articles hold: their 780 pairs are each a query in
# most articles, which news.search ranks anew the first time it is asked (then keeps, until a change).
from collections import Counter
from zhtext.search import query_terms
streams = Article.objects.order_by("-published_at").values_list("search_tokens", flat=True)[:200]
held = Counter(word for stream in streams for word in set(stream.split()) if len(word) == 2 and not word.isascii())
common = [word for word, _ in held.most_common(40)]
pairs = [f"{a} {b}" for i, a in enumerate(common) for b in common[i + 1:] if len(query_terms(f"{a} {b}")) == 2]
print(json.dumps({"article": middle.get_absolute_url(), "tag": tag.slug, "academy": academy.get_absolute_url(),
                  "person": person.get_absolute_url(), "teacher": person.slug, "name": person.name,
                  "names": names, "named": named.get_absolute_url(), "pairs": pairs,
                  "sizes": [Article.objects.count(), Person.objects.count(), Course.objects.count()]}))
"""


def pages(port, found):
    """The pages measured, by label; the deepest list page the site offers (at most 200)."""
    deep = next(n for n in (200, 100, 50, 20, 10, 5, 2, 1) if fetch(port, f"/zh-hans/news/?page={n}")[0] == 200)
    common, rare = "劳模", found["name"]
    return {
        "bare Django view": "/bench/bare/",
        "floor page": "/zh-hans/bench/floor/",
        "home": "/zh-hans/",
        "news list": "/zh-hans/news/",
        f"news list p.{deep}": f"/zh-hans/news/?page={deep}",
        "tag page": f"/zh-hans/news/tag/{found['tag']}/",
        "article (related)": f"/zh-hans{found['article']}" if not found["article"].startswith("/zh-") else found["article"],
        f"search {common} (common)": f"/zh-hans/search/?q={quote(common)}",
        f"search {rare} (rare)": f"/zh-hans/search/?q={quote(rare)}",
        # A different name each request (thousands of them): with the page cache on, search pages the
        # cache has not seen, which is what a flood of new queries costs.
        "search, a new name each time": [f"/zh-hans/search/?q={quote(name)}" for name in found["names"]],
        # Two common words, a new pair each request: the ranking of a thousand matches worked out, not kept.
        "search, new common pair each time": [f"/zh-hans/search/?q={quote(pair)}" for pair in found["pairs"]],
        "academy detail": found["academy"],
        "person detail": found["person"],
        # The person named in the most articles (seed_bulk's links): the newest 10 and a link, then all of
        # them in pages (academy.record_news).
        "person named most": found["named"],
        "its news, p.1": found["named"] + "news/",
        "people list": "/zh-hans/people/",
        "courses ?teacher=": f"/zh-hans/courses/?teacher={found['teacher']}",
        "sitemap section": "/zh-hans/sitemap-articles.xml",
        "RSS feed": "/zh-hans/news/feed/rss/",
    }


def table(title, results, reference):
    base = median(results[reference][2])
    print(f"\n{title}\n")
    print(f"| page | queries | KB | CPU ms/request | × {reference} | p50 ms | p99 ms | errors |")
    print("|---|---|---|---|---|---|---|---|")
    for label, (queries, size, cpus, latencies, errors) in results.items():
        ordered = sorted(latencies)
        p50 = ordered[len(ordered) // 2] * 1000 if ordered else 0
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000 if ordered else 0
        cpu = median(cpus)
        print(f"| {label} | {queries} | {size / 1024:.0f} | {cpu:.2f} | {cpu / base:.2f} | {p50:.1f} | {p99:.1f} | {errors} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=int(os.environ.get("SCALE", "10000")))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--modes", default="uncached,cached")
    parser.add_argument("--keep", action="store_true", help="keep the scratch database and say where it is")
    parser.add_argument("--reuse", metavar="DATABASE_URL", help="measure a database a --keep run left")
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="craftsman-scale-"))
    database_url, drop = (args.reuse, lambda: None) if args.reuse else scratch_database(
        os.environ.get("DATABASE_URL", ""), scratch, "scale")
    try:
        env = production_env(database_url, DJANGO_SETTINGS_MODULE="benchmarks.settings",
                             MEDIA_ROOT=str(scratch / "media"), PYTHONPATH=str(ROOT))
        started = time.monotonic()
        manage(env, ["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"])
        if not args.reuse:
            manage(env, ["load_site_content", "-v0"])
        seeded = time.monotonic()
        if not args.reuse:
            manage(env, ["seed_bulk", "--articles", str(args.scale), "--people", str(max(20, args.scale // 10)),
                         "--courses", str(max(10, args.scale // 50))])
        generated = time.monotonic() - seeded
        found = json.loads(subprocess.run([PY, "-c", DISCOVER], cwd=ROOT, env=env, check=True,
                                          capture_output=True, text=True).stdout)
        engine = "PostgreSQL" if database_url.startswith("postgres") else "SQLite"
        articles, people, courses = found["sizes"]
        print(f"bench-scale: {articles} articles, {people} people, {courses} courses (seed included) on "
              f"{engine}; generated in {generated:.0f} s "
              f"{'(reused) ' if args.reuse else ''}"
              f"(set-up {seeded - started:.0f} s); gunicorn {args.workers} workers, DEBUG off, "
              f"{args.connections} connections, {args.rounds} rounds x {args.seconds:g} s per page; "
              f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} CPUs")
        for mode in args.modes.split(","):
            cached = mode == "cached"
            with Server({**env, "PAGE_CACHE_ENABLED": "1" if cached else "0"}, args.workers) as server:
                labelled = pages(server.port, found)
                results = measure(server, labelled, args.rounds, args.seconds, args.connections)
            table(f"{mode} (PAGE_CACHE_ENABLED={int(cached)})", results,
                  "bare Django view" if cached else "floor page")
    finally:
        if args.keep:
            print(f"\nkept: --reuse {database_url}")
        else:
            drop()


if __name__ == "__main__":
    main()
