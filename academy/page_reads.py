"""The academy pages' reads whose shape is the same on every request, compiled once per worker
(base.prepared): building and compiling a query cost Django more than the database's answer. The record
itself and its lists (its Prefetch(to_attr=…)s) are prepared by academy.publishing.record_or_404."""
from academy.models import Academy, Course, Event, Field, Honour, Person, TrainingBase
from academy.models.common import with_total
from base.prepared import Prepared, keyed

DETAIL_LIMIT = 12  # what a record's page lists of each kind before a link to the rest

# An academy page's first courses and timeline, with how many there are in all (academy.models.common.total_of).
ACADEMY_COURSES = Prepared(
    lambda academy: with_total(Course.objects.published().at(academy).for_cards(), DETAIL_LIMIT), academy=int,
)
ACADEMY_EVENTS = Prepared(
    lambda academy: with_total(Event.objects.published().at(academy).timeline(), DETAIL_LIMIT * 2), academy=int,
)


def academy_mentors(academy) -> list:
    """An academy page's first mentors by name (Person.teaching_at): the plan is chosen from the academy's
    kept sizes, then that plan's query, compiled once per worker, binds the academy."""
    walk, shown = Person.objects.published().walks_mentors(academy, DETAIL_LIMIT * 2), DETAIL_LIMIT * 2
    query = keyed(("academy-mentors", walk), lambda academy: Person.objects.published().mentors(academy, probe=walk)
                  .order_by("name", "pk").only("name", "slug")[:shown], academy=int)
    return query(academy=academy.pk)


# "More from this academy" on a course's and a training base's page.
COURSE_SIBLINGS = Prepared(
    lambda academy, course: Course.objects.published().beside(academy, course).order_by("-starts_on", "name")[:6],
    academy=int, course=int,
)
BASE_SIBLINGS = Prepared(
    lambda academy, base: TrainingBase.objects.published().beside(academy, base)
    .order_by("-kind", "order", "name")[:DETAIL_LIMIT],
    academy=int, base=int,
)

# The lists' filter options (a name and a slug each): no value at all to bind.
ACADEMY_OPTIONS = Prepared(lambda: Academy.objects.published().order_by("name").only("name", "slug"))
ACADEMIES_WITH_BASES = Prepared(
    lambda: Academy.objects.published().with_training_bases().order_by("name").only("name", "slug"),
)
ACADEMIES_WITH_EVENTS = Prepared(lambda: Academy.objects.published().with_events().order_by("name").only("name", "slug"))
FIELD_OPTIONS = Prepared(lambda: Field.objects.published().order_by("order", "name").only("name", "slug"))
HONOUR_OPTIONS = Prepared(lambda: Honour.objects.in_use().only("name", "slug"))
