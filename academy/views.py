"""Public academy pages. Thin: the reads live in academy.querysets, each page a fixed number of queries."""
from django.db.models import Q
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from academy.list_filters import Filter, Filters
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


def list_page(request, template, records, page_size, title, filters=None):
    """A page of a list, with the list's filter form when it has one."""
    return render(request, template, {
        "page": paginate(request, records, page_size),
        "filters": filters,
        "breadcrumbs": [crumb(title)],
    })


# --- Academies -----------------------------------------------------------------------------------------


def academy_list(request):
    return list_page(request, "academy/academy_list.html", Academy.objects.public(), ACADEMY_PAGE_SIZE, "学院")


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


def course_list(request):
    teachers = Person.objects.filter(courses__isnull=False).distinct()
    filters = Filters(
        request,
        Filter.of_records("academy", "学院", Academy.objects.order_by("name")),
        Filter.of_records("field", "领域", Field.objects.order_by("order", "name")),
        Filter.of_records("teacher", "授课人", teachers.order_by("name")),
        Filter("format", "形式", Course.Format.choices, strict=True),
    )
    courses = Course.objects.filter_by(**filters.values).for_cards()
    return list_page(request, "academy/course_list.html", courses, COURSE_PAGE_SIZE, "课程", filters)


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

MENTOR = "mentor-any"


def person_list(request):
    filters = Filters(
        request,
        Filter.of_records("academy", "学院", Academy.objects.order_by("name")),
        Filter.of_records("honour", "荣誉", Honour.objects.in_use()),
        Filter("role", "身份", [(MENTOR, "导师（在学院授课的人）"), *AcademyRole.Role.choices]),
    )
    academy, honour, role = filters["academy"], filters["honour"], filters["role"]
    # An unknown academy, honour or role finds no one.
    people = Person.objects.all()
    if academy.value:
        people = people.at_academy(academy.record) if academy.record else people.none()
    if honour.value:
        people = people.with_honour(honour.record) if honour.record else people.none()
    # With an academy chosen, a role means a role at that academy.
    if role.value == MENTOR:
        people = people.mentors(academy.record)
    elif role.value:
        people = people.with_role(role.value, academy.record) if role.selected else people.none()
    return list_page(request, "academy/person_list.html", people.for_cards(), PERSON_PAGE_SIZE, "导师与人物", filters)


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


def base_list(request):
    filters = Filters(
        request,
        Filter.of_records("academy", "学院", Academy.objects.with_training_bases().order_by("name")),
        Filter("kind", "类型", TrainingBase.Kind.choices),
    )
    bases = TrainingBase.objects.filter_by(**filters.values).for_listing()
    return list_page(request, "academy/base_list.html", bases, BASE_PAGE_SIZE, "实训基地", filters)


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


def event_list(request):
    filters = Filters(
        request,
        Filter.of_records("academy", "学院", Academy.objects.with_events().order_by("name")),
        Filter("kind", "类型", Event.Kind.choices),
    )
    events = Event.objects.filter_by(**filters.values).for_listing()
    return list_page(request, "academy/event_list.html", events, EVENT_PAGE_SIZE, "活动", filters)


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
    organisations = Organisation.objects.for_listing()
    return list_page(request, "academy/organisation_list.html", organisations, ORGANISATION_PAGE_SIZE, "机构")


def organisation_detail(request, slug):
    organisation = get_object_or_404(Organisation.objects.for_detail(), slug=slug)
    stated_hq = {r.academy_id for r in organisation.academy_role_list if r.role == AcademyOrganisation.Role.HEADQUARTERS}
    return render(request, "academy/organisation_detail.html", {
        "organisation": organisation,
        "other_headquartered": [a for a in organisation.headquartered_list if a.pk not in stated_hq],
        "breadcrumbs": crumbs_to("academy:organisation-list", "机构", crumb(organisation.name)),
    })
