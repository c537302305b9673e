"""Ask only for the relations an article has rows in.

An article page prefetches about ten relations (tags, the kinds of record it is about, attachments,
gallery, videos) and reads its accepted mentions; each query costs 0.5–1 ms of queryset building,
compilation and model building even when it finds nothing, and most articles have no media and only some
kinds of record. So the article's own query also answers, for each relation, whether its table has a row
for the article (an ``EXISTS`` each, written once as SQL: no compilation per page). Only those relations
are prefetched; the others are marked prefetched and empty, so ``article.gallery_items.all()`` costs no
query, and a first-mention link provider (news.body_links) is not asked when its rows are absent.

It is read from the link tables themselves, not from a stored flag, so no write path (the admin's inlines,
services, imports, ``loaddata``, cascading deletions, raw SQL) can leave it stale. Presence only decides
whether to ask, never what is shown: a relation whose rows all point at records readers may not see
(drafts) is still prefetched through its own filtered queryset, which finds nothing.
"""
from functools import lru_cache

from django.db import connections
from django.db.models import IntegerField, Prefetch, prefetch_related_objects
from django.db.models.expressions import RawSQL

from base.prepared import Prepared
from news.models import Article

ANNOTATION = "_present_bits"


def relation_of(lookup) -> str:
    return lookup.prefetch_through if isinstance(lookup, Prefetch) else lookup


def link_table(relation):
    """(model, column holding the article's id) of the rows that link `relation` to an article."""
    field = Article._meta.get_field(relation)
    if field.one_to_many:  # a reverse foreign key: attachment_links, mentions …
        return field.related_model, field.field.column
    # A many-to-many, either side (tags, or a record's source_articles seen from the article): its through table.
    through = field.through if field.auto_created else field.remote_field.through
    to_article = next(f for f in through._meta.fields if f.is_relation and f.related_model is Article)
    return through, to_article.column


@lru_cache(maxsize=16)
def _presence_sql(checks, using):
    """(SQL, params): a bit per check, set when its table has a row for the outer article row."""
    quote = connections[using].ops.quote_name
    article = f"{quote(Article._meta.db_table)}.{quote(Article._meta.pk.column)}"
    terms, params = [], []
    for bit, (relation, where) in enumerate(checks):
        model, column = link_table(relation)
        table = quote(model._meta.db_table)
        conditions = [f"{table}.{quote(column)} = {article}"]
        for name, value in where:
            conditions.append(f"{table}.{quote(model._meta.get_field(name).column)} = %s")
            params.append(value)
        terms.append(f"CASE WHEN EXISTS (SELECT 1 FROM {table} WHERE {' AND '.join(conditions)}) THEN {1 << bit} ELSE 0 END")
    return " + ".join(terms), tuple(params)


class Presence:
    """Which of an article's relations have rows: ``lookups`` (prefetch_related arguments) and ``checks``
    (``(relation, ((field, value), …))``: rows of a relation that match, e.g. accepted mentions)."""

    def __init__(self, lookups, checks=()):
        self.lookups = tuple(lookups)
        self.checks = tuple((relation_of(lookup), ()) for lookup in self.lookups) + tuple(checks)

    def annotate(self, queryset):
        sql, params = _presence_sql(self.checks, queryset.db)
        return queryset.annotate(**{ANNOTATION: RawSQL(sql, params, output_field=IntegerField())})

    def prefetch(self, article) -> None:
        """Note on `article` (loaded through annotate()) which checks found rows, prefetch the lookups that
        did, and mark the others prefetched and empty."""
        bits = getattr(article, ANNOTATION)
        found = {check: bool(bits & (1 << bit)) for bit, check in enumerate(self.checks)}
        article.__dict__["_presence"] = found
        cache = article.__dict__.setdefault("_prefetched_objects_cache", {})
        wanted = []
        for lookup, check in zip(self.lookups, self.checks[:len(self.lookups)], strict=True):
            # Every relation an article page reads keeps its prefetched rows under its own name.
            relation = check[0]
            field = Article._meta.get_field(relation)
            if not found[check]:
                cache[relation] = _empty(field.related_model)
            elif isinstance(lookup, Prefetch) and lookup.queryset is not None and lookup.to_attr is None \
                    and field.many_to_many and field.auto_created:
                # A record's source_articles seen from one article: a plain filtered query is the prefetch
                # without its matching of rows to many instances (0.15 ms a relation).
                cache[relation] = _holding(field.related_model, _prepared_rows(lookup, field)(pk=article.pk))
            else:
                wanted.append(lookup)
        if wanted:
            prefetch_related_objects([article], *wanted)


def has_rows(article, relation, where=()) -> bool | None:
    """Whether Presence found rows of this check for `article`; None when it was not asked."""
    return article.__dict__.get("_presence", {}).get((relation, tuple(where)))


def _prepared_rows(lookup, field):
    """The lookup's rows for one article as a query compiled once per worker (base.prepared), kept on the
    Prefetch, which is built once too (news.subjects.prefetches)."""
    prepared = lookup.__dict__.get("_prepared_rows")
    if prepared is None:
        name, rows = field.field.name, lookup.queryset
        prepared = lookup._prepared_rows = Prepared(lambda pk: rows.filter(**{name: pk}), pk=int)
    return prepared


def _holding(model, rows):
    """A queryset that answers `rows` without a query (and nothing at all if it is filtered again)."""
    queryset = model._default_manager.none()
    queryset._result_cache = rows
    queryset._prefetch_done = True
    return queryset


def _empty(model):
    return _holding(model, [])
