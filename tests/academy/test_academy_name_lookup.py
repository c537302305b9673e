"""The record name lookup (academy.name_lookup, zhtext.search.name_grams): records are found by an index
of their names' characters and character pairs, and what is found is exactly what a substring test of
every name finds, for any characters, on every write path, on SQLite and PostgreSQL."""
import random

import pytest
from django.core.management import call_command
from django.db import connection

from academy import name_lookup, search
from academy.models import Academy, Course, Person
from zhtext.search import name_grams, normalise, query_terms, term_grams

pytestmark = pytest.mark.django_db

# Both scripts, ASCII and full-width letters, digits, what LIKE, FTS5 and tsquery syntax treat specially
# (names may not hold < > " ' &: base.fields), the search statement's private-use markers, an emoji, a combining accent, a space.
ALPHABET = list("工匠劳勞模学學院王李强強技能") + list("aBz09Ａｂ１%_\\*():^-+·.|!") + [
    "\ue000", "\ue001", "😀", "e\u0301", " ", "NEAR", "AND", "OR",
]


def _text(rng, low=1, high=6):
    return "".join(rng.choices(ALPHABET, k=rng.randint(low, high)))


def _names(person):
    return [normalise(n) for n in [person.name, *person.alias_list]]


def _expected(people, terms):
    """Worked out in Python from the names: every term a substring of the name or of one alias."""
    return {p.pk for p in people if all(any(t in n for n in _names(p)) for t in terms)}


def _queries(rng, people, count):
    queries = []
    for _ in range(count):
        name = rng.choice(_names(rng.choice(people))) or "王"
        start = rng.randrange(len(name))
        queries.append(name[start:start + rng.randint(1, 4)])  # a piece of a real name
        queries.append(_text(rng, 1, 3))                        # anything
        queries.append(name[::-1][:3])                          # its characters, in another order
    return queries


@pytest.mark.parametrize("seed", range(3))
def test_the_lookup_finds_exactly_what_a_substring_test_of_every_name_finds(seed):
    rng = random.Random(seed)
    Person.objects.bulk_create(
        Person(name=_text(rng) or "王", slug=f"p-{i}", aliases="\n".join(_text(rng) for _ in range(rng.randint(0, 2))))
        for i in range(80)
    )
    people = list(Person.objects.all())
    found_any = 0
    for query in _queries(rng, people, 40):
        terms = query_terms(query)
        if not terms:
            continue
        expected = _expected(people, terms)
        assert set(Person.objects.named(terms).values_list("pk", flat=True)) == expected, repr(query)
        # The grams alone hold every match (they only narrow the rows down).
        holding = Person.objects.all()
        for term in terms:
            holding = holding.filter(search_grams__holds=term)
        assert set(holding.values_list("pk", flat=True)) >= expected, repr(query)
        found_any += bool(expected)
    assert found_any > 30  # the comparison is not between empty results


def test_grams_found_in_another_order_are_dropped_by_the_substring_test():
    made = Person.objects.create(name="模劳模", slug="m")  # the pairs 模劳 and 劳模: every pair of 劳模劳
    assert set(term_grams("劳模劳")) <= set(name_grams(made.search_names).split())
    assert list(Person.objects.filter(search_grams__holds="劳模劳")) == [made]
    assert list(Person.objects.named(["劳模劳"])) == []
    assert list(Person.objects.named(["模劳"])) == [made]


def test_the_search_statement_puts_each_searchs_terms_in_its_lookups():
    """The statement is built once per number of terms, with markers for terms; each search's own
    lookups go where the markers' were, whatever the terms hold."""
    search.statement.cache_clear()
    tricky = Person.objects.create(name="工*匠\ue0000\ue001", slug="t")
    plain = Person.objects.create(name="工匠", slug="g")
    for terms, expected in ((["工"], [tricky, plain]), (["*匠"], [tricky]), (["\ue0000\ue001"], [tricky]),
                            (["工匠"], [plain]), (["匠", "工"], [tricky, plain]), (["学院"], [])):
        assert {p.pk for p in search.search_records(terms)[1].items} == {p.pk for p in expected}, terms
    assert search.statement.cache_info().currsize == 2


def test_every_write_path_keeps_the_lookup_current(tmp_path):
    def found(term):
        return sorted(Person.objects.named([term]).values_list("slug", flat=True))

    person = Person.objects.create(name="王强", slug="w")
    assert found("王强") == ["w"]
    person.name = "嚴強"
    person.save(update_fields=["name"])
    assert found("王强") == [] and found("严强") == ["w"]
    Person.objects.filter(pk=person.pk).update(name="李明")
    assert found("严强") == [] and found("李明") == ["w"]
    person = Person.objects.get(pk=person.pk)
    person.aliases = "明哥"
    Person.objects.bulk_update([person], ["aliases"])
    assert found("明哥") == ["w"]
    Person.objects.bulk_create([Person(name="趙六", slug="z")])
    assert found("赵六") == ["z"]
    fixture = tmp_path / "people.json"  # loaddata saves raw, skipping save()
    fixture.write_text('[{"model": "academy.person", "fields": {"name": "錢七", "slug": "q"}}]', encoding="utf-8")
    call_command("loaddata", str(fixture), verbosity=0)
    assert found("钱七") == ["q"]
    Person.objects.filter(slug="q").delete()
    assert found("钱七") == []
    if connection.vendor == "sqlite":  # nothing left behind in the index either
        with connection.cursor() as cursor:
            table = name_lookup.fts("academy_person")
            cursor.execute(f"SELECT count(*) FROM {table} WHERE {table} MATCH %s",
                           [name_lookup.lookup_param("sqlite", "钱七")])
            assert cursor.fetchone()[0] == 0


def test_the_lookup_works_inside_a_subquery():
    """The course filter asks for teachers by name inside another query, where the person table has
    another alias."""
    teacher = Person.objects.create(name="严强", slug="y")
    Person.objects.create(name="王强", slug="w")
    inner = Person.objects.named(["严强"]).values("pk")
    assert list(Person.objects.filter(pk__in=inner).exclude(slug="x").values_list("slug", flat=True)) == ["y"]
    assert "U0" in str(Person.objects.filter(pk__in=inner).query)  # the inner table was aliased
    assert teacher.search_grams


def test_an_index_lost_by_a_table_rebuild_is_made_again():
    """A later migration that rebuilds a record table on SQLite drops its triggers; PostgreSQL loses the
    column with its table. post_migrate's ensure() puts back what is missing and fills it."""
    from django.apps import apps
    from django.db.models.signals import post_migrate

    from academy.apps import _ensure_name_lookup

    Person.objects.create(name="严强", slug="y")
    if connection.vendor == "postgresql":  # a table with pending foreign-key checks cannot be altered
        connection.cursor().execute("SET CONSTRAINTS ALL IMMEDIATE")
    name_lookup.drop(connection)
    assert _ensure_name_lookup in post_migrate._live_receivers(apps.get_app_config("academy"))[0]
    _ensure_name_lookup(using=connection.alias)
    assert list(Person.objects.named(["严强"]).values_list("slug", flat=True)) == ["y"]
    Person.objects.create(name="严格", slug="g")
    assert sorted(Person.objects.named(["严"]).values_list("slug", flat=True)) == ["g", "y"]


def test_the_migration_fills_the_grams_of_existing_records():
    from importlib import import_module

    from django.apps import apps

    migration = import_module("academy.migrations.0013_record_name_lookup")
    Person.objects.create(name="严强", slug="y")
    academy = Academy.objects.create(name="工匠学院", slug="a")
    Course.objects.create(name="钳工技能", slug="c", academy=academy, format=Course.Format.values[0])
    Person.objects.update(search_grams="")  # as the rows were before the migration
    Course.objects.update(search_grams="")
    assert not Person.objects.named(["严强"]).exists()
    migration.fill(apps, None)
    assert Person.objects.get(slug="y").search_grams == name_grams("严强")
    assert list(Person.objects.named(["严强"]).values_list("slug", flat=True)) == ["y"]
    assert list(Course.objects.named(["钳工"]).values_list("slug", flat=True)) == ["c"]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's plan")
def test_sqlite_reads_the_names_index_not_every_record():
    Person.objects.bulk_create(Person(name=f"王{i}", slug=f"w-{i}") for i in range(300))
    sql, params = search.kind_query(Person, ["严强"]).query.sql_with_params()
    plan = " | ".join(row[3] for row in connection.cursor().execute("EXPLAIN QUERY PLAN " + sql, params))
    assert "SCAN academy_person_grams VIRTUAL TABLE" in plan, plan
    assert "SEARCH academy_person USING INTEGER PRIMARY KEY" in plan, plan
    assert "SCAN academy_person " not in f"{plan} " and "person_name" not in plan, plan


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's plan")
def test_postgresql_reads_the_names_index_not_every_record():
    Person.objects.bulk_create(Person(name=f"王{i:04d}", slug=f"w-{i}") for i in range(3000))
    with connection.cursor() as cursor:
        # As autovacuum leaves it: statistics, and the index's list of pending entries merged.
        cursor.execute("ANALYZE academy_person")
        cursor.execute("SELECT gin_clean_pending_list('academy_person_grams_gin')")
        sql, params = search.kind_query(Person, ["严强"]).query.sql_with_params()
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "academy_person_grams_gin" in plan and "Seq Scan on academy_person" not in plan, plan


def test_every_named_record_table_is_indexed():
    """A new kind of named record needs its table in name_lookup.TABLES (and a migration calling
    ensure()), or its lookup would fall back to reading every record."""
    from django.apps import apps

    from academy.models.common import Named

    named = {m._meta.db_table for m in apps.get_models() if issubclass(m, Named)}
    assert named == set(name_lookup.TABLES)
