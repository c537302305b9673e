"""Public academy pages. Thin: the reads live in academy.querysets, each page a fixed number of queries."""
from urllib.parse import urlencode

from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from academy.models import (
    Academy,
    AcademyOrganisation,
    AcademyRole,
    Course,
    Event,
    EventOrganisation,
    Field,
    Honour,
    Organisation,
    Person,
    TrainingBase,
)
from academy.querysets import published_articles
from news.views import paginate

ACADEMY_PAGE_SIZE = 24
COURSE_PAGE_SIZE = 20
PERSON_PAGE_SIZE = 24
BASE_PAGE_SIZE = 60
EVENT_PAGE_SIZE = 20
ORGANISATION_PAGE_SIZE = 100
DETAIL_LIMIT = 12


def crumb(label, url=""):
    return {"label": label, "url": url}


def crumbs_to(view_name, label, *rest):
    return [crumb(label, reverse(view_name)), *rest]


def query_without_page(request, allowed):
    """The current filters as a query string, for pagination links."""
    return urlencode([(k, v) for k, v in request.GET.items() if k in allowed and v])


def choice(options, value):
    """The option whose slug/value matches, or None (an unknown filter value just finds nothing)."""
    for option in options:
        if getattr(option, "slug", option) == value:
            return option
    return None


# --- Academies -----------------------------------------------------------------------------------------


def academy_list(request):
    page = paginate(request, Academy.objects.public(), ACADEMY_PAGE_SIZE)
    return render(request, "academy/academy_list.html", {
        "page": page,
        "breadcrumbs": [crumb("学院")],
    })


def academy_detail(request, slug):
    academy = get_object_or_404(Academy.objects.for_detail(), slug=slug)
    roles = academy.role_list
    courses = Course.objects.filter(academy=academy)
    events = Event.objects.filter(academy=academy)
    context = {
        "academy": academy,
        "leaders": [r for r in roles if r.role in AcademyRole.LEADER_ROLES],
        "mentors": list(Person.objects.mentors(academy).order_by("name")[:DETAIL_LIMIT * 2]),
        "speakers": [r for r in roles if r.role == AcademyRole.Role.FORUM_SPEAKER],
        "course_count": courses.count(),
        "courses": list(courses.for_cards()[:DETAIL_LIMIT]),
        "events": list(events.select_related("parent").order_by("-starts_on", "parent_id", "order", "pk")[:DETAIL_LIMIT * 2]),
        "event_count": events.count(),
        "news": list(published_articles().filter(pk__in=academy_article_ids(academy))[:10]),
        "breadcrumbs": crumbs_to("academy:academy-list", "学院", crumb(academy.name)),
    }
    return render(request, "academy/academy_detail.html", context)


def academy_article_ids(academy):
    """Articles that name the academy, or one of its courses, events or training bases (a subquery)."""
    Article = published_articles().model
    named = (
        Q(academies=academy) | Q(events__academy=academy)
        | Q(courses__academy=academy) | Q(training_bases__academy=academy)
    )
    return Article.objects.filter(named).values("pk")


# --- Courses -------------------------------------------------------------------------------------------

COURSE_FILTERS = ("academy", "field", "teacher", "format")


def course_list(request):
    params = {k: request.GET.get(k, "").strip() for k in COURSE_FILTERS}
    academies = list(Academy.objects.order_by("name").only("name", "slug"))
    fields = list(Field.objects.order_by("order", "name").only("name", "slug"))
    teachers = list(Person.objects.filter(courses__isnull=False).distinct().order_by("name").only("name", "slug"))
    formats = Course.Format.choices
    if params["format"] not in dict(formats):
        params["format"] = ""
    courses = Course.objects.filter_by(**params).for_cards()
    page = paginate(request, courses, COURSE_PAGE_SIZE)
    selected = {
        "academy": choice(academies, params["academy"]),
        "field": choice(fields, params["field"]),
        "teacher": choice(teachers, params["teacher"]),
        "format": dict(formats).get(params["format"]),
    }
    return render(request, "academy/course_list.html", {
        "page": page,
        "params": params,
        "selected": selected,
        "filtered": any(params.values()),
        "academies": academies,
        "fields": fields,
        "teachers": teachers,
        "formats": formats,
        "query": query_without_page(request, COURSE_FILTERS),
        "breadcrumbs": [crumb("课程")],
    })


def course_detail(request, slug):
    course = get_object_or_404(Course.objects.for_detail(), slug=slug)
    siblings = list(
        Course.objects.filter(academy=course.academy_id).exclude(pk=course.pk)
        .order_by("-starts_on", "name")[:6]
    )
    return render(request, "academy/course_detail.html", {
        "course": course,
        "siblings": siblings,
        "breadcrumbs": crumbs_to("academy:course-list", "课程", crumb(course.name)),
    })


# --- People --------------------------------------------------------------------------------------------

PERSON_FILTERS = ("academy", "honour", "role")
MENTOR = "mentor-any"


def person_list(request):
    params = {k: request.GET.get(k, "").strip() for k in PERSON_FILTERS}
    academies = list(Academy.objects.order_by("name").only("name", "slug"))
    honours = list(Honour.objects.in_use().only("name", "slug"))
    roles = [(MENTOR, "导师（在学院授课的人）"), *AcademyRole.Role.choices]
    people = Person.objects.all()
    selected = {
        "academy": choice(academies, params["academy"]),
        "honour": choice(honours, params["honour"]),
        "role": dict(roles).get(params["role"]),
    }
    if params["academy"]:
        academy = selected["academy"]
        people = people.at_academy(academy) if academy else people.none()
    if params["honour"]:
        honour = selected["honour"]
        people = people.with_honour(honour) if honour else people.none()
    # With an academy chosen, a role means a role at that academy.
    if params["role"] == MENTOR:
        people = people.mentors(selected["academy"])
    elif params["role"]:
        people = people.with_role(params["role"], selected["academy"]) if selected["role"] else people.none()
    page = paginate(request, people.for_cards(), PERSON_PAGE_SIZE)
    return render(request, "academy/person_list.html", {
        "page": page,
        "params": params,
        "selected": selected,
        "filtered": any(params.values()),
        "academies": academies,
        "honours": honours,
        "roles": roles,
        "query": query_without_page(request, PERSON_FILTERS),
        "breadcrumbs": [crumb("导师与人物")],
    })


def person_detail(request, slug):
    person = get_object_or_404(Person.objects.for_detail(), slug=slug)
    headline = [f"{p.organisation.name}{p.title}" for p in person.position_list] + [
        f"{r.academy.name}{r.get_role_display()}" for r in person.role_list if r.role in AcademyRole.LEADER_ROLES
    ]
    return render(request, "academy/person_detail.html", {
        "person": person,
        "headline": headline,
        "lectures": [s for s in person.session_list if s.course_id or s.title],
        "breadcrumbs": crumbs_to("academy:person-list", "导师与人物", crumb(person.name)),
    })


# --- Training bases ------------------------------------------------------------------------------------

BASE_FILTERS = ("academy", "kind")


def base_list(request):
    params = {k: request.GET.get(k, "").strip() for k in BASE_FILTERS}
    academies = list(
        Academy.objects.annotate(n=Count("training_bases")).filter(n__gt=0).order_by("name").only("name", "slug")
    )
    kinds = TrainingBase.Kind.choices
    bases = TrainingBase.objects.all()
    if params["academy"]:
        bases = bases.filter(academy__slug=params["academy"])
    if params["kind"]:
        bases = bases.filter(kind=params["kind"])
    page = paginate(request, bases.for_listing(), BASE_PAGE_SIZE)
    return render(request, "academy/base_list.html", {
        "page": page,
        "params": params,
        "filtered": any(params.values()),
        "academies": academies,
        "kinds": kinds,
        "query": query_without_page(request, BASE_FILTERS),
        "breadcrumbs": [crumb("实训基地")],
    })


def base_detail(request, slug):
    base = get_object_or_404(TrainingBase.objects.for_detail(), slug=slug)
    siblings = list(
        TrainingBase.objects.filter(academy=base.academy_id).exclude(pk=base.pk).order_by("-kind", "order", "name")[:DETAIL_LIMIT]
    )
    return render(request, "academy/base_detail.html", {
        "base": base,
        "siblings": siblings,
        "breadcrumbs": crumbs_to("academy:base-list", "实训基地", crumb(base.name)),
    })


# --- Events --------------------------------------------------------------------------------------------

EVENT_FILTERS = ("academy", "kind")


def event_list(request):
    params = {k: request.GET.get(k, "").strip() for k in EVENT_FILTERS}
    academies = list(Academy.objects.filter(events__isnull=False).distinct().order_by("name").only("name", "slug"))
    kinds = Event.Kind.choices
    # Unfiltered, parts of an event are listed under it; filtered by kind, a part (a lecture) is found too.
    events = Event.objects.filter(kind=params["kind"]) if params["kind"] else Event.objects.top_level()
    if params["academy"]:
        events = events.filter(academy__slug=params["academy"])
    page = paginate(request, events.for_listing(), EVENT_PAGE_SIZE)
    return render(request, "academy/event_list.html", {
        "page": page,
        "params": params,
        "filtered": any(params.values()),
        "academies": academies,
        "kinds": kinds,
        "query": query_without_page(request, EVENT_FILTERS),
        "breadcrumbs": [crumb("活动")],
    })


def event_detail(request, slug):
    event = get_object_or_404(Event.objects.for_detail(), slug=slug)
    breadcrumbs = [crumb("活动", reverse("academy:event-list"))]
    if event.parent_id:
        breadcrumbs.append(crumb(event.parent.name, event.parent.get_absolute_url()))
    breadcrumbs.append(crumb(event.name))
    organiser_groups = {}
    for role in event.organisation_role_list:
        group = organiser_groups.setdefault(role.get_role_display(), [])
        if role.role == EventOrganisation.Role.COHOST and event.academy and not group:
            group.append(event.academy)  # "学院携手总工会共同举办": the academy is the other party
        group.append(role.organisation)
    return render(request, "academy/event_detail.html", {
        "event": event,
        "organiser_groups": organiser_groups,
        "breadcrumbs": breadcrumbs,
    })


# --- Organisations -------------------------------------------------------------------------------------


def organisation_list(request):
    page = paginate(request, Organisation.objects.for_listing(), ORGANISATION_PAGE_SIZE)
    return render(request, "academy/organisation_list.html", {
        "page": page,
        "breadcrumbs": [crumb("机构")],
    })


def organisation_detail(request, slug):
    organisation = get_object_or_404(Organisation.objects.for_detail(), slug=slug)
    stated_hq = {r.academy_id for r in organisation.academy_role_list if r.role == AcademyOrganisation.Role.HEADQUARTERS}
    return render(request, "academy/organisation_detail.html", {
        "organisation": organisation,
        "other_headquartered": [a for a in organisation.headquartered_list if a.pk not in stated_hq],
        "breadcrumbs": crumbs_to("academy:organisation-list", "机构", crumb(organisation.name)),
    })
