"""The site search's academy records (academy.search): one statement for every kind, built once per number
of terms and filled with each search's terms, finds what each kind's own published().named() query finds,
in the same order, whatever the words hold; and that is every published record with each term in its name
or in one alias, in any script, width or case."""
import datetime
import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from academy import search
from academy.models import Academy, Course, Event, Organisation, Person
from academy.search import GROUP_CAP, KINDS, SHOWN, search_records
from zhtext.search import normalise, query_terms

pytestmark = pytest.mark.django_db

# Simplified and Traditional forms of the same words, and what LIKE must take literally.
PIECES = ["工匠", "工匠", "劳模", "勞模", "学院", "學院", "王", "李", "%", "_", "\\", "a", "B", "\ue0000\ue001", "’"]


def _name(rng):
    return "".join(rng.choices(PIECES, k=rng.randint(1, 4)))


def _site(seed, size=40):
    rng = random.Random(seed)
    academies = [Academy.objects.create(name=_name(rng), slug=f"a-{i}", aliases=_name(rng) if rng.random() < 0.3 else "",
                                        published=rng.random() > 0.2) for i in range(size // 4)]
    Person.objects.bulk_create(Person(name=_name(rng), slug=f"p-{i}", aliases=_name(rng) if rng.random() < 0.3 else "",
                                      published=rng.random() > 0.1) for i in range(size))
    Course.objects.bulk_create(Course(name=_name(rng), slug=f"c-{i}", academy=rng.choice(academies),
                                      format=rng.choice(Course.Format.values), published=rng.random() > 0.1)
                               for i in range(size))
    Event.objects.bulk_create(Event(name=_name(rng), slug=f"e-{i}", academy=rng.choice([*academies, None]),
                                    starts_on=datetime.date(2024, 1, 1 + i % 28), published=rng.random() > 0.1)
                              for i in range(size // 2))
    Organisation.objects.bulk_create(Organisation(name=_name(rng), slug=f"o-{i}", published=rng.random() > 0.1)
                                     for i in range(size // 2))
    return rng


def _one_kind_at_a_time(terms):
    """What the search showed before it was one statement: each kind's own query."""
    groups = []
    for _key, _label, model, _list in KINDS:
        rows = list(model.objects.published().named(terms).only("pk", "name", "slug")[: GROUP_CAP + 1])
        groups.append(([(r.pk, r.name, r.slug) for r in rows[:SHOWN]], min(len(rows), GROUP_CAP), len(rows) > GROUP_CAP))
    return groups


def _shown(groups):
    return [([(r.pk, r.name, r.slug) for r in g.items], g.count, g.capped) for g in groups]


@pytest.mark.parametrize("seed", range(3))
def test_one_statement_finds_what_each_kinds_query_finds(seed):
    rng = _site(seed)
    queries = [*PIECES, "工匠 学院", "勞模 王", "% _", "劳模 工匠 学院 王 a", "无此人"]
    queries += [" ".join(rng.choices(PIECES, k=rng.randint(1, 3))) for _ in range(30)]
    found_any = 0
    for query in queries:
        terms = query_terms(query)
        expected = _one_kind_at_a_time(terms)
        assert _shown(search_records(terms)) == expected, query
        found_any += any(count for _, count, _ in expected)
    assert found_any > len(queries) // 2  # the comparison is not between empty results


def test_a_group_is_capped_and_shows_its_first_records_by_name():
    Person.objects.bulk_create(Person(name=f"王{i:03d}", slug=f"w-{i}") for i in range(GROUP_CAP + 5))
    people = search_records(["王"])[1]
    assert (people.key, people.count, people.capped) == ("people", GROUP_CAP, True)
    assert [p.name for p in people.items] == [f"王{i:03d}" for i in range(SHOWN)]
    assert people.items[0].get_absolute_url() == Person.objects.get(slug="w-0").get_absolute_url()


def test_records_carry_only_what_the_page_shows():
    academy = Academy.objects.create(name="工匠学院", slug="gong-jiang", description="不读")
    [item] = search_records(["工匠"])[0].items
    assert (item.pk, item.name, item.slug) == (academy.pk, "工匠学院", "gong-jiang")
    assert item.get_deferred_fields() >= {"description", "aliases", "published"}


@pytest.mark.parametrize("seed", range(2))
def test_a_record_is_found_when_each_term_is_in_its_name_or_one_alias(seed):
    """Worked out here from the names themselves, not from the query the site runs."""
    rng = _site(seed)
    people = list(Person.objects.filter(published=True))
    queries = [*PIECES, "工匠 学院", "勞模 王", "劳模 工匠 学院 王 a", "ａ", "Ｂ 王"]
    queries += [" ".join(rng.choices(PIECES, k=rng.randint(1, 3))) for _ in range(20)]
    found_any = 0
    names = {p.pk: [normalise(n) for n in [p.name, *p.alias_list]] for p in people}
    for query in queries:
        terms = query_terms(query)
        expected = {p.pk for p in people if all(any(t in n for n in names[p.pk]) for t in terms)}
        got = search_records(terms)[1]
        shown = {r.pk for r in got.items}
        # The first SHOWN in the database's name order (its collation): all of them when there are no more.
        assert got.count == len(expected) and shown <= expected, query
        assert len(shown) == min(len(expected), SHOWN), query
        found_any += bool(expected)
    assert found_any > len(queries) // 2


def test_names_in_either_script_width_or_case_are_found_and_a_term_never_spans_two_names():
    Person.objects.create(name="濰坊劳模", slug="a", aliases="王ＡＢＣ\n學院")
    assert [p.slug for p in search_records(query_terms("潍坊 勞模"))[1].items] == ["a"]
    assert [p.slug for p in search_records(query_terms("abc 学院"))[1].items] == ["a"]
    assert [p.slug for p in search_records(query_terms("ＡＢＣ"))[1].items] == ["a"]
    assert search_records(query_terms("劳模王"))[1].items == []  # the end of the name and the start of an alias
    academy = Academy.objects.create(name="学院", slug="xy")
    Course.objects.create(name="電綫工藝", slug="hk", academy=academy, format=Course.Format.values[0])  # 綫: Hong Kong's 线
    assert [c.slug for c in search_records(query_terms("电线"))[2].items] == ["hk"]
    assert [c.slug for c in search_records(query_terms("電線"))[2].items] == ["hk"]


def test_every_write_path_keeps_the_search_names(django_assert_num_queries, tmp_path):
    from django.core.management import call_command

    person = Person.objects.create(name="王强", slug="w")
    assert person.search_names == "王强"
    person.name, person.aliases = "嚴強", "小強"
    person.save(update_fields=["name", "aliases"])
    assert Person.objects.get(pk=person.pk).search_names == "严强\n小强"
    Person.objects.filter(pk=person.pk).update(name="李明")
    assert Person.objects.get(pk=person.pk).search_names == "李明\n小强"
    person = Person.objects.get(pk=person.pk)
    person.aliases = "明哥"
    Person.objects.bulk_update([person], ["aliases"])
    assert Person.objects.get(pk=person.pk).search_names == "李明\n明哥"
    [made] = Person.objects.bulk_create([Person(name="趙六", slug="z")])
    assert Person.objects.get(slug="z").search_names == "赵六"
    # loaddata saves raw, skipping save(); dumps leave the derived field out.
    fixture = tmp_path / "people.json"
    fixture.write_text('[{"model": "academy.person", "fields": {"name": "錢七", "slug": "q", "aliases": "老七"}}]',
                       encoding="utf-8")
    call_command("loaddata", str(fixture), verbosity=0)
    assert Person.objects.get(slug="q").search_names == "钱七\n老七"
    assert [p.slug for p in search_records(["钱七"])[1].items] == ["q"]
    from django.core import serializers
    assert "search_names" not in serializers.serialize("json", Person.objects.filter(slug="q"))


def test_one_query_per_search_and_the_statement_is_built_once_per_number_of_terms():
    _site(0, size=12)
    search.statement.cache_clear()
    queries = ("工匠", "劳模", "学院", "王 李", "工匠 学院", "勞模 學院", "无此人")
    found = {}
    for query in queries:
        with CaptureQueriesContext(connection) as captured:
            found[query] = any(g.count for g in search_records(query_terms(query)))
        assert len(captured) == 1
    assert found["工匠"] and not found["无此人"]
    for query in queries:  # the same words again: kept until a record changes, if they found any
        with CaptureQueriesContext(connection) as captured:
            search_records(query_terms(query))
        assert len(captured) == (0 if found[query] else 1)
    # One term or two, whatever their script.
    assert search.statement.cache_info().currsize == 2
    assert search.statement.cache_info().misses == 2
    with CaptureQueriesContext(connection) as captured:
        assert [g.count for g in search_records([])] == [0] * len(KINDS)
    assert len(captured) == 0


def _write_each_way():
    """Every way a record changes, each of which must drop what searches kept."""
    academy = Academy.objects.create(name="潍坊工匠学院", slug="wf")
    yield "create"
    academy.name = "潍坊劳模学院"
    academy.save()
    yield "save"
    Academy.objects.filter(pk=academy.pk).update(aliases="工匠之家")
    yield "update"
    Person.objects.bulk_create([Person(name="工匠王", slug="wang")])
    yield "bulk_create"
    Course.objects.create(name="工匠课", slug="gk", academy=academy, format=Course.Format.values[0])
    yield "a course"
    Academy.objects.filter(pk=academy.pk).update(published=False)  # its course is hidden with it
    yield "unpublish the owner"
    Person.objects.filter(slug="wang").delete()
    yield "delete"


def test_what_a_search_kept_is_dropped_by_every_write_to_a_record():
    _site(1, size=12)
    terms = query_terms("工匠")
    for step in _write_each_way():
        kept = _shown(search_records(terms))
        assert kept == _shown(search_records(terms))  # kept: the same
        assert kept == _one_kind_at_a_time(terms), step  # and what the records now say


def test_an_article_save_keeps_what_a_search_found(make_article, django_capture_on_commit_callbacks):
    """Saving an article rewrites its mentions and proposals (academy.services), rows the search never
    reads: it must not drop what searches kept, or every publication would."""
    from academy.models import ArticleMention

    person = Person.objects.create(name="王曙群", slug="wang-shu-qun")
    terms = query_terms("王曙群")
    kept = _shown(search_records(terms))
    version = search.RECORDS.current().token
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article(title="王曙群带徒", body="<p>王曙群在学院带徒。</p>")
    with django_capture_on_commit_callbacks(execute=True):
        article.body = "<p>王曙群在学院带了十名徒弟。</p>"
        article.save()
    assert ArticleMention.objects.filter(article=article, person=person).exists()  # the mentions were written
    assert search.RECORDS.current().token == version
    with CaptureQueriesContext(connection) as captured:
        assert _shown(search_records(terms)) == kept
    assert len(captured) == 0
