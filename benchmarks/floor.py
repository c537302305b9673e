"""Reference pages for the benchmarks' ratios.

- bare: the cheapest Django answer (no template, no query): what a cached page cannot go below.
- floor: a plain Django page of the size and query count issue 13 defines ("28 KB Chinese article, 6
  queries"): the longest seed article's text, repeated to at least 28 KB (a 34 KB page, the size of
  the longer seed article's page), in a small template, six queries, through
  the same middleware (script conversion included). A page of the site costing 1.0× the floor spends
  nothing on top of Django. (Until 2026-12-05 it held the article once, a 7 KB page; in one process the
  34 KB floor costs about 10 % more.)
"""
from contextlib import contextmanager

from django.db import connection
from django.http import HttpResponse
from django.template import engines

from academy.models import Academy, Course, Person
from news.models import Article

FLOOR = engines["django"].from_string(
    "<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>{{ article.title }}</title></head>"
    "<body><nav>{% for a in academies %}<a href=\"/{{ a.slug }}/\">{{ a.name }}</a> {% endfor %}</nav>"
    "<main><h1>{{ article.title }}</h1><p>{{ article.summary }}</p>{{ body|safe }}</main>"
    "<aside><ul>{% for a in latest %}<li><a href=\"/{{ a.slug }}/\">{{ a.title }}</a></li>{% endfor %}</ul>"
    "<ul>{% for p in people %}<li>{{ p.name }}</li>{% endfor %}</ul>"
    "<ul>{% for c in courses %}<li>{{ c.name }}</li>{% endfor %}</ul></aside></body></html>"
)
FLOOR_BYTES = 28 * 1024
_longest = []


def bare(request):
    return HttpResponse(b"ok", content_type="text/plain")


def floor(request):
    if not _longest:  # which article is longest is worked out once per worker, not measured
        pk, body = max(Article.objects.exclude(slug__startswith="bulk-").values_list("pk", "body"),
                       key=lambda row: len(row[1]))
        _longest.extend([pk, -(-FLOOR_BYTES // len(body.encode()))])  # repetitions to reach 28 KB
    article = Article.objects.only("title", "summary", "body").get(pk=_longest[0])
    context = {
        "article": article,
        "body": article.body * _longest[1],
        "academies": list(Academy.objects.only("name", "slug").order_by("pk")[:8]),
        "latest": list(Article.objects.only("title", "slug").order_by("-pk")[:10]),
        "people": list(Person.objects.only("name").order_by("pk")[:10]),
        "courses": list(Course.objects.only("name").order_by("pk")[:10]),
    }
    context["tagged"] = Article.objects.filter(pk=_longest[0], tags__isnull=False).exists()
    return HttpResponse(FLOOR.render(context, request))


@contextmanager
def counting_queries():
    """Counts the queries run in the block: `with counting_queries() as count: …; count[0]`."""
    count = [0]

    def counter(execute, sql, params, many, context):
        count[0] += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(counter):
        yield count


class QueryCountMiddleware:
    """Says how many queries a request made, in X-Bench-Queries."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with counting_queries() as count:
            response = self.get_response(request)
        response["X-Bench-Queries"] = str(count[0])
        return response
