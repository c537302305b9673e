"""Events, their organisers and programme, and what their pages read."""
from django.db import models
from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _

from academy.models.academies import Academy
from academy.models.common import (
    Child,
    Named,
    NameSearchMixin,
    SameAcademyMixin,
    as_stated_field,
    source_articles_field,
)
from academy.models.courses import Course
from academy.models.organisations import Organisation
from academy.models.people import Person
from academy.models.pictures import EventPhoto, photos_prefetch
from academy.models.publishing import Publishable, RecordQuerySet, shown_through
from base.addresses import address
from base.natural_keys import NaturalKeyManager


class EventQuerySet(NameSearchMixin, SameAcademyMixin, RecordQuerySet):
    def top_level(self):
        return self.filter(parent__isnull=True)

    def filter_by(self, academy="", kind=""):
        """List filters by academy slug and kind. Unfiltered by kind, parts of an event are left to be
        listed under it; filtered by kind, a part (a lecture) is found too."""
        events = self.filter(kind=kind) if kind else self.top_level()
        return events.filter(academy__slug=academy) if academy else events

    def with_organisers(self):
        """Events with academy, venue, parent, organisers and parts: 1 query + 2 prefetches."""
        return (
            self.select_related("academy", "venue", "parent")
            .prefetch_related(
                Prefetch(
                    "organisation_roles",
                    queryset=EventOrganisation.objects.published().select_related("organisation").order_by("order", "pk"),
                    to_attr="organisation_role_list",
                ),
                Prefetch("parts", queryset=self.model.objects.published().order_by("order", "pk"), to_attr="part_list"),
            )
            .chronological()
        )

    def for_listing(self):
        """The events list's cards: what with_organisers() reads, only the fields a card shows (each linked
        record keeps `published` for the draft-link cut, academy.models.publishing), and each event's first
        photo: 1 query + 3 prefetches."""
        linked = [f"{path}__{name}" for path in ("academy", "venue", "parent") for name in ("name", "slug", "published")]
        return (
            self.select_related("academy", "venue", "parent")
            .only("name", "slug", "kind", "starts_on", "ends_on", "attendance_stated", *linked)
            .prefetch_related(
                Prefetch(
                    "organisation_roles",
                    queryset=EventOrganisation.objects.published().select_related("organisation")
                    .only("event", "role", "organisation__name", "organisation__published").order_by("order", "pk"),
                    to_attr="organisation_role_list",
                ),
                Prefetch(
                    "parts", queryset=self.model.objects.published().only("parent", "name", "slug").order_by("order", "pk"),
                    to_attr="part_list",
                ),
                photos_prefetch(EventPhoto, "first_photos", first_only=True),
            )
            .chronological()
        )

    def timeline(self):
        """An academy page's timeline: each event's dates, name and kind, and the name of what it is part of
        (`published` kept for the draft-link cut, academy.models.publishing)."""
        return self.select_related("parent").chronological().only(
            "name", "slug", "kind", "starts_on", "ends_on", "parent__name", "parent__published",
        )

    def chronological(self):
        """Newest first; an event's parts after it, in programme order."""
        return self.order_by("-starts_on", "parent_id", "order", "pk")

    def for_detail(self):
        from academy.models import Course, Programme
        return self.with_organisers().prefetch_related(
            Prefetch(
                "sessions",
                queryset=EventSession.objects.published().select_related("speaker", "course").order_by("order"),
                to_attr="session_list",
            ),
            Prefetch(
                "courses", queryset=Course.objects.published().order_by("starts_on", "name"), to_attr="course_list",
            ),
            Prefetch(  # in the order the report names them (protocol order)
                "attendances",
                queryset=EventAttendance.objects.published().select_related("person").order_by("order", "pk"),
                to_attr="attendance_list",
            ),
            Prefetch(
                "launched_programmes", queryset=Programme.objects.published().select_related("academy").order_by("name"),
                to_attr="programme_list",
            ),
            photos_prefetch(EventPhoto),
        )


EventManager = NaturalKeyManager.from_queryset(EventQuerySet)


class Event(Named, Publishable):
    class Kind(models.TextChoices):
        CEREMONY = "ceremony", _("Ceremony")
        TRAINING = "training", _("Training course")
        FORUM = "forum", _("Forum")
        LECTURE = "lecture", _("Lecture")
        OTHER = "other", _("Other")

    name = models.CharField("标题", max_length=200)
    kind = models.CharField("类型", max_length=20, choices=Kind.choices, db_index=True)
    academy = models.ForeignKey(
        Academy, verbose_name="学院", null=True, blank=True, on_delete=models.SET_NULL, related_name="events",
    )
    parent = models.ForeignKey(
        "self", verbose_name="所属活动", null=True, blank=True, on_delete=models.SET_NULL, related_name="parts",
        help_text="“暨”“同期”举办的活动，或活动中的一个环节，指向主活动。",
    )
    order = models.PositiveSmallIntegerField("环节顺序", default=0)
    starts_on = models.DateField("开始日期", null=True, blank=True)
    ends_on = models.DateField("结束日期", null=True, blank=True)
    venue = models.ForeignKey(
        Organisation, verbose_name="举办地点（单位）", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="hosted_events",
    )
    attendance_stated = models.CharField("参加人数（原文）", max_length=100, blank=True, help_text="例如：220余人")
    description = models.TextField("简介", blank=True)
    organisations = models.ManyToManyField(
        Organisation, through="EventOrganisation", verbose_name="主办与承办单位", blank=True, related_name="events",
    )
    attendees = models.ManyToManyField(
        Person, through="EventAttendance", verbose_name="出席的领导和嘉宾", blank=True, related_name="events_attended",
    )
    source_articles = source_articles_field("events", verbose_name="报道")

    natural_key_dependencies = ("academy.academy", "academy.organisation", "academy.person", "news.article")
    objects = EventManager()

    @classmethod
    def shown_q(cls, prefix=""):
        """Published, and its academy (if it has one) shown."""
        academy = Q(**{f"{prefix}academy__isnull": True}) | Academy.shown_q(f"{prefix}academy__")
        return super().shown_q(prefix) & academy

    class Meta:
        verbose_name = "活动"
        verbose_name_plural = "活动"
        ordering = ["-starts_on", "order", "name"]

    def get_absolute_url(self):
        return address("academy:event-detail", self.slug)

    @property
    def attendee_list(self):
        """The attendees in protocol order (from the prefetched attendance_list of EventQuerySet.for_detail)."""
        return [attendance.person for attendance in self.attendance_list]


class EventOrganisation(Child):
    class Role(models.TextChoices):
        HOST = "host", _("Hosted by")
        ORGANISER = "organiser", _("Organised by")
        COHOST = "cohost", _("Jointly held by")
        SUPPORTER = "supporter", _("Supported by")

    event = models.ForeignKey(Event, verbose_name="活动", on_delete=models.CASCADE, related_name="organisation_roles")
    organisation = models.ForeignKey(
        Organisation, verbose_name="机构", on_delete=models.CASCADE, related_name="event_roles",
    )
    role = models.CharField("角色", max_length=20, choices=Role.choices)
    as_stated = as_stated_field()
    order = models.PositiveSmallIntegerField("排序", default=0)
    source_articles = source_articles_field()

    natural_key_fields = ("event__slug", "organisation__slug", "role")
    natural_key_dependencies = ("academy.event", "academy.organisation")
    shown_on = "event"
    shown_q = staticmethod(shown_through(("event", Event), ("organisation", Organisation)))

    class Meta:
        verbose_name = "活动的主办承办单位"
        verbose_name_plural = "活动的主办承办单位"
        ordering = ["event", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event", "organisation", "role"], name="unique_event_organisation_role"),
        ]

    def __str__(self):
        return f"{self.get_role_display()}：{self.organisation}"


class EventAttendance(Child):
    """A leader or guest at an event, in the order the report names them (protocol order, not pinyin)."""

    event = models.ForeignKey(Event, verbose_name="活动", on_delete=models.CASCADE, related_name="attendances")
    person = models.ForeignKey(Person, verbose_name="人物", on_delete=models.CASCADE, related_name="attendances")
    order = models.PositiveSmallIntegerField("排序", default=0, help_text="按报道点名的先后，数字小的在前。")
    source_articles = source_articles_field()

    natural_key_fields = ("event__slug", "person__slug")
    natural_key_dependencies = ("academy.event", "academy.person", "news.article")
    shown_on = "event"
    shown_q = staticmethod(shown_through(("event", Event), ("person", Person)))

    class Meta:
        verbose_name = "出席的领导和嘉宾"
        verbose_name_plural = "出席的领导和嘉宾"
        ordering = ["event", "order", "pk"]
        constraints = [models.UniqueConstraint(fields=["event", "person"], name="unique_event_attendance")]

    def __str__(self):
        return str(self.person)


class EventSession(Child):
    """One item of an event's programme: who spoke, on what, and the course it was, if any."""

    event = models.ForeignKey(Event, verbose_name="活动", on_delete=models.CASCADE, related_name="sessions")
    order = models.PositiveSmallIntegerField("顺序")
    speaker = models.ForeignKey(
        Person, verbose_name="主讲或发言人", null=True, blank=True, on_delete=models.SET_NULL, related_name="sessions",
    )
    title = models.CharField("题目或环节", max_length=200, blank=True)
    course = models.ForeignKey(
        Course, verbose_name="对应课程", null=True, blank=True, on_delete=models.SET_NULL, related_name="sessions",
    )
    source_articles = source_articles_field()

    natural_key_fields = ("event__slug", "order")
    natural_key_dependencies = ("academy.event", "academy.person", "academy.course")
    shown_on = "event"
    shown_q = staticmethod(shown_through(("event", Event)))

    class Meta:
        verbose_name = "活动日程"
        verbose_name_plural = "活动日程"
        ordering = ["event", "order"]
        constraints = [models.UniqueConstraint(fields=["event", "order"], name="unique_event_session_order")]

    def __str__(self):
        return " · ".join(str(p) for p in (self.speaker, self.title) if p) or f"第{self.order}项"
