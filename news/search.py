"""Article search: the one entry point for the public search page and the admin.

    from news.search import search_articles
    results = search_articles("潍坊 培训班")             # published articles, either script
    results.count(), results.capped                      # at most MAX_RESULTS, and whether there are more
    results[0:10]                                         # Article objects in rank order (tags prefetched)
    search_articles("濰坊", Article.objects.all()).queryset()   # any articles, e.g. the admin's changelist

Ranking: of the newest MAX_RESULTS matches, those whose title contains the query come first, then those
that contain it in the summary or body; within each, newest first. The index (news.search_index) is a
GIN-indexed tsvector on PostgreSQL and an FTS5 table on SQLite, over tokens from
zhtext.search.index_tokens, so a query is one indexed query whatever the number of articles; at most
MAX_RESULTS matches are ranked and counted ("1000+"). For a word in thousands of articles, an older
article with it in its title is not lifted above the newest thousand: recency wins there.
"""
from __future__ import annotations

from django.apps import apps
from django.db import connection
from django.db.models import BooleanField, Case, IntegerField, When
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from base.planner import picked, walk_from
from news.archive import published_total
from news.search_index import FTS, TABLE
from zhtext.search import QueryPart, match_spans, plain_text, query_parts, query_terms

MAX_RESULTS = 1000
SNIPPET_CHARS = 120


def _pg_quote(token: str) -> str:
    return "'" + token.replace("'", "''") + "'"


def _pg_part(part: QueryPart) -> str:
    if part.prefix:
        return f"{_pg_quote(part.text)}:*"
    every = " & ".join(_pg_quote(b) for b in part.bigrams)
    return f"({_pg_quote(part.text)} | ({every}))" if len(part.text) >= 3 else every


def _pg_match(parts: list[QueryPart], column: str) -> RawSQL:
    """PostgreSQL: the row's tsvector matches every part (a GIN index lookup)."""
    tsquery = " & ".join(_pg_part(p) for p in parts)
    return RawSQL(f"{TABLE}.{column} @@ to_tsquery('simple', %s)", [tsquery], output_field=BooleanField())


def _fts_quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _fts_part(part: QueryPart) -> str:
    if part.prefix:
        return f"{_fts_quote(part.text)}*"
    every = " AND ".join(_fts_quote(b) for b in part.bigrams)
    return f"({_fts_quote(part.text)} OR ({every}))" if len(part.text) >= 3 else f"({every})"


def _fts_ids(parts: list[QueryPart], title_only: bool = False) -> RawSQL:
    """SQLite: the ids of the articles whose FTS5 row matches every part."""
    match = " AND ".join(_fts_part(p) for p in parts)
    if title_only:
        match = f"search_title : ({match})"
    return RawSQL(f"SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s", [match])


def _fts_picks_at_least(ids: RawSQL, enough: int) -> bool:
    """SQLite: whether at least `enough` articles match (counting stops there). The full-text index gives
    SQLite's planner no figures, so it cannot tell a word in every article from a rare one, and looks up
    and sorts every match: 100,000 for a common word (0.2 s), where walking the date index finds the
    newest thousand at once; for a rare word it is the other way round (base.planner.walk_from)."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM ({ids.sql} LIMIT %s)", [*ids.params, enough])
        return cursor.fetchone()[0] >= enough


def _matching(queryset, parts: list[QueryPart], wanted: int):
    """The articles of `queryset` that match every part: an index lookup on either database. On SQLite, a
    query with thousands of matches walks the date index instead (one capped count decides)."""
    if connection.vendor == "postgresql":  # its planner has the tsvector column's statistics
        return queryset.filter(_pg_match(parts, "search_vector"))
    ids = _fts_ids(parts)
    return picked(queryset, ids, walk=_fts_picks_at_least(ids, walk_from(wanted, published_total())))


def _in_title(parts: list[QueryPart]) -> RawSQL:
    if connection.vendor == "postgresql":
        return _pg_match(parts, "search_title_vector")
    ids = _fts_ids(parts, title_only=True)
    return RawSQL(f"{TABLE}.id IN ({ids.sql})", ids.params, output_field=BooleanField())


def _ranked_ids(queryset, parts: list[QueryPart], limit: int) -> tuple[list[int], bool]:
    """Ids of the newest `limit` matches, those with the query in their title first (one query; on SQLite
    a capped count of the matches first), and whether there are more."""
    matches = (
        _matching(queryset, parts, wanted=limit + 1)
        .annotate(in_title=_in_title(parts))
        .order_by("-published_at", "-pk")
        .values_list("pk", "in_title")[: limit + 1]
    )
    rows = list(matches)
    capped, rows = len(rows) > limit, rows[:limit]
    return [pk for pk, in_title in rows if in_title] + [pk for pk, in_title in rows if not in_title], capped


class ArticleResults:
    """Ranked matches; a sequence for django.core.paginator.Paginator (count() is capped)."""

    def __init__(self, query: str, queryset, limit: int = MAX_RESULTS):
        self.query = query
        self.terms = query_terms(query)
        self._queryset = queryset
        self.limit = limit
        self._ids: list[int] | None = None
        self.capped = False

    @property
    def ids(self) -> list[int]:
        """The newest limit + 1 matches in one query; ranked title matches first, then newest."""
        if self._ids is None:
            parts = query_parts(self.terms)
            self._ids, self.capped = _ranked_ids(self._queryset, parts, self.limit) if parts else ([], False)
        return self._ids

    def count(self) -> int:
        return len(self.ids)

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        ids = self.ids[index] if isinstance(index, slice) else [self.ids[index]]
        Article = apps.get_model("news", "Article")
        by_pk = Article.objects.filter(pk__in=ids).defer("search_title", "search_tokens").in_bulk()
        found = [by_pk[pk] for pk in ids if pk in by_pk]
        for article in found:
            article.search_title_html = highlight(article.title, self.terms)
            article.search_snippet = snippet(article, self.terms)
        return found if isinstance(index, slice) else found[0]

    def queryset(self):
        """The matches as a QuerySet of the given queryset's model, in rank order (for the admin)."""
        ids = self.ids
        order = Case(*[When(pk=pk, then=i) for i, pk in enumerate(ids)], output_field=IntegerField())
        return self._queryset.filter(pk__in=ids).order_by(order) if ids else self._queryset.none()


def search_articles(query: str, queryset=None, limit: int = MAX_RESULTS) -> ArticleResults:
    """Articles matching every word of the query, in either script. By default only published ones."""
    if queryset is None:
        queryset = apps.get_model("news", "Article").objects.published()
    return ArticleResults(query, queryset, limit)


# --- Highlighting ----------------------------------------------------------------------------------


def highlight(text: str, terms: list[str]) -> SafeString:
    """Escaped text with each occurrence of a term, in either script, in <mark>."""
    out, last = [], 0
    for start, end in match_spans(text, terms):
        out += [escape(text[last:start]), "<mark>", escape(text[start:end]), "</mark>"]
        last = end
    out.append(escape(text[last:]))
    return mark_safe("".join(out))


def snippet(article, terms: list[str], width: int = SNIPPET_CHARS) -> SafeString:
    """The summary if the query is in it, else the stretch of the body around the first match."""
    summary = plain_text(article.summary)
    if match_spans(summary, terms) or not article.body:
        return highlight(summary[:width] + ("…" if len(summary) > width else ""), terms)
    body = plain_text(article.body)
    spans = match_spans(body, terms)
    start = max(0, spans[0][0] - width // 3) if spans else 0
    text = ("…" if start else "") + body[start:start + width] + ("…" if start + width < len(body) else "")
    return highlight(text, terms)
