"""base.prepared: a query compiled once answers every later call exactly as the queryset built anew
would, with no compilation; a query whose shape depends on its values is never prepared."""
import datetime
from unittest import mock

import pytest
from django.db.models import Count
from django.db.models.sql.compiler import SQLCompiler
from django.utils import timezone

from base.prepared import Prepared
from news.models import Article

pytestmark = pytest.mark.django_db


def compilations(run):
    """(result of run(), how many queries Django compiled while running it)."""
    real = SQLCompiler.as_sql
    with mock.patch.object(SQLCompiler, "as_sql", autospec=True, side_effect=real) as counted:
        result = run()
    return result, counted.call_count


def test_later_calls_run_the_compiled_sql_with_each_calls_values(make_article):
    articles = [make_article(title=f"预编译{i}") for i in range(3)]
    by_slug = Prepared(lambda slug: Article.objects.filter(slug=slug), slug=str)
    by_slug(slug=articles[0].slug)  # prepared here
    for article in articles:
        rows, compiled = compilations(lambda a=article: by_slug(slug=a.slug))
        assert [r.pk for r in rows] == [article.pk]
        assert compiled == 0
    assert by_slug(slug="no-such-article") == []


def test_a_time_is_bound_as_the_database_takes_it(make_article):
    # SQLite takes a time as text in UTC, PostgreSQL as a timestamp: both land in their place.
    old, new = make_article(days_ago=10), make_article(days_ago=1)
    shanghai = datetime.timezone(datetime.timedelta(hours=8))
    before = Prepared(lambda when, now: Article.objects.published(now).before(when), when=datetime.datetime,
                      now=datetime.datetime)
    now = timezone.now().astimezone(shanghai)
    assert [a.pk for a in before(when=now, now=now)] == [new.pk, old.pk]
    cut = (new.published_at - datetime.timedelta(seconds=1)).astimezone(shanghai)
    assert [a.pk for a in before(when=cut, now=now)] == [old.pk]
    # "now" is a bound value too: an article due later is not shown before its time.
    assert [a.pk for a in before(when=now, now=old.published_at + datetime.timedelta(hours=1))] == [old.pk]


def test_drafts_stay_out_whatever_the_values(make_article):
    draft = make_article(status=Article.Status.DRAFT)
    live = Prepared(lambda slug, now: Article.objects.published(now).filter(slug=slug), slug=str, now=datetime.datetime)
    assert live(slug=draft.slug, now=timezone.now()) == []
    assert live(slug=draft.slug, now=timezone.now()) == []


def test_annotations_values_and_related_rows_come_back_as_the_queryset_gives_them(make_article):
    from taggit.models import Tag

    tag = Tag.objects.create(name="预编译标签", slug="prepared-tag")
    article = make_article(tags=[tag])
    annotated = Prepared(lambda pk: Article.objects.filter(pk=pk).annotate(n=Count("tags")), pk=int)
    listed = Prepared(lambda pk: Article.objects.filter(pk=pk).values_list("title", flat=True), pk=int)
    fetched = Prepared(lambda pk: Article.objects.filter(pk=pk).prefetch_related("tags"), pk=int)
    fetched(pk=article.pk)  # prepared here
    for _ in range(2):
        assert annotated(pk=article.pk)[0].n == 1
        assert listed(pk=article.pk) == [article.title]
        rows, compiled = compilations(lambda: fetched(pk=article.pk))
        assert [t.name for t in rows[0].tags.all()] == ["预编译标签"]
        assert compiled == 1  # the prefetch's own query; the article's was prepared


def test_a_shape_that_depends_on_the_values_is_built_every_time(make_article, caplog):
    first, second = make_article(), make_article()
    # A value that is rewritten (%…%) never reaches the SQL as itself: refused, and still right.
    containing = Prepared(lambda text: Article.objects.filter(title__contains=text), text=str)
    assert [a.pk for a in containing(text=first.title)] == [first.pk]
    _, compiled = compilations(lambda: containing(text=second.title))
    assert compiled >= 1
    assert "not prepared" in caplog.text


def test_a_query_that_compiles_to_nothing_answers_nothing(make_article):
    make_article()
    nothing = Prepared(lambda pk: Article.objects.filter(pk=pk).filter(pk__in=[]), pk=int)
    assert nothing(pk=1) == [] and nothing(pk=2) == []


def test_the_values_must_be_the_ones_it_was_declared_with():
    by_pk = Prepared(lambda pk: Article.objects.filter(pk=pk), pk=int)
    with pytest.raises(TypeError):
        by_pk(id=1)
    with pytest.raises(TypeError):
        Prepared(lambda x: Article.objects.filter(pk=x), x=float)(x=1.5)
    days = Prepared(lambda days: Article.objects.filter(published_at__date__in=days), days=(datetime.date, 3))
    with pytest.raises(TypeError):
        days(days=(datetime.date.today(),))


def test_a_fixed_number_of_dates_is_bound_in_place(make_article):
    article = make_article(days_ago=2)
    on = Prepared(lambda days: Article.objects.filter(published_at__date__in=days), days=(datetime.date, 3))
    day = timezone.localtime(article.published_at).date()
    week = [day - datetime.timedelta(days=n) for n in (7, 8, 9)]
    assert on(days=week) == []
    (found,), compiled = compilations(lambda: on(days=[day, *week[:2]]))
    assert found.pk == article.pk and compiled == 0


def test_the_article_page_binds_its_own_article_and_neighbours_on_every_request(client, make_article):
    import re

    articles = [make_article(days_ago=i + 1) for i in range(4)]  # newest first
    client.get(f"/zh-hans/news/{articles[0].slug}/")  # the page's queries are prepared here
    for i in (1, 2):
        response, compiled = compilations(lambda i=i: client.get(f"/zh-hans/news/{articles[i].slug}/"))
        html = response.content.decode()
        assert re.search(r'<h1[^>]*>\s*' + articles[i].title, html)
        assert f'href="/zh-hans/news/{articles[i - 1].slug}/" rel="next"' in html
        assert f'href="/zh-hans/news/{articles[i + 1].slug}/" rel="prev"' in html
        # The article, 上一篇 and 下一篇 are prepared; 热门 (a list of days) is built each time.
        assert compiled <= 3
    assert client.get("/zh-hans/news/no-such-article/").status_code == 404


def test_a_detail_rows_lists_come_from_prepared_queries_and_match_djangos_prefetch():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from academy.models import Academy, TrainingBase
    from tests.academy.academy_helpers import load_fixtures

    load_fixtures()
    academy = Academy.objects.published().filter(training_bases__isnull=False).distinct().first()
    draft = TrainingBase.objects.filter(academy=academy).first()
    TrainingBase.objects.filter(pk=draft.pk).update(published=False)
    detail = Prepared(lambda slug: Academy.objects.for_detail().published().filter(slug=slug)[:1], slug=str)
    detail(slug=academy.slug)  # prepared here
    expected = Academy.objects.for_detail().published().get(pk=academy.pk)
    (got,), compiled = compilations(lambda: detail(slug=academy.slug))
    for listed in ("base_list", "organisation_role_list", "programme_list"):
        assert [r.pk for r in getattr(got, listed)] == [r.pk for r in getattr(expected, listed)], listed
    assert draft.pk not in [b.pk for b in got.base_list]  # readers never see a draft
    assert got.base_list  # the academy's other bases are listed
    for programme, wanted in zip(got.programme_list, expected.programme_list, strict=True):
        assert [f.pk for f in programme.fields.all()] == [f.pk for f in wanted.fields.all()]
    # The academy and its three lists were prepared; a programme's fields (many rows) are Django's.
    assert compiled <= 1
    with CaptureQueriesContext(connection) as queries:
        assert {base.academy.pk for base in got.base_list} == {academy.pk}  # the link back is the row itself
    assert len(queries) == 0


def test_a_lookup_another_lookup_goes_through_is_left_to_django(make_article):
    from django.db.models import Prefetch

    from base.prepared import _SinglePrefetch
    from news.models import ArticleAttachment

    links = Prefetch("attachment_links", queryset=ArticleAttachment.objects.all(), to_attr="link_list")
    assert _SinglePrefetch.of(Article, links, [links]) is not None
    assert _SinglePrefetch.of(Article, links, [links, "link_list__attachment"]) is None
    assert _SinglePrefetch.of(Article, Prefetch("attachment_links"), [links]) is None  # no to_attr: Django's


def test_a_record_page_reads_its_record_and_lists_through_prepared_queries(client):
    from academy.models import Academy
    from tests.academy.academy_helpers import load_fixtures

    load_fixtures()
    first, second = Academy.objects.published().order_by("pk")[:2]
    client.get(first.get_absolute_url())  # prepared here
    client.get(second.get_absolute_url())  # its counts kept (news, mentors: base.planner.size_hint)
    response, compiled = compilations(lambda: client.get(second.get_absolute_url()))
    assert response.status_code == 200 and f"/{second.slug}/" in response.content.decode()
    # Its record, roles, courses, timeline, bases, organisations and programmes are prepared (each was
    # compiled on every request before, subqueries apart); what is left, 11 compilations with their
    # subqueries: the courses' teachers and fields (lists of several rows), mentors (3) and news (6),
    # whose plans follow their sizes (base.planner).
    assert compiled <= 11
    assert client.get("/zh-hans/academies/no-such-academy/").status_code == 404


@pytest.mark.parametrize("size", [1, 5, 9, 24, 130])
def test_a_lists_reverse_foreign_key_lists_match_djangos_prefetch(size):
    """base.prepared.prefetch on a page of people (their honours, positions and roles): the same rows in the
    same order as Django's prefetcher, drafts left out, each row's link back set; ids padded to a bucket."""
    from django.db import connection
    from django.db.models import prefetch_related_objects
    from django.test.utils import CaptureQueriesContext

    from academy.models import Person
    from academy.models.people import person_prefetches
    from base.prepared import prefetch
    from tests.academy.academy_helpers import load_fixtures, make_bulk_data

    load_fixtures()
    if size > 100:
        make_bulk_data(people=size)
    from academy.models import Academy, AcademyRole

    # a draft academy: its roles leave every person's role_list, as they leave Django's
    Academy.objects.filter(pk=AcademyRole.objects.order_by("pk").values("academy")[:1]).update(published=False)
    people = list(Person.objects.order_by("-pk")[:size])
    people += [p for p in Person.objects.filter(academy_roles__isnull=False).distinct()[:1] if p not in people]
    expected = [Person.objects.get(pk=p.pk) for p in people]
    prefetch_related_objects(expected, *person_prefetches())
    lookups = person_prefetches()
    prefetch(people[:2], *lookups)  # prepared here (a smaller bucket, then the page's)
    prefetch(people, *lookups)
    again = [Person.objects.get(pk=p.pk) for p in people]  # not prefetched yet
    (_, compiled) = compilations(lambda: prefetch(again, *lookups))
    for got, wanted in zip(people, expected, strict=True):
        for listed in ("honour_list", "position_list", "role_list"):
            assert [r.pk for r in getattr(got, listed)] == [r.pk for r in getattr(wanted, listed)], listed
    assert compiled == (3 if len(set(people)) > 128 else 0)  # past the largest bucket, Django's prefetcher
    with CaptureQueriesContext(connection) as queries:
        assert all(r.person.pk == got.pk for got in people for r in got.role_list)
    assert len(queries) == 0


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # as the browser tests, which follow
def test_a_query_prepared_in_one_thread_runs_in_another(make_article):
    """A threaded server answers on many threads, each with its own connection: a plan keeps no connection
    (it had kept the preparing thread's, and every other thread's request failed)."""
    import threading

    from django.db import connection

    article = make_article()
    by_slug = Prepared(lambda slug: Article.objects.filter(slug=slug), slug=str)
    assert [a.pk for a in by_slug(slug=article.slug)] == [article.pk]  # prepared in this thread
    found, errors = [], []

    def other_thread():
        try:
            found.extend(a.pk for a in by_slug(slug=article.slug))
        except Exception as error:  # noqa: BLE001 - the failure is what the test reports
            errors.append(error)
        finally:
            connection.close()

    worker = threading.Thread(target=other_thread)
    worker.start()
    worker.join()
    assert errors == [] and found == [article.pk]


@pytest.mark.parametrize("size", [1, 7, 30, 150])
def test_a_lists_many_to_many_lists_match_djangos_prefetch(size):
    """base.prepared.prefetch of many-to-many lists, from either side (a course card's teachers and fields;
    a person's courses): the rows of Django's prefetcher in its order, a person teaching two of the courses
    in each one's list, drafts left out, no second join; compiled once per bucket, Django's past the largest."""
    import random

    from django.db.models import Prefetch, prefetch_related_objects

    from academy.models import Academy, Course, Field, Person
    from base.prepared import prefetch

    rng = random.Random(size)
    academy = Academy.objects.create(name="学院", slug="academy")
    people = Person.objects.bulk_create([Person(name=f"人{i}", slug=f"p-{i}", published=rng.random() > 0.2)
                                         for i in range(40)])
    fields = Field.objects.bulk_create([Field(name=f"领域{i}", slug=f"f-{i}") for i in range(6)])
    courses = Course.objects.bulk_create([
        Course(name=f"课程{rng.randrange(50)}", slug=f"c-{i}", academy=academy, published=rng.random() > 0.2)
        for i in range(size)
    ])
    for course in courses:
        course.teachers.set(rng.sample(people, k=rng.randint(0, 4)))
        course.fields.set(rng.sample(fields, k=rng.randint(0, 2)))
    course_lookups = Course.objects.for_cards()._prefetch_related_lookups
    person_lookups = (Prefetch("courses", queryset=Course.objects.published().only("name", "slug").order_by("name", "pk"),
                               to_attr="course_list"),)
    for model, rows, lookups, listed in ((Course, courses, course_lookups, ("teacher_list", "field_list")),
                                         (Person, people, person_lookups, ("course_list",))):
        rows = list(model.objects.filter(pk__in=[r.pk for r in rows]).order_by("pk"))
        expected = list(model.objects.filter(pk__in=[r.pk for r in rows]).order_by("pk"))
        prefetch_related_objects(expected, *lookups)
        prefetch(rows, *lookups)
        again = list(model.objects.filter(pk__in=[r.pk for r in rows]).order_by("pk"))
        (_, compiled) = compilations(lambda: prefetch(again, *lookups))  # noqa: B023 - run here
        for got, other, wanted in zip(rows, again, expected, strict=True):
            for name in listed:
                assert [r.pk for r in getattr(got, name)] == [r.pk for r in getattr(wanted, name)], name
                assert [r.pk for r in getattr(other, name)] == [r.pk for r in getattr(wanted, name)], name
                assert all("_prepared_owner" not in r.__dict__ for r in getattr(got, name))
        assert compiled == (len(listed) if len(rows) > 128 else 0)
    assert size == 1 or any(len(person.course_list) > 1 for person in rows)  # someone teaches two of them
