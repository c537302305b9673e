"""Related articles at a cost that does not grow with the archive.

Counting shared tags over every article that has one of them joins the whole article table at 100,000
articles (issue 13.4). Instead each of the article's tags (at most RELATED_TAGS) gives a window of its
newest WINDOW published articles, read backwards along the (tag, article) index of the through table,
all windows in one UNION ALL; the candidates (at most RELATED_TAGS × WINDOW rows) are ranked here by how
many windows they are in, then by date, and only the chosen few are loaded, with the fields the list
shows.
"""
from collections import Counter

from django.db import connections

RELATED_TAGS = 5
WINDOW = 30
SHOWN_FIELDS = ("title", "slug", "published_at")


def candidate_rows(published, article):
    """(pk, published_at) of the newest published articles of each of the article's tags, one query."""
    tag_ids = sorted(t.pk for t in article.tags.all())[:RELATED_TAGS]
    parts, params = [], []
    for n, tag_id in enumerate(tag_ids):
        window = (
            published.filter(tagged_items__tag_id=tag_id).exclude(pk=article.pk)
            .order_by("-pk").values_list("pk", "published_at")[:WINDOW]
        )
        sql, window_params = window.query.sql_with_params()
        # Wrapped, because SQLite allows no LIMIT in a bare part of a compound SELECT.
        parts.append(f"SELECT * FROM ({sql}) AS window_{n}")
        params += window_params
    if not parts:
        return []
    with connections[published.db].cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        return cursor.fetchall()


def related_articles(published, article, limit=4):
    """Up to `limit` published articles sharing the most tags with `article`, newest first among equals."""
    rows = candidate_rows(published, article)
    if not rows:
        return []
    shared = Counter(pk for pk, _ in rows)
    dates = dict(rows)
    chosen = sorted(shared, key=lambda pk: (shared[pk], dates[pk], pk), reverse=True)[:limit]
    found = {a.pk: a for a in published.filter(pk__in=chosen).only(*SHOWN_FIELDS)}
    return [found[pk] for pk in chosen if pk in found]
