"""Shared by the academy tests: the academy models, fixture paths and loading, and a generator of ~100x the
fixture's rows."""
import datetime
from pathlib import Path

from django.apps import apps
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]
ACADEMY_FIXTURE = ROOT / "fixtures" / "academy.json"
# The news fixture is the real one when it exists; the stub holds just the two articles academy.json names.
NEWS_FIXTURE = ROOT / "fixtures" / "news.json"
NEWS_STUB = Path(__file__).resolve().parent / "news_stub.json"


# The directory's models. ArticleMention and RecordProposal (an article's found mentions and proposed new
# records, edited inline on the article) are not directory records: no source articles, no fixture rows, no
# changelist of their own.
ACADEMY_MODELS = [m for m in apps.get_app_config("academy").get_models()
                  if m.__name__ not in ("ArticleMention", "RecordProposal")]
# The records that keep their source articles (photo rows belong to their record and have none).
SOURCED_MODELS = [model for model in ACADEMY_MODELS if hasattr(model, "source_articles")]


def news_fixture():
    return NEWS_FIXTURE if NEWS_FIXTURE.exists() else NEWS_STUB


def load_fixtures():
    """The site's fixtures, loaded as `make run` loads them."""
    call_command("loaddata", str(news_fixture()), str(ACADEMY_FIXTURE), verbosity=0)


def make_bulk_data(academies=50, organisations=400, people=200, courses=300, bases=500, events=200):
    from academy import models as m
    from news.models import Article

    now = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    articles = Article.objects.bulk_create([
        Article(title=f"批量新闻{i}", slug=f"bulk-news-{i}", body="<p>x</p>", status=Article.Status.PUBLISHED,
                published_at=now - datetime.timedelta(days=i))
        for i in range(100)
    ])
    orgs = m.Organisation.objects.bulk_create([
        m.Organisation(name=f"批量机构{i}", slug=f"bulk-org-{i}", kind=m.Organisation.Kind.values[i % 9])
        for i in range(organisations)
    ])
    # Children for the first organisation.
    m.Organisation.objects.filter(pk__in=[o.pk for o in orgs[1:60]]).update(parent=orgs[0])
    acs = m.Academy.objects.bulk_create([
        m.Academy(name=f"批量学院{i}", slug=f"bulk-academy-{i}", city="某市", headquarters=orgs[i % 10],
                  inaugurated_on=datetime.date(2020, 1, 1) + datetime.timedelta(days=i))
        for i in range(academies)
    ])
    honours = m.Honour.objects.bulk_create([m.Honour(name=f"批量荣誉{i}", slug=f"bulk-honour-{i}") for i in range(20)])
    fields = m.Field.objects.bulk_create([m.Field(name=f"批量领域{i}", slug=f"bulk-field-{i}") for i in range(16)])
    persons = m.Person.objects.bulk_create([m.Person(name=f"批量人物{i}", slug=f"bulk-person-{i}") for i in range(people)])
    programmes = m.Programme.objects.bulk_create([
        m.Programme(name=f"批量项目{i}", slug=f"bulk-programme-{i}", academy=acs[i % academies], organiser=orgs[i])
        for i in range(60)
    ])
    evs = m.Event.objects.bulk_create([
        m.Event(name=f"批量活动{i}", slug=f"bulk-event-{i}", kind=m.Event.Kind.values[i % 5],
                academy=acs[0] if i % 2 else acs[i % academies], venue=orgs[0] if i % 3 else orgs[i],
                starts_on=datetime.date(2023, 1, 1) + datetime.timedelta(days=i))
        for i in range(events)
    ])
    m.Event.objects.filter(pk__in=[e.pk for e in evs[1:50]]).update(parent=evs[0])
    crs = m.Course.objects.bulk_create([
        m.Course(name=f"批量课程{i}", slug=f"bulk-course-{i}", academy=acs[0] if i % 2 else acs[i % academies],
                 programme=programmes[i % 60], event=evs[i % events], format=m.Course.Format.values[i % 4],
                 starts_on=datetime.date(2023, 1, 1) + datetime.timedelta(days=i))
        for i in range(courses)
    ])
    m.TrainingBase.objects.bulk_create([
        m.TrainingBase(name=f"批量基地{i}", slug=f"bulk-base-{i}", academy=acs[0] if i % 2 else acs[i % academies],
                       host=orgs[0] if i % 4 == 0 else orgs[i % organisations],
                       kind=m.TrainingBase.Kind.values[i % 2], batch="首批")
        for i in range(bases)
    ])
    m.AcademyOrganisation.objects.bulk_create([
        m.AcademyOrganisation(academy=acs[i % academies], organisation=orgs[i],
                              role=m.AcademyOrganisation.Role.values[i % 6])
        for i in range(organisations)
    ])
    m.AcademyRole.objects.bulk_create([
        m.AcademyRole(person=persons[i], academy=acs[0] if i % 2 else acs[i % academies],
                      role=m.AcademyRole.Role.values[i % 5])
        for i in range(people)
    ])
    m.Position.objects.bulk_create([
        m.Position(person=persons[i % people], organisation=orgs[0] if i % 3 == 0 else orgs[i % organisations],
                   title=f"职务{i}")
        for i in range(people * 3)
    ])
    m.PersonHonour.objects.bulk_create([
        m.PersonHonour(person=persons[i % people], honour=honours[(i // people + i) % 20])
        for i in range(people * 2)
    ], ignore_conflicts=True)
    m.EventOrganisation.objects.bulk_create([
        m.EventOrganisation(event=evs[i % events], organisation=orgs[i % organisations],
                            role=m.EventOrganisation.Role.values[i % 4])
        for i in range(events * 3)
    ], ignore_conflicts=True)
    m.EventSession.objects.bulk_create([
        m.EventSession(event=evs[i % events], order=i, speaker=persons[i % people], title=f"发言{i}",
                       course=crs[i % courses])
        for i in range(events * 10)
    ])
    teachers = m.Course.teachers.through
    teachers.objects.bulk_create([
        teachers(course_id=crs[i % courses].pk, person_id=persons[(i * 7) % people].pk) for i in range(courses * 3)
    ], ignore_conflicts=True)
    course_fields = m.Course.fields.through
    course_fields.objects.bulk_create([
        course_fields(course_id=c.pk, field_id=fields[i % 16].pk) for i, c in enumerate(crs)
    ])
    attendees = m.Event.attendees.through
    attendees.objects.bulk_create([
        attendees(event_id=evs[i % events].pk, person_id=persons[i % people].pk) for i in range(events * 3)
    ], ignore_conflicts=True)
    programme_fields = m.Programme.fields.through
    programme_fields.objects.bulk_create([
        programme_fields(programme_id=p.pk, field_id=f.pk) for p in programmes for f in fields[:4]
    ])
    # Every kind of record is named by many articles.
    for model, rows in (
        (m.Academy, acs), (m.Organisation, orgs), (m.Person, persons), (m.Course, crs), (m.Event, evs),
        (m.TrainingBase, list(m.TrainingBase.objects.all())),
    ):
        through = model.source_articles.through
        fk = f"{model._meta.model_name}_id"
        through.objects.bulk_create([
            through(**{fk: row.pk, "article_id": articles[(i + j) % 100].pk})
            for i, row in enumerate(rows) for j in range(3)
        ], ignore_conflicts=True)
    for row in (acs[0], orgs[0], persons[1], crs[1], evs[1]):
        row.source_articles.add(*articles)
    return {
        "academy": acs[0], "organisation": orgs[0], "person": persons[1], "course": crs[1], "event": evs[0],
        "base": m.TrainingBase.objects.get(slug="bulk-base-1"),
    }
