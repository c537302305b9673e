"""Related articles at a cost that does not grow with the archive.

Counting shared tags over every article that has one of them joins the whole article table at 100,000
articles (issue 13.4). Instead each of the article's tags (at most RELATED_TAGS) gives a window of its
newest WINDOW articles (by id), read backwards along the (tag, article) index of the through table
alone (joining the article table there let SQLite's planner walk every published article), all windows
in one UNION ALL; the published ones among the candidates (at most RELATED_TAGS × WINDOW, by primary
key) are ranked here by how many windows they are in, then by date, and only the chosen few are loaded,
with the fields the list shows.
"""
from collections import Counter

from django.db import connections

RELATED_TAGS = 5
WINDOW = 30
SHOWN_FIELDS = ("title", "slug", "published_at")


def candidate_ids(article):
    """Ids of the newest WINDOW articles of each of the article's tags (at most RELATED_TAGS), in one
    query that reads only the through table's (tag, article) index; an id comes once per shared tag."""
    from news.models import ArticleTag

    tag_ids = sorted(t.pk for t in article.tags.all())[:RELATED_TAGS]
    parts, params = [], []
    for n, tag_id in enumerate(tag_ids):
        window = (
            ArticleTag.objects.filter(tag_id=tag_id).exclude(content_object_id=article.pk)
            .order_by("-content_object_id").values_list("content_object_id", flat=True)[:WINDOW]
        )
        sql, window_params = window.query.sql_with_params()
        # Wrapped, because SQLite allows no LIMIT in a bare part of a compound SELECT.
        parts.append(f"SELECT * FROM ({sql}) AS window_{n}")
        params += window_params
    if not parts:
        return []
    with connections[ArticleTag.objects.db].cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        return [row[0] for row in cursor.fetchall()]


def related_articles(published, article, limit=4):
    """Up to `limit` published articles sharing the most tags with `article`, newest first among equals."""
    ids = candidate_ids(article)
    if not ids:
        return []
    shared = Counter(ids)
    # Published ones only, by primary key (at most RELATED_TAGS × WINDOW), without building them.
    dates = dict(published.filter(pk__in=shared).order_by().values_list("pk", "published_at"))
    chosen = sorted(dates, key=lambda pk: (shared[pk], dates[pk], pk), reverse=True)[:limit]
    found = {a.pk: a for a in published.filter(pk__in=chosen).only(*SHOWN_FIELDS)} if chosen else {}
    return [found[pk] for pk in chosen if pk in found]
