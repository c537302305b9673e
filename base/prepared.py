"""Queries built and compiled once per worker, then run with new values.

Django spends 0.3–0.5 ms building a queryset and compiling it to SQL (a clone of the Query at each
filter(), lookups resolved, SQL written) whatever the query finds: on a page of a dozen small queries
that is more than the database's own work. A page's queries keep their shape from one request to the
next; only a few values change (an article's id or slug, the time). ``Prepared(build, name=kind, …)``
calls ``build`` with marker values, compiles the queryset it returns and notes where each marker landed
among the SQL's parameters. From then on a call runs that SQL with the real values in those places,
through the queryset's own iterable (model instances with their select_related rows and annotations,
values(), values_list(), a record queryset's draft-link cutting) and its prefetch_related lookups.

    HEADLINE = Prepared(lambda slug, now: Article.objects.published(now).filter(slug=slug), slug=str, now=datetime)
    rows = HEADLINE(slug="…", now=timezone.now())      # a list, as list(queryset) would be

Safety before speed. The build runs twice, with two different sets of markers: the SQL must be the same
and each marker must sit in the same places, and every marker must appear, as itself or as the database
adapts a date. A shape that depends on the values (``pk__in`` of a list, a branch on a value, a value
rewritten as ``%…%``) fails that and the query is built as an ordinary queryset on every call, exactly as
before; so does a build that compiles to nothing (``pk__in=[]``). Plans are kept per database alias, for
the worker's life: a build must decide nothing from the database or the cache (a plan chosen by a count,
base.planner), or that first decision would stand for ever.

A detail page's one row also gets its ``Prefetch(…, to_attr=…)`` lists of one level (a reverse foreign key
or a many-to-many: a record's bases, roles, programmes) as prepared queries. A list's rows get theirs by
``prefetch(rows, *lookups)`` for a reverse foreign key or a many-to-many (a person card's honours, positions
and roles, a course card's teachers and fields): the ids
are padded to a bucket size (8, 16, 32, 64, 128) so that the query's shape repeats. Other lookups go to
Django's prefetch_related_objects as usual. Prefetch objects are kept with the prepared queries, so they
must be built once (module level or cached), not per request.
"""
from __future__ import annotations

import copy
import datetime
import logging
import threading
from collections import defaultdict

from django.core.exceptions import EmptyResultSet, FieldDoesNotExist
from django.db import connections
from django.db.models import (
    F,
    ManyToManyField,
    ManyToManyRel,
    ManyToOneRel,
    Prefetch,
    prefetch_related_objects,
)

logger = logging.getLogger(__name__)

_UTC = datetime.UTC


def _marker(kind, n: int):
    """A value of `kind` no real query holds; `n` differs for each marker of both rounds."""
    if kind is int:
        return 7_390_000_000 + n
    if kind is str:
        return f"\ue000prepared marker {n}\ue001"
    if kind is datetime.datetime:
        return datetime.datetime(1903, 3, 3, 3, 0, 0, 271_828, tzinfo=_UTC) + datetime.timedelta(minutes=n)
    if kind is datetime.date:
        return datetime.date(1903, 3, 3) + datetime.timedelta(days=n)
    raise TypeError(f"Prepared cannot bind a {kind!r}: int, str, datetime, date, or (one of them, length)")


def _markers(kinds, round_: int) -> dict:
    """A marker for each value (a tuple of them for a (kind, length) value), all different."""
    numbers = iter(range(1 + 1000 * round_, 1000 * (round_ + 1)))
    markers = {}
    for name, kind in kinds.items():
        if isinstance(kind, tuple):
            kind, length = kind
            markers[name] = tuple(_marker(kind, next(numbers)) for _ in range(length))
        else:
            markers[name] = _marker(kind, next(numbers))
    return markers


def _adapt(ops, how, value):
    """A value as the backend writes it into the SQL's parameters (SQLite: dates and times as text)."""
    if how == "datetime":
        return ops.adapt_datetimefield_value(value)
    if how == "date":
        return ops.adapt_datefield_value(value)
    return value


class _Plan:
    __slots__ = ("queryset", "compiler", "sql", "params", "slots", "singles", "others")

    def __init__(self, queryset, compiler, sql, params, slots):
        self.queryset, self.compiler, self.sql, self.params, self.slots = queryset, compiler, sql, params, slots
        lookups = queryset._prefetch_related_lookups
        # The lookups that can be prepared for one row (a detail page's), and the rest.
        self.singles = [(lookup, _SinglePrefetch.of(queryset.model, lookup, lookups)) for lookup in lookups]
        self.others = tuple(lookup for lookup, single in self.singles if single is None)


_REFUSED = object()
_KEYED: dict = {}


def keyed(key, build, **kinds) -> Prepared:
    """The Prepared kept under `key`, made from `build` by the first caller: for a query whose shape
    depends on something chosen outside it (a kind of page, a plan, a set of checks), one per choice."""
    query = _KEYED.get(key)
    if query is None:
        query = _KEYED[key] = Prepared(build, **kinds)
    return query


class Prepared:
    def __init__(self, build, **kinds):
        self.build, self.kinds = build, kinds
        self._plans: dict[str, object] = {}
        self._lock = threading.Lock()

    def __call__(self, **values) -> list:
        if values.keys() != self.kinds.keys():
            raise TypeError(f"Prepared query takes {sorted(self.kinds)}, got {sorted(values)}")
        for name, kind in self.kinds.items():
            if isinstance(kind, tuple) and len(values[name]) != kind[1]:
                raise TypeError(f"Prepared query takes {kind[1]} values as {name}, got {len(values[name])}")
        plan = self._plan()
        if plan is _REFUSED:
            return list(self.build(**values))
        return self._run(plan, values)

    # --- Preparing -------------------------------------------------------------------------------------

    def _plan(self):
        from django.db import router

        # Which database the build's model reads from; one plan per alias (SQL differs by vendor).
        alias = router.db_for_read(self._model())
        plan = self._plans.get(alias)
        if plan is None:
            with self._lock:
                plan = self._plans.get(alias) or self._prepare(alias)
                self._plans[alias] = plan
        return plan

    @property
    def model(self):
        """The model of the rows the query reads."""
        return self._model()

    def _model(self):
        model = getattr(self, "_model_cls", None)
        if model is None:
            model = self._model_cls = self.build(**self._markers(0)).model
        return model

    def _markers(self, round_):
        return _markers(self.kinds, round_)

    def _prepare(self, alias):
        compiled = []
        for round_ in (1, 2):
            markers = self._markers(round_)
            queryset = self.build(**markers).using(alias)
            compiler = queryset.query.get_compiler(using=alias)
            try:
                sql, params = compiler.as_sql()
            except EmptyResultSet:
                return _REFUSED
            if not sql:
                return _REFUSED
            slots = _slots(params, markers, connections[alias].ops)
            if slots is None:
                return self._refuse("a marker did not reach the SQL as a parameter")
            compiled.append((queryset, compiler, sql, tuple(params), slots))
        (queryset, compiler, sql, params, slots), (_, _, sql_2, params_2, slots_2) = compiled
        if sql != sql_2 or slots != slots_2:
            return self._refuse("its SQL depends on the values")
        fixed = [p for i, p in enumerate(params) if i not in slots]
        if fixed != [p for i, p in enumerate(params_2) if i not in slots_2]:
            return self._refuse("its other parameters depend on the values")
        return _Plan(queryset, compiler, sql, params, slots)

    def _refuse(self, why):
        logger.warning("Query not prepared (%s): %r; it is built every time", why, self.build)
        return _REFUSED

    # --- Running ---------------------------------------------------------------------------------------

    def _run(self, plan, values):
        connection = connections[plan.queryset.db]  # this thread's: a connection serves one thread
        params = list(plan.params)
        for position, (name, index, how) in plan.slots.items():
            value = values[name] if index is None else values[name][index]
            params[position] = _adapt(connection.ops, how, value)
        compiler = copy.copy(plan.compiler)
        compiler.connection = connection
        compiler.as_sql = lambda *args, **kwargs: (plan.sql, params)
        query = copy.copy(plan.queryset.query)
        query.get_compiler = lambda using=None, connection=None, elide_empty=True: compiler
        template = plan.queryset
        queryset = type(template)(model=template.model, query=query, using=template._db, hints=template._hints)
        queryset._iterable_class = template._iterable_class
        queryset._fields = template._fields
        queryset._known_related_objects = template._known_related_objects
        rows = list(queryset)  # its prefetch lookups are done here, below
        if not rows or not template._prefetch_related_lookups:
            return rows
        if len(rows) == 1 and isinstance(rows[0].pk, int):
            for _, single in plan.singles:
                if single is not None:
                    single.into(rows[0])
            others = plan.others
        else:
            others = template._prefetch_related_lookups
        if others:
            prefetch(rows, *others)
        return rows


class _SinglePrefetch:
    """A Prefetch(to_attr=…) of one level (a reverse foreign key or a many-to-many) for one row, as a
    Prepared query: Django builds it as ``queryset.filter(relation__in=[row])`` on every request."""

    def __init__(self, field, lookup, name):
        self.field, self.to_attr, self.name = field, lookup.to_attr, name
        rows = lookup.queryset
        sticky = not isinstance(field, ManyToOneRel)  # as Django's many-to-many prefetch: one join, reused
        self.query = Prepared(
            lambda pk: (rows._next_is_sticky() if sticky else rows).filter(**{name: pk}), pk=int,
        )

    @classmethod
    def of(cls, model, lookup, lookups):
        if not (isinstance(lookup, Prefetch) and lookup.queryset is not None and lookup.to_attr):
            return None
        if "__" in lookup.prefetch_through:
            return None
        # A later lookup through this one needs Django's prefetcher to have done it.
        if any(getattr(other, "prefetch_through", other).startswith(f"{lookup.prefetch_to}__") for other in lookups):
            return None
        try:
            field = model._meta.get_field(lookup.prefetch_through)
        except FieldDoesNotExist:
            return None
        if isinstance(field, ManyToOneRel) and not field.one_to_one and field.field.target_field.primary_key:
            return cls(field, lookup, field.field.name)  # a reverse foreign key
        if isinstance(field, ManyToManyRel):
            return cls(field, lookup, field.field.name)  # a many-to-many, from its other side
        if isinstance(field, ManyToManyField):
            return cls(field, lookup, field.related_query_name())
        return None

    def into(self, instance) -> None:
        rows = self.query(pk=instance.pk)
        if isinstance(self.field, ManyToOneRel):  # each row's link back is the instance, as Django sets it
            for row in rows:
                if not self.field.field.is_cached(row):
                    self.field.field.set_cached_value(row, instance)
        setattr(instance, self.to_attr, rows)


def _slots(params, markers, ops):
    """{position: (name, index in a tuple or None, adaptation)} of each marker among `params`, or None if
    one is missing."""
    forms = {}
    for name, value in markers.items():
        items = enumerate(value) if isinstance(value, tuple) else [(None, value)]
        for index, marker in items:
            forms[(type(marker), marker)] = (name, index, None)
            how = "datetime" if isinstance(marker, datetime.datetime) else "date" \
                if isinstance(marker, datetime.date) else None
            adapted = _adapt(ops, how, marker)
            if adapted is not marker:
                forms[(type(adapted), adapted)] = (name, index, how)
    slots = {}
    for position, param in enumerate(params):
        try:
            found = forms.get((type(param), param))
        except TypeError:  # an unhashable parameter (a list for an array lookup) holds no marker
            found = None
        if found is not None:
            slots[position] = found
    wanted = {(name, index) for name, index, _ in forms.values()}
    if {(name, index) for name, index, _ in slots.values()} != wanted:
        return None
    return slots


_BUCKETS = (8, 16, 32, 64, 128)


def prefetch(rows, *lookups) -> None:
    """prefetch_related_objects(rows, *lookups), with each one-level ``Prefetch(to_attr=…)`` of a reverse
    foreign key as a prepared query (module docstring); the rest as Django does it."""
    if not rows:
        return
    rest = []
    for lookup in lookups:
        many = _ManyPrefetch.of(type(rows[0]), lookup, lookups)
        if many is None or not many.into(rows):
            rest.append(lookup)
    if rest:
        prefetch_related_objects(rows, *rest)


class _ManyPrefetch:
    """A reverse foreign key's or a many-to-many's Prefetch(to_attr) for a list's rows: their ids padded to a
    bucket. A many-to-many's rows carry their owner's id from the link table's join (OWNER), as Django's
    prefetcher reads it; a row linked to two owners comes once for each, as there."""

    OWNER = "_prepared_owner"

    def __init__(self, single, lookup):
        self.m2m = not isinstance(single.field, ManyToOneRel)
        self.fk = None if self.m2m else single.field.field
        self.name, self.to_attr, self.rows = single.name, lookup.to_attr, lookup.queryset
        self.by_size: dict[int, Prepared] = {}

    @classmethod
    def of(cls, model, lookup, lookups):
        if not isinstance(lookup, Prefetch):
            return None
        many = lookup.__dict__.get("_prepared_many")
        if many is None:  # worked out once per Prefetch: False when it is not of this kind
            single = _SinglePrefetch.of(model, lookup, lookups)
            many = lookup._prepared_many = cls(single, lookup) if single is not None else False
        return many or None

    def _build(self, ids):
        if not self.m2m:
            return self.rows.filter(**{f"{self.name}__in": ids})
        # sticky: the owner's column is read from the join the filter made, not from a second one
        return self.rows._next_is_sticky().filter(**{f"{self.name}__in": ids}).annotate(**{self.OWNER: F(self.name)})

    def _owner(self, row):
        return row.__dict__.pop(self.OWNER) if self.m2m else getattr(row, self.fk.attname)

    def into(self, instances) -> bool:
        ids = list(dict.fromkeys(instance.pk for instance in instances))
        size = next((bucket for bucket in _BUCKETS if bucket >= len(ids)), None)
        if size is None or not all(isinstance(pk, int) for pk in ids):
            return False
        query = self.by_size.get(size)
        if query is None:
            query = self.by_size[size] = Prepared(self._build, ids=(int, size))
        owned = defaultdict(list)
        for row in query(ids=ids + [ids[0]] * (size - len(ids))):  # a repeated id finds nothing more
            owned[self._owner(row)].append(row)
        for instance in instances:
            found = owned.get(instance.pk, [])
            for row in found if self.fk else ():  # each row's link back is its owner, as Django's prefetcher sets it
                if not self.fk.is_cached(row):
                    self.fk.set_cached_value(row, instance)
            setattr(instance, self.to_attr, list(found))
        return True
