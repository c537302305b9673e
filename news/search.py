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

from news.search_index import FTS, TABLE
from zhtext.search import QueryPart, match_spans, plain_text, query_parts, query_terms

MAX_RESULTS = 1000
SNIPPET_CHARS = 120
# On SQLite, a query matching at least this many articles is answered by walking the date index (newest
# first) until MAX_RESULTS matches are found; fewer are looked up one by one and sorted.
SQLITE_WALK_FROM = 5 * MAX_RESULTS


def _pg_quote(token: str) -> str:
    return "'" + token.replace("'", "''") + "'"


def _pg_part(part: QueryPart) -> str:
    if part.prefix:
        return f"{_pg_quote(part.text)}:*"
    every = " & ".join(_pg_quote(b) for b in part.bigrams)
    return f"({_pg_quote(part.text)} | ({every}))" if len(part.text) >= 3 else every


def _fts_quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _fts_part(part: QueryPart) -> str:
    if part.prefix:
        return f"{_fts_quote(part.text)}*"
    every = " AND ".join(_fts_quote(b) for b in part.bigrams)
    return f"({_fts_quote(part.text)} OR ({every}))" if len(part.text) >= 3 else f"({every})"


def _fts_match(parts: list[QueryPart]) -> str:
    return " AND ".join(_fts_part(p) for p in parts)


def _match(parts: list[QueryPart], title_only: bool, walk: bool = False) -> RawSQL:
    """A WHERE condition on news_article: the row's index matches every part (an index lookup). `walk`
    (SQLite): the condition may not drive the query (the unary + keeps SQLite from looking each match up
    by id), so the planner walks the date index instead, newest first, and stops at the limit."""
    if connection.vendor == "postgresql":
        column = "search_title_vector" if title_only else "search_vector"
        tsquery = " & ".join(_pg_part(p) for p in parts)
        return RawSQL(f"{TABLE}.{column} @@ to_tsquery('simple', %s)", [tsquery], output_field=BooleanField())
    match = _fts_match(parts)
    if title_only:
        match = f"search_title : ({match})"
    return RawSQL(
        f"{'+' if walk else ''}{TABLE}.id IN (SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s)", [match],
        output_field=BooleanField(),
    )


def _many_matches(parts: list[QueryPart]) -> bool:
    """SQLite: whether at least SQLITE_WALK_FROM articles match (counting stops there). With statistics
    SQLite's planner cannot tell a word in every article from a rare one (the full-text index gives it no
    figures), and looks up and sorts every match: 100,000 for a common word (0.2 s), where walking the
    date index finds the newest thousand at once; for a rare word it is the other way round. PostgreSQL's
    planner has the figures (the tsvector column's statistics)."""
    if connection.vendor == "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT count(*) FROM (SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s LIMIT %s)",
            [_fts_match(parts), SQLITE_WALK_FROM],
        )
        return cursor.fetchone()[0] >= SQLITE_WALK_FROM


def _ranked_ids(queryset, parts: list[QueryPart], limit: int) -> tuple[list[int], bool]:
    """Ids of the newest `limit` matches, those with the query in their title first (one query; on SQLite
    a count of the matches first), and
    whether there are more."""
    matches = (
        queryset.filter(_match(parts, title_only=False, walk=_many_matches(parts)))
        .annotate(in_title=_match(parts, title_only=True))
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
