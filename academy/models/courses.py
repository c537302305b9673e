"""The course menu: fields, programmes and courses, and what their pages read."""
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from academy.models.academies import Academy
from academy.models.common import (
    Named,
    NameSearchMixin,
    SameAcademyMixin,
    source_articles_field,
    split_lines,
)
from academy.models.organisations import Organisation
from academy.models.people import Person
from academy.models.publishing import Publishable, RecordQuerySet
from base.addresses import address
from base.natural_keys import NaturalKeyManager
from zhtext.search import query_terms


class CourseQuerySet(NameSearchMixin, SameAcademyMixin, RecordQuerySet):
    def filter_by(self, academy=None, field=None, teacher=None, format=None):
        """Catalogue filters by slug (or format value); an empty value means no filter."""
        qs = self
        if academy:
            qs = qs.filter(academy__slug=academy)
        if field:
            qs = qs.filter(pk__in=self.model.fields.through.objects.filter(field__slug=field).values("course"))
        if teacher:  # a teacher's slug, or words of a name or alias in either script (academy.teacher_search)
            # A UNION, not an OR: each side is an index lookup (the slug's, the name lookup's), where
            # `slug = … OR id IN (…)` read every person.
            people = Person.objects.published().filter(slug=teacher).order_by().values("pk")
            if terms := query_terms(teacher[:40]):
                people = people.union(Person.objects.published().named(terms).order_by().values("pk"))
            qs = qs.filter(pk__in=self.model.teachers.through.objects.filter(person__in=people).values("course"))
        if format:
            qs = qs.filter(format=format)
        return qs

    def for_cards(self):
        """Courses as their cards show them (academy/includes/course_card.html): the card's fields, its academy
        and event (their dates), teachers and fields by name: 1 query + 2 prefetches. A linked record keeps
        `published` for the draft-link cut (academy.models.publishing)."""
        from academy.models import Person
        return (
            self.select_related("academy", "event").only(*CARD_FIELDS)
            .prefetch_related(
                Prefetch(
                    "teachers", queryset=Person.objects.published().only("name", "slug").order_by("name"),
                    to_attr="teacher_list",
                ),
                Prefetch(
                    "fields", queryset=Field.objects.published().only("name", "slug").order_by("order", "name"),
                    to_attr="field_list",
                ),
            )
            .order_by("-starts_on", "name", "pk")
        )

    def for_detail(self):
        """One course with its teachers (and their honours, positions, roles), sessions and reports."""
        from academy.models import EventSession, Person
        return self.select_related(
            "academy", "programme", "programme__academy", "programme__organiser", "event", "event__venue",
        ).prefetch_related(
            Prefetch("teachers", queryset=Person.objects.published().for_cards(), to_attr="teacher_list"),
            fields_prefetch(),
            Prefetch(
                "sessions", queryset=EventSession.objects.published().select_related("event", "speaker"),
                to_attr="session_list",
            ),
        )


def fields_prefetch():
    return Prefetch("fields", queryset=Field.objects.published().order_by("order", "name"), to_attr="field_list")


CARD_FIELDS = (
    "name", "slug", "format", "starts_on", "ends_on", "academy__name", "academy__slug", "academy__published",
    "event__starts_on", "event__ends_on", "event__published",
)
CourseManager = NaturalKeyManager.from_queryset(CourseQuerySet)


class Field(Named):
    """A 领域 of the course menu: 人工智能, 生物医药, 航空航天, 劳模工匠精神 ..."""

    order = models.PositiveSmallIntegerField("排序", default=100)
    source_articles = source_articles_field()

    natural_key_dependencies = ("news.article",)

    class Meta:
        verbose_name = "领域"
        verbose_name_plural = "领域"
        ordering = ["order", "name"]

    def get_absolute_url(self):
        return address("academy:course-list") + f"?field={self.slug}"


class Programme(Named, Publishable):
    """A programme such as 匠师铸才, with the figures its text states, kept as stated."""

    academy = models.ForeignKey(Academy, verbose_name="学院", on_delete=models.CASCADE, related_name="programmes")
    organiser = models.ForeignKey(
        Organisation, verbose_name="推出单位", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="programmes",
    )
    description = models.TextField("简介", blank=True)
    lecturers_stated = models.CharField("讲师团（原文）", max_length=200, blank=True, help_text="例如：129名行业专家组成首批讲师团")
    lecturer_count = models.PositiveIntegerField("讲师人数", null=True, blank=True)
    courses_stated = models.CharField("课程（原文）", max_length=200, blank=True, help_text="例如：首批150门课程菜单")
    # The figure as the text states it (首批150门), not the courses on record (Academy.courses_recorded).
    course_count = models.PositiveIntegerField("课程门数", null=True, blank=True)
    fields_stated = models.CharField("领域（原文）", max_length=300, blank=True)
    field_count = models.PositiveIntegerField("领域个数", null=True, blank=True)
    fields = models.ManyToManyField(Field, verbose_name="原文点名的领域", blank=True, related_name="programmes")
    booking_modes = models.TextField("预约方式", blank=True, help_text="每行一种，例如：点单邀约")
    launch_event = models.ForeignKey(
        "Event", verbose_name="发布活动", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="launched_programmes",
    )
    source_articles = source_articles_field("programmes")

    natural_key_dependencies = ("academy.academy", "academy.organisation", "academy.field", "academy.event", "news.article")

    @classmethod
    def shown_q(cls, prefix=""):
        return super().shown_q(prefix) & Academy.shown_q(f"{prefix}academy__")

    class Meta:
        verbose_name = "项目"
        verbose_name_plural = "项目"
        ordering = ["name"]

    def get_absolute_url(self):
        return self.academy.get_absolute_url() + f"#programme-{self.slug}"

    @property
    def booking_mode_list(self):
        return split_lines(self.booking_modes)


class Course(Named, Publishable):
    class Format(models.TextChoices):
        LECTURE = "lecture", _("Lecture")
        TRAINING = "training", _("Training course")
        FORUM = "forum", _("Forum")
        COURSE = "course", _("Course")

    name = models.CharField("题目", max_length=200)
    academy = models.ForeignKey(Academy, verbose_name="学院", on_delete=models.CASCADE, related_name="courses")
    programme = models.ForeignKey(
        Programme, verbose_name="所属项目", null=True, blank=True, on_delete=models.SET_NULL, related_name="courses",
    )
    fields = models.ManyToManyField(Field, verbose_name="领域", blank=True, related_name="courses")
    teachers = models.ManyToManyField(Person, verbose_name="授课人", blank=True, related_name="courses")
    format = models.CharField("形式", max_length=20, choices=Format.choices, default=Format.LECTURE, db_index=True)
    event = models.ForeignKey(
        "Event", verbose_name="所在活动", null=True, blank=True, on_delete=models.SET_NULL, related_name="courses",
    )
    starts_on = models.DateField("开始日期", null=True, blank=True)
    ends_on = models.DateField("结束日期", null=True, blank=True)
    description = models.TextField("简介", blank=True)
    source_articles = source_articles_field("courses")

    natural_key_dependencies = ("academy.academy", "academy.programme", "academy.field", "academy.person", "academy.event", "news.article")
    objects = CourseManager()

    @classmethod
    def shown_q(cls, prefix=""):
        return super().shown_q(prefix) & Academy.shown_q(f"{prefix}academy__")

    class Meta:
        verbose_name = "课程"
        verbose_name_plural = "课程"
        ordering = ["-starts_on", "name"]
        indexes = [
            # The course list and an academy's courses in their order, a page at a time, and their counts read
            # from the index: without them every page sorted and counted all the courses (2,006 at 100k: 2–10 ms).
            models.Index(fields=["-starts_on", "name", "id"], name="course_date"),
            models.Index(fields=["academy", "-starts_on", "name", "id", "published"], name="course_academy_date"),
        ]

    def get_absolute_url(self):
        return address("academy:course-detail", self.slug)
