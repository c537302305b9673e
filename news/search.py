"""Article search: the one entry point for the public search page and the admin.

    from news.search import search_articles
    results = search_articles("潍坊 培训班")             # published articles, either script
    results.count(), results.capped                      # at most MAX_RESULTS, and whether there are more
    results[0:10]                                         # Article objects in rank order (tags prefetched)
    search_articles("濰坊", Article.objects.all()).queryset()   # any articles, e.g. the admin's changelist

Ranking: of the newest MAX_RESULTS matches, those whose title contains the query come first, then those
that contain it in the summary or body; within each, newest first. The index (news.search_index) is a
GIN-indexed tsvector on PostgreSQL and an FTS5 table on SQLite, over tokens from
zhtext.search.index_tokens, so a query is an indexed query whatever the number of articles (on SQLite,
read newest first: _windows); at most MAX_RESULTS matches are ranked and counted ("1000+"). For a word in
thousands of articles, an older article with it in its title is not lifted above the newest thousand:
recency wins there.

A ranking that reached the cap (a common word: the costly kind, 5 ms on SQLite and 13 ms on PostgreSQL
at 100,000 articles) of the public search is kept in the shared cache until the published articles
change (news.archive.kept), and shared by every page and variant of that search; a rarer query costs
less than the cache round trip would save, and is not kept (so the cache holds common words only).
"""
from __future__ import annotations

import hashlib

from django.apps import apps
from django.db import connection
from django.db.models import BooleanField, Case, IntegerField, When
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from news.archive import kept
from news.search_index import FTS, ID_MASK, TABLE, second_of
from zhtext.search import QueryPart, first_match, match_spans, plain_text, query_parts, query_terms

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


def _fts_match(parts: list[QueryPart], title_only: bool = False) -> str:
    match = " AND ".join(_fts_part(p) for p in parts)
    return f"search_title : ({match})" if title_only else match


def _fts_ids(parts: list[QueryPart], title_only: bool = False, window: int | None = None) -> RawSQL:
    """SQLite: the ids of the articles whose FTS5 row matches every part (of those whose index key is
    `window` or more, i.e. published in that second or later: see _windows)."""
    sql = f"SELECT rowid & {ID_MASK} FROM {FTS} WHERE {FTS} MATCH %s"
    params = [_fts_match(parts, title_only)]
    if window is not None:
        sql, params = f"{sql} AND rowid >= %s", [*params, window]
    return RawSQL(sql, params)


def _windows(parts: list[QueryPart], wanted: int):
    """Where the matches to rank may start, from the newest (the lowest index key to read; None: all).

    On SQLite the index is keyed in publication order (news.search_index), so the `wanted`-th newest
    match's key is found by reading `wanted` keys, and the window from the start of its second holds
    every match published since: the newest `wanted` of the queryset's, unless some of these are not
    its (drafts, expired, other filters). Then a window four times deeper, and so on; at last all. A
    word in every article reads 1,001 keys, not 100,000 (SQLite's planner has no figures for the
    full-text index and looked every match up). PostgreSQL ranks all its matches: its planner has the
    tsvector column's statistics to walk the date index for a common word."""
    if connection.vendor != "sqlite":
        yield None
        return
    match, depth = _fts_match(parts), wanted
    while True:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s ORDER BY rowid DESC LIMIT 1 OFFSET %s",
                [match, depth - 1],
            )
            deepest = cursor.fetchone()
        if deepest is None:  # fewer matches than that in all: read them all
            yield None
            return
        yield second_of(deepest[0])
        depth *= 4


def _matching(queryset, parts: list[QueryPart], window: int | None = None):
    """The articles of `queryset` that match every part (in the window, on SQLite): an index lookup."""
    if connection.vendor == "postgresql":  # its planner has the tsvector column's statistics
        return queryset.filter(_pg_match(parts, "search_vector"))
    return queryset.filter(pk__in=_fts_ids(parts, window=window))


def _in_title(parts: list[QueryPart], window: int | None = None) -> RawSQL:
    if connection.vendor == "postgresql":
        return _pg_match(parts, "search_title_vector")
    ids = _fts_ids(parts, title_only=True, window=window)
    return RawSQL(f"{TABLE}.id IN ({ids.sql})", ids.params, output_field=BooleanField())


def _ranked_ids(queryset, parts: list[QueryPart], limit: int) -> tuple[list[int], bool]:
    """Ids of the newest `limit` matches, those with the query in their title first, and whether there
    are more. One query on PostgreSQL; on SQLite one to find the window and one to rank it, as a rule."""
    for window in _windows(parts, limit + 1):
        matches = (
            _matching(queryset, parts, window)
            .annotate(in_title=_in_title(parts, window))
            .order_by("-published_at", "-pk")
            .values_list("pk", "in_title")[: limit + 1]
        )
        rows = list(matches)
        if window is None or len(rows) > limit:
            break
    capped, rows = len(rows) > limit, rows[:limit]
    return [pk for pk, in_title in rows if in_title] + [pk for pk, in_title in rows if not in_title], capped


def _ranking_name(parts: list[QueryPart], limit: int) -> str:
    """The kept ranking's name: the query as matched (normalised, so both scripts share it), hashed to a
    short key whatever the query's length."""
    spelled = "\x1f".join(part.text + ("*" if part.prefix else "") for part in parts)
    return f"search:{limit}:{hashlib.blake2b(spelled.encode(), digest_size=16).hexdigest()}"


class ArticleResults:
    """Ranked matches; a sequence for django.core.paginator.Paginator (count() is capped). `shared`: the
    queryset is the public one (published()), so a capped ranking may be kept for every reader."""

    def __init__(self, query: str, queryset, limit: int = MAX_RESULTS, shared: bool = False):
        self.query = query
        self.terms = query_terms(query)
        self._queryset = queryset
        self.limit = limit
        self.shared = shared
        self._ids: list[int] | None = None
        self.capped = False

    @property
    def ids(self) -> list[int]:
        """The newest limit + 1 matches in one query; ranked title matches first, then newest."""
        if self._ids is None:
            parts = query_parts(self.terms)
            if not parts:
                self._ids, self.capped = [], False
            elif self.shared:
                rank = lambda: _ranked_ids(self._queryset, parts, self.limit)  # noqa: E731
                self._ids, self.capped = kept(_ranking_name(parts, self.limit), rank, lambda found: found[1])
            else:
                self._ids, self.capped = _ranked_ids(self._queryset, parts, self.limit)
        return self._ids

    def count(self) -> int:
        return len(self.ids)

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        ids = self.ids[index] if isinstance(index, slice) else [self.ids[index]]
        # Through the queryset again: a kept ranking can never show a row the queryset no longer holds.
        by_pk = self._queryset.filter(pk__in=ids).order_by().search_hits().in_bulk()
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
        return ArticleResults(query, apps.get_model("news", "Article").objects.published(), limit, shared=True)
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
    found = first_match(body, terms)
    start = max(0, found - width // 3) if found is not None else 0
    text = ("…" if start else "") + body[start:start + width] + ("…" if start + width < len(body) else "")
    return highlight(text, terms)
