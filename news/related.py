"""Related articles at a cost that does not grow with the archive.

Counting shared tags over every article that has one of them joins the whole article table at 100,000
articles (issue 13.4). Instead each of the article's tags (at most RELATED_TAGS) gives a window of its
newest WINDOW articles (by id), read backwards along the (tag, article) index of the through table
alone (joining the article table there let SQLite's planner walk every published article), all windows
in one UNION ALL; the published ones among the candidates (at most RELATED_TAGS × WINDOW, by primary
key) are read in one more query with the fields the list shows, ranked here by how many windows they are
in, then by date, and only the chosen few are built.
"""
from collections import Counter

from django.db import connections

RELATED_TAGS = 5
WINDOW = 30
SHOWN_FIELDS = ("title", "slug", "published_at")


def window_sql(through) -> str:
    """One tag's window: its newest WINDOW article ids but the article's own. Written once, not compiled by
    the ORM per tag (a compile costs more than the query here); wrapped, because SQLite allows no LIMIT
    in a bare part of a compound SELECT."""
    quote = connections[through.objects.db].ops.quote_name
    article = quote(through._meta.get_field("content_object").column)
    return (
        f"SELECT * FROM (SELECT {article} FROM {quote(through._meta.db_table)} "
        f"WHERE {quote(through._meta.get_field('tag').column)} = %s AND {article} <> %s "
        f"ORDER BY {article} DESC LIMIT {int(WINDOW)}) AS tag_window"
    )


def candidate_ids(article):
    """Ids of the newest WINDOW articles of each of the article's tags (at most RELATED_TAGS), in one
    query that reads only the through table's (tag, article) index; an id comes once per shared tag."""
    from news.models import ArticleTag

    tag_ids = sorted(t.pk for t in article.tags.all())[:RELATED_TAGS]
    if not tag_ids:
        return []
    params = [value for tag_id in tag_ids for value in (tag_id, article.pk)]
    with connections[ArticleTag.objects.db].cursor() as cursor:
        cursor.execute(" UNION ALL ".join([window_sql(ArticleTag)] * len(tag_ids)), params)
        return [row[0] for row in cursor.fetchall()]


def related_articles(published, article, limit=4):
    """Up to `limit` published articles sharing the most tags with `article`, newest first among equals."""
    ids = candidate_ids(article)
    if not ids:
        return []
    shared = Counter(ids)
    # The published candidates' shown fields as rows (at most RELATED_TAGS × WINDOW), by primary key.
    rows = {row[0]: row for row in published.filter(pk__in=shared).order_by().values_list("pk", *SHOWN_FIELDS)}
    published_at = 1 + SHOWN_FIELDS.index("published_at")
    chosen = sorted(rows, key=lambda pk: (shared[pk], rows[pk][published_at], pk), reverse=True)[:limit]
    model, db = published.model, published.db
    return [model.from_db(db, ["id", *SHOWN_FIELDS], rows[pk]) for pk in chosen]
