"""schema.org descriptions of academy pages (JSON-LD), built from what the views already fetched: no queries.

Only what the records state is described; a property the data does not have is left out.
"""
from academy.models import AcademyOrganisation, EventOrganisation, Organisation
from base.addresses import record_url

CONTEXT = "https://schema.org"

# Organisation.kind -> schema.org type.
ORGANISATION_TYPES = {
    Organisation.Kind.COLLEGE: "EducationalOrganization",
    Organisation.Kind.GOVERNMENT: "GovernmentOrganization",
    Organisation.Kind.STREET: "GovernmentOrganization",
    Organisation.Kind.INSTITUTE: "ResearchOrganization",
}

ACADEMY_FOUNDERS = (AcademyOrganisation.Role.HOST, AcademyOrganisation.Role.COBUILDER)
ACADEMY_PARENTS = (AcademyOrganisation.Role.LEADING,)
EVENT_ORGANIZERS = (EventOrganisation.Role.HOST, EventOrganisation.Role.COHOST)
EVENT_CONTRIBUTORS = (EventOrganisation.Role.ORGANISER, EventOrganisation.Role.SUPPORTER)


def url(request, obj):
    return request.build_absolute_uri(record_url(obj))


def compact(data):
    """Leaves out properties without a value (None, "", [])."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def alternate_names(record):
    """The short name. Aliases are left out: they are editors' matching aids, holding a text's own
    references (我校, 总工会), its misprints (第七——研究所) and the name in the other script, which the
    page's conversion makes the same as the name."""
    short = getattr(record, "short_name", "")
    return [short] if short and short != record.name else []


def role(prop, role_name, value):
    """schema.org's Role pattern: `value` as `prop`, in the role `role_name` (e.g. 共建单位)."""
    return {"@type": "Role", "roleName": str(role_name), prop: value}


def unique(items, key):
    seen, found = set(), []
    for item in items:
        if key(item) not in seen:
            seen.add(key(item))
            found.append(item)
    return found


# --- Short references to records ------------------------------------------------------------------------


def organisation_ref(request, organisation):
    return {
        "@type": ORGANISATION_TYPES.get(organisation.kind, "Organization"),
        "name": organisation.name,
        "url": url(request, organisation),
    }


def academy_ref(request, academy):
    return {"@type": "EducationalOrganization", "name": academy.name, "url": url(request, academy)}


def person_ref(request, person):
    return {"@type": "Person", "name": person.name, "url": url(request, person)}


def place_ref(request, organisation):
    """Where an event happens or a base is: the premises of an organisation."""
    return {"@type": "Place", "name": organisation.name, "url": url(request, organisation)}


def event_ref(request, event):
    return compact({
        "@type": "Event",
        "name": event.name,
        "url": url(request, event),
        "startDate": event.starts_on and event.starts_on.isoformat(),
    })


def locality(city, district=""):
    place = "".join(p for p in (city, district) if p)
    return {"@type": "PostalAddress", "addressLocality": place} if place else None


# --- Pages ---------------------------------------------------------------------------------------------


def academy(request, academy, description="", leaders=()):
    """EducationalOrganization: academy.for_detail() (organisation roles, headquarters) and its leaders' roles
    (academy.models.academies.page_roles)."""
    roles = academy.organisation_role_list
    data = {
        "@context": CONTEXT,
        "@type": "EducationalOrganization",
        "name": academy.name,
        "alternateName": alternate_names(academy),
        "url": url(request, academy),
        "description": description,
        "address": locality(academy.city, academy.district),
        "areaServed": academy.city and {"@type": "City", "name": academy.city},
        "foundingDate": academy.inaugurated_on and academy.inaugurated_on.isoformat(),
        "location": academy.headquarters and place_ref(request, academy.headquarters),
        "founder": [
            role("founder", r.get_role_display(), organisation_ref(request, r.organisation))
            for r in roles if r.role in ACADEMY_FOUNDERS
        ],
        "parentOrganization": [
            role("parentOrganization", r.get_role_display(), organisation_ref(request, r.organisation))
            for r in roles if r.role in ACADEMY_PARENTS
        ],
        "employee": [
            {**person_ref(request, r.person), "jobTitle": r.get_role_display()} for r in leaders
        ],
    }
    return compact(data)


def organisation(request, organisation, description=""):
    """Organization (EducationalOrganization for colleges): organisation.for_detail()."""
    data = {
        "@context": CONTEXT,
        **organisation_ref(request, organisation),
        "alternateName": alternate_names(organisation),
        "description": description,
        "address": locality(organisation.city),
        "parentOrganization": organisation.parent and organisation_ref(request, organisation.parent),
        "subOrganization": [organisation_ref(request, child) for child in organisation.child_list],
        "employee": [
            {**person_ref(request, p.person), "jobTitle": p.title} for p in organisation.position_list
        ],
    }
    return compact(data)


def person(request, person, description=""):
    """Person: honours as award, one worksFor per position, affiliation per academy role (for_detail())."""
    data = {
        "@context": CONTEXT,
        **person_ref(request, person),
        "description": description,
        "award": [item.honour.name for item in person.honour_list],
        "jobTitle": [p.title for p in person.position_list],
        "worksFor": [
            {"@type": "EmployeeRole", "roleName": p.title, "worksFor": organisation_ref(request, p.organisation)}
            for p in person.position_list
        ],
        "affiliation": [
            {"@type": "OrganizationRole", "roleName": r.get_role_display(), "affiliation": academy_ref(request, r.academy)}
            for r in person.role_list
        ],
    }
    return compact(data)


def course(request, course, description=""):
    """Course: provider, instructors, and an instance where its dates or place are known (for_detail())."""
    event = course.event
    starts_on = course.starts_on or (event and event.starts_on)
    ends_on = course.ends_on if course.starts_on else (event and event.ends_on)
    venue = event and event.venue
    instance = compact({
        "@type": "CourseInstance",
        "courseMode": venue and "Onsite",
        "startDate": starts_on and starts_on.isoformat(),
        "endDate": ends_on and ends_on.isoformat(),
        "location": venue and place_ref(request, venue),
        "instructor": [person_ref(request, p) for p in course.teacher_list],
    })
    data = {
        "@context": CONTEXT,
        "@type": "Course",
        "name": course.name,
        "url": url(request, course),
        "description": description,
        "provider": academy_ref(request, course.academy),
        "instructor": [person_ref(request, p) for p in course.teacher_list],
        "keywords": [field.name for field in course.field_list],
        "hasCourseInstance": [instance] if starts_on or venue else [],
    }
    return compact(data)


def event(request, event, description=""):
    """Event: dates, venue, organisers, speakers and parts (Event.objects.for_detail())."""
    roles = event.organisation_role_list
    organizers = [organisation_ref(request, r.organisation) for r in roles if r.role in EVENT_ORGANIZERS]
    if event.academy and any(r.role == EventOrganisation.Role.COHOST for r in roles):
        organizers.insert(0, academy_ref(request, event.academy))  # the academy is the other party
    speakers = unique((s.speaker for s in event.session_list if s.speaker), key=lambda p: p.pk)
    data = {
        "@context": CONTEXT,
        "@type": "Event",
        "name": event.name,
        "url": url(request, event),
        "description": description,
        "startDate": event.starts_on and event.starts_on.isoformat(),
        "endDate": (event.ends_on or event.starts_on) and (event.ends_on or event.starts_on).isoformat(),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventScheduled",
        "location": event.venue and place_ref(request, event.venue),
        "organizer": unique(organizers, key=lambda o: o["url"]),
        "contributor": unique(
            [organisation_ref(request, r.organisation) for r in roles if r.role in EVENT_CONTRIBUTORS],
            key=lambda o: o["url"],
        ),
        "performer": [person_ref(request, p) for p in speakers],
        "attendee": [person_ref(request, p) for p in event.attendee_list],
        "superEvent": event.parent and event_ref(request, event.parent),
        "subEvent": [event_ref(request, part) for part in event.part_list],
    }
    return compact(data)


def training_base(request, base, description=""):
    """Place: the base, within the premises of its host organisation (TrainingBase.objects.for_detail())."""
    data = {
        "@context": CONTEXT,
        "@type": "Place",
        "name": base.name,
        "url": url(request, base),
        "description": description,
        "keywords": [str(base.get_kind_display())],
        "address": locality(base.host.city),
        "containedInPlace": place_ref(request, base.host),
    }
    return compact(data)


def item_list(request, records, name=""):
    """ItemList of a list page's entries (those on this page, in order)."""
    return compact({
        "@context": CONTEXT,
        "@type": "ItemList",
        "name": str(name),
        "itemListElement": [
            {"@type": "ListItem", "position": n, "url": url(request, record), "name": record.name}
            for n, record in enumerate(records, start=1)
        ],
    })
