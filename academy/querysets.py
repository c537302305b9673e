"""Reads of academy records. Public pages get everything they show through these methods, with a fixed
number of queries: related rows come by select_related or one prefetch query per relation.
"""
from django.apps import apps
from django.db import models
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce

from base.natural_keys import NaturalKeyManager


def _model(name):
    return apps.get_model("academy", name)


def published_articles():
    """Published articles for link lists: no body, newest first."""
    Article = apps.get_model("news", "Article")
    return Article.objects.published().defer("body").order_by("-published_at", "-pk")


def articles_prefetch(lookup="source_articles", to_attr="articles"):
    return Prefetch(lookup, queryset=published_articles(), to_attr=to_attr)


def count_of(model, fk, **filters):
    """How many `model` rows point here through `fk`, as a subquery (no join, no duplicated rows)."""
    rows = (
        model.objects.filter(**{fk: OuterRef("pk")}, **filters)
        .order_by().values(fk).annotate(n=Count("pk")).values("n")
    )
    return Coalesce(Subquery(rows, output_field=models.IntegerField()), 0)


class NameSearchMixin:
    """Records whose name or aliases contain every term, in either script (for the site search)."""

    def named(self, terms):
        from zhtext.search import spellings

        queryset = self
        for term in terms:
            match = Q()
            for spelling in spellings(term):
                match |= Q(name__contains=spelling) | Q(aliases__contains=spelling)
            queryset = queryset.filter(match)
        return queryset.order_by("name")


class SameAcademyMixin:
    def alongside(self, record):
        """The other records of the same academy (a detail page's "more from this academy")."""
        return self.filter(academy=record.academy_id).exclude(pk=record.pk)


# --- Organisations -------------------------------------------------------------------------------------


class OrganisationQuerySet(NameSearchMixin, models.QuerySet):
    def for_listing(self):
        return self.select_related("parent").order_by("kind", "name")

    def for_detail(self):
        Position = _model("Position")
        AcademyOrganisation = _model("AcademyOrganisation")
        EventOrganisation = _model("EventOrganisation")
        return self.select_related("parent").prefetch_related(
            Prefetch("children", queryset=self.model.objects.order_by("name"), to_attr="child_list"),
            Prefetch(
                "positions",
                queryset=Position.objects.select_related("person").order_by("person__name", "order"),
                to_attr="position_list",
            ),
            Prefetch(
                "academy_roles",
                queryset=AcademyOrganisation.objects.select_related("academy").order_by("academy__name", "order"),
                to_attr="academy_role_list",
            ),
            Prefetch(
                "headquartered_academies", queryset=_model("Academy").objects.order_by("name"),
                to_attr="headquartered_list",
            ),
            Prefetch(
                "training_bases",
                queryset=_model("TrainingBase").objects.select_related("academy").order_by("academy__name", "order"),
                to_attr="base_list",
            ),
            Prefetch(
                "event_roles",
                queryset=EventOrganisation.objects.select_related("event").order_by("-event__starts_on", "order"),
                to_attr="event_role_list",
            ),
            Prefetch(
                "hosted_events", queryset=_model("Event").objects.top_level().order_by("-starts_on", "order"),
                to_attr="hosted_event_list",
            ),
            articles_prefetch(),
        )


OrganisationManager = NaturalKeyManager.from_queryset(OrganisationQuerySet)


# --- Academies -----------------------------------------------------------------------------------------


class AcademyQuerySet(NameSearchMixin, models.QuerySet):
    def public(self):
        """Academies as the public sees them, with their card figures and leaders (2 queries)."""
        Course = _model("Course")
        TrainingBase = _model("TrainingBase")
        Event = _model("Event")
        return (
            self.select_related("headquarters")
            .annotate(
                course_count=count_of(Course, "academy"),
                base_count=count_of(TrainingBase, "academy"),
                event_count=count_of(Event, "academy"),
            )
            .prefetch_related(leaders_prefetch())
            .order_by("-inaugurated_on", "name")
        )

    def with_training_bases(self):
        return self.filter(pk__in=_model("TrainingBase").objects.values("academy"))

    def with_events(self):
        return self.filter(pk__in=_model("Event").objects.values("academy"))

    def for_home(self, limit=6):
        """A list for the home page's academy cards: always 2 queries."""
        return list(self.public()[:limit])

    def for_detail(self):
        AcademyOrganisation = _model("AcademyOrganisation")
        AcademyRole = _model("AcademyRole")
        TrainingBase = _model("TrainingBase")
        Programme = _model("Programme")
        return self.select_related("headquarters").prefetch_related(
            Prefetch(
                "organisation_roles",
                queryset=AcademyOrganisation.objects.select_related("organisation").order_by("order", "pk"),
                to_attr="organisation_role_list",
            ),
            Prefetch(
                "roles",
                queryset=AcademyRole.objects.select_related("person").order_by("order", "pk"),
                to_attr="role_list",
            ),
            Prefetch(
                "training_bases",
                queryset=TrainingBase.objects.select_related("host").order_by("-kind", "order", "name"),
                to_attr="base_list",
            ),
            Prefetch(
                "programmes",
                queryset=Programme.objects.select_related("organiser", "launch_event").prefetch_related("fields"),
                to_attr="programme_list",
            ),
            articles_prefetch(),
        )


def leaders_prefetch(to_attr="leader_roles"):
    AcademyRole = _model("AcademyRole")
    return Prefetch(
        "roles",
        queryset=AcademyRole.objects.leaders().select_related("person").order_by("role", "order", "pk"),
        to_attr=to_attr,
    )


AcademyManager = NaturalKeyManager.from_queryset(AcademyQuerySet)


# --- People --------------------------------------------------------------------------------------------


class HonourQuerySet(models.QuerySet):
    def in_use(self):
        return self.filter(pk__in=_model("PersonHonour").objects.values("honour")).order_by("order", "name")


HonourManager = NaturalKeyManager.from_queryset(HonourQuerySet)


class AcademyRoleQuerySet(models.QuerySet):
    def leaders(self):
        return self.filter(role__in=self.model.LEADER_ROLES)

    def teaching(self):
        return self.filter(role__in=self.model.TEACHING_ROLES)


AcademyRoleManager = NaturalKeyManager.from_queryset(AcademyRoleQuerySet)


class PersonQuerySet(NameSearchMixin, models.QuerySet):
    def mentors(self, academy=None):
        """People who teach at an academy: a teaching role there, or a course there."""
        AcademyRole = _model("AcademyRole")
        Course = _model("Course")
        # Speaking at a forum is not teaching.
        teachers = Course.teachers.through.objects.exclude(course__format=Course.Format.FORUM)
        roles = AcademyRole.objects.teaching()
        if academy is not None:
            roles = roles.filter(academy=academy)
            teachers = teachers.filter(course__academy=academy)
        return self.filter(Q(pk__in=roles.values("person")) | Q(pk__in=teachers.values("person")))

    def at_academy(self, academy):
        """Anyone with a role at the academy, a course there, or a session at one of its events."""
        teachers = _model("Course").teachers.through.objects.filter(course__academy=academy)
        return self.filter(
            Q(pk__in=_model("AcademyRole").objects.filter(academy=academy).values("person"))
            | Q(pk__in=teachers.values("person"))
            | Q(pk__in=_model("EventSession").objects.filter(event__academy=academy).values("speaker"))
        )

    def with_honour(self, honour):
        return self.filter(pk__in=_model("PersonHonour").objects.filter(honour=honour).values("person"))

    def with_role(self, role, academy=None):
        roles = _model("AcademyRole").objects.filter(role=role)
        if academy is not None:
            roles = roles.filter(academy=academy)
        return self.filter(pk__in=roles.values("person"))

    def for_cards(self):
        """People with their honours, positions and academy roles: 3 prefetch queries."""
        roles = _model("AcademyRole").objects.filter(person=OuterRef("pk"))
        return (
            self.prefetch_related(*person_prefetches())
            .annotate(has_academy_role=Exists(roles))
            .order_by("-has_academy_role", "slug", "pk")
        )

    def for_detail(self):
        return self.prefetch_related(
            *person_prefetches(position_related=("organisation", "organisation__parent")),
            Prefetch(
                "courses",
                queryset=_model("Course").objects.select_related("academy", "event").order_by("-starts_on", "name"),
                to_attr="course_list",
            ),
            Prefetch(
                "sessions",
                queryset=_model("EventSession").objects.select_related("event", "course")
                .order_by("-event__starts_on", "order"),
                to_attr="session_list",
            ),
            Prefetch(
                "events_attended", queryset=_model("Event").objects.order_by("-starts_on", "order"),
                to_attr="attended_list",
            ),
            articles_prefetch(),
        )


def person_prefetches(position_related=("organisation",)):
    return [
        Prefetch(
            "person_honours",
            queryset=_model("PersonHonour").objects.select_related("honour").order_by("order", "pk"),
            to_attr="honour_list",
        ),
        Prefetch(
            "positions",
            queryset=_model("Position").objects.select_related(*position_related).order_by("order", "pk"),
            to_attr="position_list",
        ),
        Prefetch(
            "academy_roles",
            queryset=_model("AcademyRole").objects.select_related("academy").order_by("order", "pk"),
            to_attr="role_list",
        ),
    ]


PersonManager = NaturalKeyManager.from_queryset(PersonQuerySet)


# --- Courses and programmes ----------------------------------------------------------------------------


class CourseQuerySet(SameAcademyMixin, models.QuerySet):
    def filter_by(self, academy=None, field=None, teacher=None, format=None):
        """Catalogue filters by slug (or format value); an empty value means no filter."""
        qs = self
        if academy:
            qs = qs.filter(academy__slug=academy)
        if field:
            qs = qs.filter(pk__in=self.model.fields.through.objects.filter(field__slug=field).values("course"))
        if teacher:
            qs = qs.filter(pk__in=self.model.teachers.through.objects.filter(person__slug=teacher).values("course"))
        if format:
            qs = qs.filter(format=format)
        return qs

    def for_cards(self):
        """Courses with academy, programme, event, teachers and fields: 1 query + 2 prefetches."""
        return (
            self.select_related("academy", "programme", "event")
            .prefetch_related(
                Prefetch("teachers", queryset=_model("Person").objects.order_by("name"), to_attr="teacher_list"),
                fields_prefetch(),
            )
            .order_by("-starts_on", "name", "pk")
        )

    def for_detail(self):
        """One course with its teachers (and their honours, positions, roles), sessions and reports."""
        return self.select_related(
            "academy", "programme", "programme__academy", "programme__organiser", "event", "event__venue",
        ).prefetch_related(
            Prefetch("teachers", queryset=_model("Person").objects.for_cards(), to_attr="teacher_list"),
            fields_prefetch(),
            Prefetch(
                "sessions", queryset=_model("EventSession").objects.select_related("event", "speaker"),
                to_attr="session_list",
            ),
            articles_prefetch(),
        )


def fields_prefetch():
    return Prefetch("fields", queryset=_model("Field").objects.order_by("order", "name"), to_attr="field_list")


CourseManager = NaturalKeyManager.from_queryset(CourseQuerySet)


# --- Training bases ------------------------------------------------------------------------------------


class TrainingBaseQuerySet(SameAcademyMixin, models.QuerySet):
    def filter_by(self, academy="", kind=""):
        """List filters by academy slug and kind; an empty value means no filter."""
        bases = self.filter(academy__slug=academy) if academy else self
        return bases.filter(kind=kind) if kind else bases

    def for_listing(self):
        return self.select_related("academy", "host", "host__parent").order_by("academy__name", "-kind", "order", "name")

    def for_detail(self):
        return self.select_related("academy", "host", "host__parent").prefetch_related(articles_prefetch())


TrainingBaseManager = NaturalKeyManager.from_queryset(TrainingBaseQuerySet)


# --- Events --------------------------------------------------------------------------------------------


class EventQuerySet(models.QuerySet):
    def top_level(self):
        return self.filter(parent__isnull=True)

    def filter_by(self, academy="", kind=""):
        """List filters by academy slug and kind. Unfiltered by kind, parts of an event are left to be
        listed under it; filtered by kind, a part (a lecture) is found too."""
        events = self.filter(kind=kind) if kind else self.top_level()
        return events.filter(academy__slug=academy) if academy else events

    def for_listing(self):
        """Events with academy, venue, parent, organisers and parts: 1 query + 2 prefetches."""
        return (
            self.select_related("academy", "venue", "parent")
            .prefetch_related(
                Prefetch(
                    "organisation_roles",
                    queryset=_model("EventOrganisation").objects.select_related("organisation").order_by("order", "pk"),
                    to_attr="organisation_role_list",
                ),
                Prefetch("parts", queryset=self.model.objects.order_by("order", "pk"), to_attr="part_list"),
            )
            .order_by("-starts_on", "parent_id", "order", "pk")
        )

    def for_detail(self):
        return self.for_listing().prefetch_related(
            Prefetch(
                "sessions",
                queryset=_model("EventSession").objects.select_related("speaker", "course").order_by("order"),
                to_attr="session_list",
            ),
            Prefetch(
                "courses", queryset=_model("Course").objects.order_by("starts_on", "name"), to_attr="course_list",
            ),
            Prefetch("attendees", queryset=_model("Person").objects.order_by("name"), to_attr="attendee_list"),
            Prefetch(
                "launched_programmes", queryset=_model("Programme").objects.select_related("academy").order_by("name"),
                to_attr="programme_list",
            ),
            articles_prefetch(),
        )


EventManager = NaturalKeyManager.from_queryset(EventQuerySet)
