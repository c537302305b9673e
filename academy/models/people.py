"""People, their honours, positions and academy roles, and what their pages read."""
from functools import cache

from django.db import models
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, Value
from django.utils.translation import gettext_lazy as _

from academy.models.academies import Academy
from academy.models.common import (
    Child,
    Named,
    NameSearchMixin,
    as_stated_field,
    source_articles_field,
)
from academy.models.organisations import Organisation
from academy.models.pictures import picture_field
from academy.models.publishing import Publishable, RecordQuerySet, shown_through
from base import planner
from base.addresses import address
from base.fields import NameField
from base.natural_keys import NaturalKeyManager
from base.pagination import Concatenated


class HonourQuerySet(RecordQuerySet):
    def in_use(self):
        return self.filter(pk__in=PersonHonour.objects.published().values("honour")).order_by("order", "name")


HonourManager = NaturalKeyManager.from_queryset(HonourQuerySet)


class AcademyRoleQuerySet(RecordQuerySet):
    def leaders(self):
        return self.filter(role__in=self.model.LEADER_ROLES)

    def teaching(self):
        return self.filter(role__in=self.model.TEACHING_ROLES)


AcademyRoleManager = NaturalKeyManager.from_queryset(AcademyRoleQuerySet)


class PersonQuerySet(NameSearchMixin, RecordQuerySet):
    def mentors(self, academy=None, probe=False):
        """People who teach at an academy: a teaching role there, or a course there. Tested by reading the
        ids of both once, or with `probe` person by person (two index probes each, nothing read
        beforehand: for a walk of the name index, teaching_at)."""
        from academy.models import Course
        # Speaking at a forum is not teaching.
        teachers = Course.teachers.through.objects.filter(Course.shown_q("course__")).exclude(
            course__format=Course.Format.FORUM,
        )
        roles = AcademyRole.objects.published().teaching()
        if academy is not None:
            roles = roles.filter(academy=academy)
            teachers = teachers.filter(course__academy=academy)
        if probe:
            probes = (planner.Probe(ids.filter(person=OuterRef("pk"))) for ids in (roles, teachers))
            return self.filter(Q(*probes, _connector=Q.OR))
        return self.filter(Q(pk__in=roles.values("person")) | Q(pk__in=teachers.values("person")))

    def teaching_at(self, academy, wanted):
        """An academy's mentors by name, for its page's first `wanted` (base.planner chooses the plan). A
        big academy's by walking the name index and probing each person until the last wanted (3,839 of
        10,021 people: SQLite 7.7 -> 0.5 ms, PostgreSQL 16.7 -> 1.2 ms); a small one's by reading its mentors' ids and sorting them
        (the walk would probe every person). The sizes are a kept hint, not counted on each request."""
        return self.mentors(academy, probe=self.walks_mentors(academy, wanted)).order_by("name", "pk")

    def walks_mentors(self, academy, wanted) -> bool:
        """teaching_at's plan: whether the academy's first `wanted` mentors are found by walking the name index."""
        picks, total = planner.size_hint(f"academy-mentors:{academy.pk}", lambda: self.aggregate(
            picks=Count("pk", filter=Q(pk__in=self.mentors(academy).values("pk"))), total=Count("pk"),
        ).values())
        return planner.walks(picks, wanted, total, planner.PROBE_COST)

    def at_academy(self, academy):
        """Anyone with a role at the academy, a course there, or a session at one of its events."""
        from academy.models import Course, EventSession
        teachers = Course.teachers.through.objects.filter(Course.shown_q("course__"), course__academy=academy)
        return self.filter(
            Q(pk__in=AcademyRole.objects.published().filter(academy=academy).values("person"))
            | Q(pk__in=teachers.values("person"))
            | Q(pk__in=EventSession.objects.published().filter(event__academy=academy).values("speaker"))
        )

    def with_honour(self, honour):
        return self.filter(pk__in=PersonHonour.objects.published().filter(honour=honour).values("person"))

    def with_role(self, role, academy=None):
        roles = AcademyRole.objects.published().filter(role=role)
        if academy is not None:
            roles = roles.filter(academy=academy)
        return self.filter(pk__in=roles.values("person"))

    @staticmethod
    def _holds_role():
        """Whether the person holds a role at a shown academy. Not AcademyRole.published(): its test that the
        person is shown joined every role to its person again for each person tested, who is shown already
        (at 10,000 people the list's query 11.8 -> 7.9 ms on PostgreSQL, 7.0 -> 4.6 on SQLite)."""
        return Exists(AcademyRole.objects.filter(Academy.shown_q("academy__"), person=OuterRef("pk")))

    def _card_rows(self):
        """What a card shows of a person (academy/includes/person_card.html): name, link and portrait."""
        return self.select_related("portrait").only("name", "slug", "portrait__renditions", "portrait__alt")

    def for_cards(self):
        """People with their honours, positions and academy roles (3 prefetch queries), role holders first."""
        return (
            self._card_rows().prefetch_related(*person_prefetches())
            .annotate(has_academy_role=self._holds_role()).order_by("-has_academy_role", "slug", "pk")
        )

    def role_holders_first(self):
        """The people list: as for_cards, but as two walks of the slug index (base.pagination.Concatenated),
        so a page reads its own 24 people. One query ordering every person by has_academy_role sorted them
        all, a page costing what the directory holds (at 20,096 people, 29 ms of SQLite per page against 22
        at 10,021). Within a part the role test is a filter and has_academy_role a constant (computed for
        each row, PostgreSQL hashed every role of every person to print 24 of them)."""
        cards, holds = self._card_rows(), self._holds_role()
        return Concatenated(
            cards.filter(holds).annotate(has_academy_role=Value(True)).order_by("slug", "pk"),
            cards.exclude(holds).annotate(has_academy_role=Value(False)).order_by("slug", "pk"),
            count=self.count, prefetch=person_prefetches(),
        )

    def for_detail(self):
        from academy.models import Course, Event, EventSession
        from academy.models.courses import CARD_FIELDS as COURSE_CARD_FIELDS
        return self.select_related("portrait").prefetch_related(
            *person_prefetches(position_related=("organisation", "organisation__parent")),
            Prefetch(  # listed as on a course card, without teachers and fields
                "courses",
                queryset=Course.objects.published().select_related("academy", "event").only(*COURSE_CARD_FIELDS)
                .order_by("-starts_on", "name"),
                to_attr="course_list",
            ),
            Prefetch(
                "sessions",
                queryset=EventSession.objects.published().select_related("event", "course").only(
                    "speaker", "title", "event__name", "event__slug", "event__published",
                    "course__name", "course__slug", "course__published",
                ).order_by("-event__starts_on", "order"),
                to_attr="session_list",
            ),
            Prefetch(
                "events_attended",
                queryset=Event.objects.published().only("name", "slug", "starts_on", "ends_on")
                .order_by("-starts_on", "order"),
                to_attr="attended_list",
            ),
        )


@cache  # built once: base.prepared keeps its queries with the Prefetch objects
def person_prefetches(position_related=("organisation",)):
    """A person's honours, positions and academy roles as a card or their page shows them: names, titles and
    links (each linked record keeps `published` for the draft-link cut, academy.models.publishing)."""
    linked = [f"{path}__{name}" for path in position_related for name in ("name", "slug", "kind", "published")]
    return (
        Prefetch(
            "person_honours",
            queryset=PersonHonour.objects.published().select_related("honour")
            .only("person", "honour__name", "honour__slug").order_by("order", "pk"),
            to_attr="honour_list",
        ),
        Prefetch(
            "positions",
            queryset=Position.objects.published().select_related(*position_related)
            .only("person", "title", *linked).order_by("order", "pk"),
            to_attr="position_list",
        ),
        Prefetch(
            "academy_roles",
            queryset=AcademyRole.objects.published().select_related("academy")
            .only("person", "role", "academy__name", "academy__slug", "academy__published").order_by("order", "pk"),
            to_attr="role_list",
        ),
    )


PersonManager = NaturalKeyManager.from_queryset(PersonQuerySet)


class Honour(Named):
    description = models.TextField("说明", blank=True)
    order = models.PositiveSmallIntegerField("排序", default=100, help_text="数字小的排在前面。")
    source_articles = source_articles_field()

    natural_key_dependencies = ("news.article",)
    objects = HonourManager()

    class Meta:
        verbose_name = "荣誉称号"
        verbose_name_plural = "荣誉称号"
        ordering = ["order", "name"]

    def get_absolute_url(self):
        return address("academy:person-list") + f"?honour={self.slug}"


class Person(Named, Publishable):
    name = NameField("姓名", max_length=100)
    portrait = picture_field("肖像", "本人照片，从媒体库选择；没有则显示姓氏圆标，不要用他人或示意图片代替。")
    source_articles = source_articles_field("people")
    honours = models.ManyToManyField(Honour, through="PersonHonour", verbose_name="荣誉", blank=True, related_name="people")

    natural_key_dependencies = ("academy.honour", "news.article")
    objects = PersonManager()

    class Meta:
        verbose_name = "人物"
        verbose_name_plural = "人物"
        ordering = ["name"]
        # By name: the admin's list, and an academy's mentors walked in name order (teaching_at).
        indexes = [models.Index(fields=["name", "id"], name="person_name")]

    def get_absolute_url(self):
        return address("academy:person-detail", self.slug)


class PersonHonour(Child):
    person = models.ForeignKey(Person, verbose_name="人物", on_delete=models.CASCADE, related_name="person_honours")
    honour = models.ForeignKey(Honour, verbose_name="荣誉称号", on_delete=models.CASCADE, related_name="person_honours")
    as_stated = as_stated_field(200, help_text="例如：全国五一劳动奖章获得者")
    order = models.PositiveSmallIntegerField("排序", default=0)
    source_articles = source_articles_field()

    natural_key_fields = ("person__slug", "honour__slug")
    natural_key_dependencies = ("academy.person", "academy.honour")
    shown_on = "person"
    shown_q = staticmethod(shown_through(("person", Person)))

    class Meta:
        verbose_name = "人物荣誉"
        verbose_name_plural = "人物荣誉"
        ordering = ["person", "order", "pk"]
        constraints = [models.UniqueConstraint(fields=["person", "honour"], name="unique_person_honour")]

    def __str__(self):
        return self.as_stated or self.honour.name


class Position(Child):
    """A post a person holds at an organisation, e.g. 杨其景 · 闵行区总工会 · 主席."""

    person = models.ForeignKey(Person, verbose_name="人物", on_delete=models.CASCADE, related_name="positions")
    organisation = models.ForeignKey(Organisation, verbose_name="机构", on_delete=models.CASCADE, related_name="positions")
    title = models.CharField("职务", max_length=100)
    as_stated = as_stated_field()
    order = models.PositiveSmallIntegerField("排序", default=0)
    source_articles = source_articles_field()

    natural_key_fields = ("person__slug", "organisation__slug", "title")
    natural_key_dependencies = ("academy.person", "academy.organisation")
    shown_on = "person"
    shown_q = staticmethod(shown_through(("person", Person), ("organisation", Organisation)))

    class Meta:
        verbose_name = "职务"
        verbose_name_plural = "职务"
        ordering = ["person", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["person", "organisation", "title"], name="unique_person_position"),
        ]

    def __str__(self):
        return f"{self.organisation}{self.title}"


class AcademyRole(Child):
    class Role(models.TextChoices):
        PRESIDENT = "president", _("President")
        HONORARY_PRESIDENT = "honorary_president", _("Honorary president")
        LECTURER = "lecturer", _("Lecturer")
        MENTOR = "mentor", _("Mentor")
        FORUM_SPEAKER = "forum_speaker", _("Forum speaker")

    LEADER_ROLES = (Role.HONORARY_PRESIDENT, Role.PRESIDENT)
    TEACHING_ROLES = (Role.LECTURER, Role.MENTOR)

    person = models.ForeignKey(Person, verbose_name="人物", on_delete=models.CASCADE, related_name="academy_roles")
    # No index of its own: academy_role_kind below begins with it.
    academy = models.ForeignKey(
        Academy, verbose_name="学院", on_delete=models.CASCADE, related_name="roles", db_index=False,
    )
    role = models.CharField("角色", max_length=20, choices=Role.choices, db_index=True)
    as_stated = as_stated_field()
    order = models.PositiveSmallIntegerField("排序", default=0)
    source_articles = source_articles_field()

    natural_key_fields = ("person__slug", "academy__slug", "role")
    natural_key_dependencies = ("academy.person", "academy.academy")
    shown_on = "person"
    shown_q = staticmethod(shown_through(("person", Person), ("academy", Academy)))
    objects = AcademyRoleManager()

    class Meta:
        verbose_name = "学院任职"
        verbose_name_plural = "学院任职"
        ordering = ["academy", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["person", "academy", "role"], name="unique_person_academy_role"),
        ]
        # An academy's roles of some kinds: its leaders (its page, its card), its mentors. By academy alone,
        # each of a big academy's thousands of roles was read to test its kind (the page's 3.3 -> 0.1 ms).
        indexes = [models.Index(fields=["academy", "role"], name="academy_role_kind")]

    def __str__(self):
        return f"{self.academy}{self.get_role_display()}"
