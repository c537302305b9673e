"""Public academy pages. Thin: the reads live in the QuerySets beside the models (academy.models), each page a fixed number of queries.

Each page passes a PageMeta (title, description, JSON-LD from academy.structured_data) and its breadcrumbs;
interface text is English in the code and comes out of the locale catalogues.
"""
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext

from academy import page_reads, search, structured_data, teacher_search
from academy.list_filters import Filter, Filters
from academy.models import (
    Academy,
    AcademyOrganisation,
    AcademyRole,
    Course,
    Event,
    EventOrganisation,
    Organisation,
    Person,
    TrainingBase,
)
from academy.models.academies import page_roles
from academy.models.common import total_of
from academy.publishing import record_or_404
from academy.record_news import newest_news
from academy.templatetags.academy_tags import full_date, names
from base.addresses import address
from base.pagination import listing_meta, paginate
from base.seo import PageMeta, crumb

ACADEMY_PAGE_SIZE = 24
COURSE_PAGE_SIZE = 20
PERSON_PAGE_SIZE = 24
BASE_PAGE_SIZE = 60
EVENT_PAGE_SIZE = 20
ORGANISATION_PAGE_SIZE = 100

# The lists' titles, also their breadcrumbs.
ACADEMIES = gettext_lazy("Academies")
COURSES = gettext_lazy("Courses")
PEOPLE = gettext_lazy("Mentors and people")
BASES = gettext_lazy("Training bases")
EVENTS = gettext_lazy("Events")
ORGANISATIONS = gettext_lazy("Organisations")


def crumbs_to(view_name, label, *rest):
    return [crumb(label, address(view_name)), *rest]


def phrases(items):
    """A list of phrases: 上海市总工会兼职副主席，上海大零号湾工匠学院院长."""
    return pgettext("separator in a list of phrases", ", ").join(str(item) for item in items)


def record_page(request, template, record, preview, description, jsonld, breadcrumbs, **context):
    """A record's page: its title is its name; a staff preview of a draft is marked and not indexed. Its
    newest news and a link to the rest (academy.record_news)."""
    return render(request, template, {
        **newest_news(record),
        **context,
        "breadcrumbs": breadcrumbs,
        "preview": preview,
        "meta": PageMeta(title=record.name, description=description, noindex=preview, jsonld=[jsonld]),
    })


def sentences(*items):
    """Sentences one after another (Chinese leaves no space between them)."""
    text = ""
    for item in filter(None, items):
        text = pgettext("two sentences one after the other", "%(first)s %(second)s") % {
            "first": text, "second": item,
        } if text else str(item)
    return text


def list_page(request, template, records, page_size, title, description, filters=None):
    """A page of a list, with the list's filter form when it has one.

    A filtered list or a later page is not what a search should land on: noindex."""
    filtered = bool(filters and filters.filtered)
    page = paginate(request, records, page_size,
                    count=None if filtered else search.whole_list_count(records.model, records.count))
    heading = _("%(title)s (filtered)") % {"title": title} if filtered else str(title)
    meta = listing_meta(
        heading, description, page, noindex=filtered,
        jsonld=[structured_data.item_list(request, page.object_list, title)],
    )
    return render(request, template, {
        "page": page,
        "filters": filters,
        "breadcrumbs": [crumb(title)],
        "meta": meta,
    })


# --- Academies -----------------------------------------------------------------------------------------


def academy_list(request):
    description = _(
        "Craftsman academies across the country: where they are, when they were inaugurated, their presidents "
        "and honorary presidents, courses, training bases and events."
    )
    return list_page(
        request, "academy/academy_list.html", Academy.objects.published().public(), ACADEMY_PAGE_SIZE, ACADEMIES,
        description,
    )


def academy_description(academy):
    if academy.description and academy.place:
        return _("%(name)s (%(place)s): %(text)s") % {
            "name": academy.name, "place": academy.place, "text": academy.description,
        }
    if academy.description:
        return _("%(name)s: %(text)s") % {"name": academy.name, "text": academy.description}
    if academy.place:
        return _(
            "%(name)s (%(place)s): leaders, structure, founding organisations, training bases, programmes, "
            "courses, mentors and events."
        ) % {"name": academy.name, "place": academy.place}
    return _(
        "%(name)s: leaders, structure, founding organisations, training bases, programmes, courses, mentors "
        "and events."
    ) % {"name": academy.name}


def academy_detail(request, slug):
    academy, preview = record_or_404(request, Academy.objects.for_detail, slug=slug)
    roles = page_roles(academy)
    leaders = [r for r in roles if r.role in AcademyRole.LEADER_ROLES]
    courses, courses_recorded = total_of(page_reads.ACADEMY_COURSES(academy=academy.pk))
    events, events_recorded = total_of(page_reads.ACADEMY_EVENTS(academy=academy.pk))
    description = academy_description(academy)
    return record_page(
        request, "academy/academy_detail.html", academy, preview, description,
        structured_data.academy(request, academy, description, leaders),
        breadcrumbs=crumbs_to("academy:academy-list", ACADEMIES, crumb(academy.name)),
        academy=academy,
        leaders=leaders,
        mentors=page_reads.academy_mentors(academy),
        speakers=[r for r in roles if r.role == AcademyRole.Role.FORUM_SPEAKER],
        courses_recorded=courses_recorded,
        courses=courses,
        events=events,
        events_recorded=events_recorded,
    )


# --- Courses -------------------------------------------------------------------------------------------


def course_list(request):
    filters = Filters(
        request,
        Filter.of_records("academy", _("Academy"), _("All academies"), page_reads.ACADEMY_OPTIONS()),
        Filter.of_records("field", _("Field"), _("All fields"), page_reads.FIELD_OPTIONS()),
        teacher_search.teacher_filter(),
        Filter("format", _("Format"), _("All formats"), Course.Format.choices, strict=True),
    )
    teacher_search.show_chosen(filters["teacher"])
    courses = Course.objects.published().filter_by(**filters.values).for_cards()
    description = _(
        "Courses, lectures, training courses and forums of the craftsman academies, by academy, field and teacher."
    )
    return list_page(request, "academy/course_list.html", courses, COURSE_PAGE_SIZE, COURSES, description, filters)


def course_description(course):
    values = {"academy": course.academy.name, "format": course.get_format_display(), "name": course.name}
    if course.teacher_list:
        summary = _("%(academy)s, %(format)s: %(name)s, taught by %(teachers)s.") % {
            **values, "teachers": names(p.name for p in course.teacher_list),
        }
    else:
        summary = _("%(academy)s, %(format)s: %(name)s.") % values
    return sentences(summary, course.description)


def course_detail(request, slug):
    course, preview = record_or_404(request, Course.objects.for_detail, slug=slug)
    siblings = page_reads.COURSE_SIBLINGS(academy=course.academy_id, course=course.pk)
    description = course_description(course)
    return record_page(
        request, "academy/course_detail.html", course, preview, description,
        structured_data.course(request, course, description),
        breadcrumbs=crumbs_to("academy:course-list", COURSES, crumb(course.name)),
        course=course,
        siblings=siblings,
    )


# --- People --------------------------------------------------------------------------------------------

MENTOR = "mentor-any"


def person_list(request):
    filters = Filters(
        request,
        Filter.of_records("academy", _("Academy"), _("All academies"), page_reads.ACADEMY_OPTIONS()),
        Filter.of_records("honour", _("Honour"), _("All honours"), page_reads.HONOUR_OPTIONS()),
        Filter("role", _("Role"), _("All roles"), [(MENTOR, _("Mentor (teaches at an academy)")), *AcademyRole.Role.choices]),
    )
    academy, honour, role = filters["academy"], filters["honour"], filters["role"]
    # An unknown academy, honour or role finds no one.
    people = Person.objects.published()
    if academy.value:
        people = people.at_academy(academy.record) if academy.record else people.none()
    if honour.value:
        people = people.with_honour(honour.record) if honour.record else people.none()
    # With an academy chosen, a role means a role at that academy.
    if role.value == MENTOR:
        people = people.mentors(academy.record)
    elif role.value:
        people = people.with_role(role.value, academy.record) if role.selected else people.none()
    description = _(
        "Presidents, mentors, lecturers and forum speakers of the craftsman academies, with their honours and "
        "positions."
    )
    return list_page(
        request, "academy/person_list.html", people.role_holders_first(), PERSON_PAGE_SIZE, PEOPLE, description,
        filters,
    )


def person_headline(person):
    """What a person is, in the words of their positions and leading roles: 上海市总工会兼职副主席, ..."""
    return [
        _("%(organisation)s %(title)s") % {"organisation": p.organisation.name, "title": p.title}
        for p in person.position_list
    ] + [
        _("%(organisation)s %(title)s") % {"organisation": r.academy.name, "title": r.get_role_display()}
        for r in person.role_list if r.role in AcademyRole.LEADER_ROLES
    ]


def person_description(person, headline):
    honours = [item.honour.name for item in person.honour_list]
    if not headline and not honours:
        return _("%(name)s: honours, positions, academy roles, lectures and news.") % {"name": person.name}
    return sentences(
        headline and _("%(name)s: %(headline)s.") % {"name": person.name, "headline": phrases(headline)},
        honours and (
            _("Honours: %(honours)s.") if headline else _("%(name)s. Honours: %(honours)s.")
        ) % {"name": person.name, "honours": names(honours)},
    )


def person_detail(request, slug):
    person, preview = record_or_404(request, Person.objects.for_detail, slug=slug)
    headline = person_headline(person)
    description = person_description(person, headline)
    return record_page(
        request, "academy/person_detail.html", person, preview, description,
        structured_data.person(request, person, description),
        breadcrumbs=crumbs_to("academy:person-list", PEOPLE, crumb(person.name)),
        person=person,
        headline=phrases(headline),
        lectures=[s for s in person.session_list if s.course or s.title],
    )


# --- Training bases ------------------------------------------------------------------------------------


def base_list(request):
    filters = Filters(
        request,
        Filter.of_records("academy", _("Academy"), _("All academies"), page_reads.ACADEMIES_WITH_BASES()),
        Filter("kind", _("Type"), _("All types"), TrainingBase.Kind.choices),
    )
    bases = TrainingBase.objects.published().filter_by(**filters.values).for_listing()
    description = _(
        "The workers' innovation training bases of the craftsman academies: company training bases and college "
        "training centres, by academy."
    )
    return list_page(request, "academy/training_base_list.html", bases, BASE_PAGE_SIZE, BASES, description, filters)


def base_description(base):
    values = {
        "academy": base.academy.name, "kind": base.get_kind_display(), "batch": base.batch, "name": base.name,
        "host": base.host.name,
    }
    if base.batch:
        return _("%(academy)s, %(kind)s (%(batch)s): %(name)s, at %(host)s.") % values
    return _("%(academy)s, %(kind)s: %(name)s, at %(host)s.") % values


def base_detail(request, slug):
    base, preview = record_or_404(request, TrainingBase.objects.for_detail, slug=slug)
    siblings = page_reads.BASE_SIBLINGS(academy=base.academy_id, base=base.pk)
    description = base_description(base)
    return record_page(
        request, "academy/training_base_detail.html", base, preview, description,
        structured_data.training_base(request, base, description),
        breadcrumbs=crumbs_to("academy:base-list", BASES, crumb(base.name)),
        base=base,
        siblings=siblings,
    )


# --- Events --------------------------------------------------------------------------------------------


def event_list(request):
    filters = Filters(
        request,
        Filter.of_records("academy", _("Academy"), _("All academies"), page_reads.ACADEMIES_WITH_EVENTS()),
        Filter("kind", _("Type"), _("All types"), Event.Kind.choices),
    )
    events = Event.objects.published().filter_by(**filters.values).for_listing()
    description = _(
        "Inauguration ceremonies, training courses, forums and lectures of the craftsman academies: dates, "
        "venues, organisers and reports."
    )
    return list_page(request, "academy/event_list.html", events, EVENT_PAGE_SIZE, EVENTS, description, filters)


def event_description(event):
    values = {"kind": event.get_kind_display(), "name": event.name}
    if event.starts_on:
        summary = _("%(kind)s on %(date)s: %(name)s.") % {**values, "date": full_date(event.starts_on)}
    else:
        summary = _("%(kind)s: %(name)s.") % values
    venue = event.venue and _("Venue: %(venue)s.") % {"venue": event.venue.name}
    return sentences(summary, venue, event.description or _("Programme, organisers and reports."))


def event_detail(request, slug):
    event, preview = record_or_404(request, Event.objects.for_detail, slug=slug)
    breadcrumbs = [crumb(EVENTS, address("academy:event-list"))]
    if event.parent:  # None when the parent is a draft
        breadcrumbs.append(crumb(event.parent.name, event.parent.get_absolute_url()))
    breadcrumbs.append(crumb(event.name))
    organiser_groups = {}
    for role in event.organisation_role_list:
        group = organiser_groups.setdefault(role.get_role_display(), [])
        if role.role == EventOrganisation.Role.COHOST and event.academy and not group:
            group.append(event.academy)  # "学院携手总工会共同举办": the academy is the other party
        group.append(role.organisation)
    description = event_description(event)
    return record_page(
        request, "academy/event_detail.html", event, preview, description,
        structured_data.event(request, event, description),
        breadcrumbs=breadcrumbs,
        event=event,
        organiser_groups=organiser_groups,
    )


# --- Organisations -------------------------------------------------------------------------------------


def organisation_list(request):
    organisations = Organisation.objects.published().for_listing()
    description = _(
        "Trade unions, colleges, companies, research institutes and government bodies that work with the "
        "craftsman academies."
    )
    return list_page(
        request, "academy/organisation_list.html", organisations, ORGANISATION_PAGE_SIZE, ORGANISATIONS, description,
    )


def organisation_description(organisation):
    if organisation.description:
        return _("%(name)s: %(text)s") % {"name": organisation.name, "text": organisation.description}
    return _(
        "%(name)s (%(kind)s): its part in the craftsman academies, its people, training bases, events and news."
    ) % {"name": organisation.name, "kind": organisation.get_kind_display()}


def organisation_detail(request, slug):
    organisation, preview = record_or_404(request, Organisation.objects.for_detail, slug=slug)
    stated_hq = {r.academy_id for r in organisation.academy_role_list if r.role == AcademyOrganisation.Role.HEADQUARTERS}
    description = organisation_description(organisation)
    return record_page(
        request, "academy/organisation_detail.html", organisation, preview, description,
        structured_data.organisation(request, organisation, description),
        breadcrumbs=crumbs_to("academy:organisation-list", ORGANISATIONS, crumb(organisation.name)),
        organisation=organisation,
        other_headquartered=[a for a in organisation.headquartered_list if a.pk not in stated_hq],
    )
