"""The world the academy pages describe: academies, the organisations behind them, people, courses,
programmes, training bases and events. Every record keeps the articles it comes from (both ways:
``article.academies``, ``academy.source_articles``) and a note for editors' doubts.

Names are kept in the script of the text that names them (seed texts are Simplified or Traditional);
other forms and short names the texts use (市总工会, 我校) go in ``aliases``, one per line.
"""
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from academy import querysets
from base.natural_keys import NaturalKeyModel
from base.slugs import unique_slug

ARTICLE = "news.Article"


def source_articles_field(related_name="+", verbose_name="来源文章"):
    """The articles a record comes from. related_name "+": the article does not list such rows itself."""
    return models.ManyToManyField(ARTICLE, verbose_name=verbose_name, blank=True, related_name=related_name)


def as_stated_field(max_length=300, **kwargs):
    """The text's own words for a role, position or honour, kept beside the structured value."""
    return models.CharField("原文表述", max_length=max_length, blank=True, **kwargs)


def split_lines(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class Common(NaturalKeyModel):
    """What every academy record has: its source articles and a note for editors."""

    editor_note = models.TextField(
        "编辑备注", blank=True,
        help_text="存疑之处、推断及其依据（例如原文“我校”指山东科技职业学院）。不在网站上显示。",
    )

    class Meta:
        abstract = True


class Named(Common):
    """A named thing with its own page: name, unique ASCII pinyin slug, aliases."""

    name = models.CharField("名称", max_length=200)
    slug = models.SlugField(
        "网址标识", max_length=120, unique=True, blank=True,
        help_text="用于网址，只含小写字母、数字和连字符。留空则按名称拼音自动生成，发布后请勿修改。",
    )
    aliases = models.TextField("别称", blank=True, help_text="原文用到的简称、别称或另一种字体的写法，每行一个。")

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    @property
    def alias_list(self):
        return split_lines(self.aliases)

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(type(self), self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)


class Child(Common):
    """A row that belongs to parents: its natural key is the parents' natural keys plus what tells it apart.

    ``natural_key_fields`` are lookups such as ``("person__slug", "honour__slug")``; ``shown_on`` names the
    parent whose page shows the row.
    """

    shown_on: str

    class Meta:
        abstract = True

    def get_absolute_url(self):
        return getattr(self, self.shown_on).get_absolute_url()

    def natural_key(self):
        """A parent that is not set (a fixture row whose parent could not be found) gives None, so that
        the row is refused by check_fixture_record with this key in the message."""
        values = []
        for path in self.natural_key_fields:
            value = self
            for part in path.split("__"):
                try:
                    value = getattr(value, part)
                except ObjectDoesNotExist:
                    value = None
                    break
            values.append(value)
        return tuple(values)


# --- Organisations -------------------------------------------------------------------------------------


class Organisation(Named):
    class Kind(models.TextChoices):
        UNION = "union", _("Trade union")
        COLLEGE = "college", _("College")
        COMPANY = "company", _("Company")
        INSTITUTE = "institute", _("Research institute")
        GOVERNMENT = "government", _("Government body")
        STREET = "street", _("Sub-district office")
        PARTY = "party", _("Party organisation")
        DEPARTMENT = "department", _("Internal department")
        OTHER = "other", _("Other")

    short_name = models.CharField("简称", max_length=100, blank=True)
    kind = models.CharField("类型", max_length=20, choices=Kind.choices, default=Kind.OTHER, db_index=True)
    parent = models.ForeignKey(
        "self", verbose_name="上级单位", null=True, blank=True, on_delete=models.SET_NULL, related_name="children",
    )
    city = models.CharField("城市", max_length=50, blank=True)
    description = models.TextField("简介", blank=True)
    source_articles = source_articles_field("organisations")

    objects = querysets.OrganisationManager()

    class Meta:
        verbose_name = "机构"
        verbose_name_plural = "机构"
        ordering = ["name"]

    def get_absolute_url(self):
        return reverse("academy:organisation-detail", kwargs={"slug": self.slug})


# --- Academies -----------------------------------------------------------------------------------------


class Academy(Named):
    short_name = models.CharField("简称", max_length=100, blank=True)
    city = models.CharField("城市", max_length=50, blank=True)
    district = models.CharField("区县", max_length=50, blank=True)
    inaugurated_on = models.DateField(
        "成立或挂牌日期", null=True, blank=True, help_text="原文没有给出的留空，不要猜。",
    )
    description = models.TextField("简介", blank=True)
    headquarters = models.ForeignKey(
        Organisation, verbose_name="总部所在单位", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="headquartered_academies",
    )
    structure = models.CharField("办学架构", max_length=200, blank=True, help_text="例如：总部+分院+实训基地")
    structure_detail = models.TextField("架构说明", blank=True)
    organisations = models.ManyToManyField(
        Organisation, through="AcademyOrganisation", verbose_name="主办、共建与执行单位", blank=True,
        related_name="academies",
    )
    source_articles = source_articles_field("academies")

    objects = querysets.AcademyManager()

    class Meta:
        verbose_name = "学院"
        verbose_name_plural = "学院"
        ordering = ["name"]

    def get_absolute_url(self):
        return reverse("academy:academy-detail", kwargs={"slug": self.slug})

    @property
    def place(self):
        return "".join(p for p in (self.city, self.district) if p)


class AcademyOrganisation(Child):
    """An organisation's part in an academy: who founded, co-built, runs or houses it."""

    class Role(models.TextChoices):
        HOST = "host", _("Host organisation")
        COBUILDER = "cobuilder", _("Co-founder")
        EXECUTING = "executing", _("Operating organisation")
        HEADQUARTERS = "headquarters", _("Headquarters")
        LEADING = "leading", _("Leading organisation")
        OTHER = "other", _("Other")

    academy = models.ForeignKey(Academy, verbose_name="学院", on_delete=models.CASCADE, related_name="organisation_roles")
    organisation = models.ForeignKey(
        Organisation, verbose_name="机构", on_delete=models.CASCADE, related_name="academy_roles",
    )
    role = models.CharField("角色", max_length=20, choices=Role.choices)
    as_stated = as_stated_field()
    order = models.PositiveSmallIntegerField("排序", default=0)
    source_articles = source_articles_field()

    natural_key_fields = ("academy__slug", "organisation__slug", "role")
    shown_on = "academy"

    class Meta:
        verbose_name = "学院的机构角色"
        verbose_name_plural = "学院的机构角色"
        ordering = ["academy", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["academy", "organisation", "role"], name="unique_academy_organisation_role"),
        ]

    def __str__(self):
        return f"{self.organisation}（{self.get_role_display()}）"


# --- People --------------------------------------------------------------------------------------------


class Honour(Named):
    description = models.TextField("说明", blank=True)
    order = models.PositiveSmallIntegerField("排序", default=100, help_text="数字小的排在前面。")
    source_articles = source_articles_field()

    objects = querysets.HonourManager()

    class Meta:
        verbose_name = "荣誉称号"
        verbose_name_plural = "荣誉称号"
        ordering = ["order", "name"]

    def get_absolute_url(self):
        return reverse("academy:person-list") + f"?honour={self.slug}"


class Person(Named):
    name = models.CharField("姓名", max_length=100)
    source_articles = source_articles_field("people")
    honours = models.ManyToManyField(Honour, through="PersonHonour", verbose_name="荣誉", blank=True, related_name="people")

    objects = querysets.PersonManager()

    class Meta:
        verbose_name = "人物"
        verbose_name_plural = "人物"
        ordering = ["name"]

    def get_absolute_url(self):
        return reverse("academy:person-detail", kwargs={"slug": self.slug})


class PersonHonour(Child):
    person = models.ForeignKey(Person, verbose_name="人物", on_delete=models.CASCADE, related_name="person_honours")
    honour = models.ForeignKey(Honour, verbose_name="荣誉称号", on_delete=models.CASCADE, related_name="person_honours")
    as_stated = as_stated_field(200, help_text="例如：全国五一劳动奖章获得者")
    order = models.PositiveSmallIntegerField("排序", default=0)
    source_articles = source_articles_field()

    natural_key_fields = ("person__slug", "honour__slug")
    shown_on = "person"

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
    shown_on = "person"

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
    academy = models.ForeignKey(Academy, verbose_name="学院", on_delete=models.CASCADE, related_name="roles")
    role = models.CharField("角色", max_length=20, choices=Role.choices, db_index=True)
    as_stated = as_stated_field()
    order = models.PositiveSmallIntegerField("排序", default=0)
    source_articles = source_articles_field()

    natural_key_fields = ("person__slug", "academy__slug", "role")
    shown_on = "person"
    objects = querysets.AcademyRoleManager()

    class Meta:
        verbose_name = "学院任职"
        verbose_name_plural = "学院任职"
        ordering = ["academy", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["person", "academy", "role"], name="unique_person_academy_role"),
        ]

    def __str__(self):
        return f"{self.academy}{self.get_role_display()}"


# --- Courses and programmes ----------------------------------------------------------------------------


class Field(Named):
    """A 领域 of the course menu: 人工智能, 生物医药, 航空航天, 劳模工匠精神 ..."""

    order = models.PositiveSmallIntegerField("排序", default=100)
    source_articles = source_articles_field()

    class Meta:
        verbose_name = "领域"
        verbose_name_plural = "领域"
        ordering = ["order", "name"]

    def get_absolute_url(self):
        return reverse("academy:course-list") + f"?field={self.slug}"


class Programme(Named):
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

    class Meta:
        verbose_name = "项目"
        verbose_name_plural = "项目"
        ordering = ["name"]

    def get_absolute_url(self):
        return self.academy.get_absolute_url() + f"#programme-{self.slug}"

    @property
    def booking_mode_list(self):
        return split_lines(self.booking_modes)


class Course(Named):
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

    objects = querysets.CourseManager()

    class Meta:
        verbose_name = "课程"
        verbose_name_plural = "课程"
        ordering = ["-starts_on", "name"]

    def get_absolute_url(self):
        return reverse("academy:course-detail", kwargs={"slug": self.slug})


# --- Training bases ------------------------------------------------------------------------------------


class TrainingBase(Named):
    class Kind(models.TextChoices):
        ENTERPRISE = "enterprise", _("Company training base")
        COLLEGE = "college", _("College training centre")

    academy = models.ForeignKey(Academy, verbose_name="学院", on_delete=models.CASCADE, related_name="training_bases")
    host = models.ForeignKey(
        Organisation, verbose_name="所在单位", on_delete=models.PROTECT, related_name="training_bases",
    )
    kind = models.CharField("类型", max_length=20, choices=Kind.choices, db_index=True)
    batch = models.CharField("批次", max_length=20, blank=True, help_text="例如：首批")
    as_stated = as_stated_field()
    order = models.PositiveSmallIntegerField("排序", default=0)
    source_articles = source_articles_field("training_bases")

    objects = querysets.TrainingBaseManager()

    class Meta:
        verbose_name = "实训基地"
        verbose_name_plural = "实训基地"
        ordering = ["academy", "-kind", "order", "name"]

    def get_absolute_url(self):
        return reverse("academy:base-detail", kwargs={"slug": self.slug})


# --- Events --------------------------------------------------------------------------------------------


class Event(Named):
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
        Person, verbose_name="出席的领导和嘉宾", blank=True, related_name="events_attended",
    )
    source_articles = source_articles_field("events", verbose_name="报道")

    objects = querysets.EventManager()

    class Meta:
        verbose_name = "活动"
        verbose_name_plural = "活动"
        ordering = ["-starts_on", "order", "name"]

    def get_absolute_url(self):
        return reverse("academy:event-detail", kwargs={"slug": self.slug})


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
    shown_on = "event"

    class Meta:
        verbose_name = "活动的主办承办单位"
        verbose_name_plural = "活动的主办承办单位"
        ordering = ["event", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event", "organisation", "role"], name="unique_event_organisation_role"),
        ]

    def __str__(self):
        return f"{self.get_role_display()}：{self.organisation}"


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
    shown_on = "event"

    class Meta:
        verbose_name = "活动日程"
        verbose_name_plural = "活动日程"
        ordering = ["event", "order"]
        constraints = [models.UniqueConstraint(fields=["event", "order"], name="unique_event_session_order")]

    def __str__(self):
        return " · ".join(str(p) for p in (self.speaker, self.title) if p) or f"第{self.order}项"


# Fixtures load parents first: dumpdata and loaddata follow natural_key.dependencies.
_PARENTS = {
    AcademyOrganisation: ["academy.academy", "academy.organisation"],
    PersonHonour: ["academy.person", "academy.honour"],
    Position: ["academy.person", "academy.organisation"],
    AcademyRole: ["academy.person", "academy.academy"],
    EventOrganisation: ["academy.event", "academy.organisation"],
    EventSession: ["academy.event", "academy.person", "academy.course"],
    Academy: ["academy.organisation", "news.article"],
    Organisation: ["news.article"],
    Honour: ["news.article"],
    Person: ["academy.honour", "news.article"],
    Field: ["news.article"],
    Programme: ["academy.academy", "academy.organisation", "academy.field", "academy.event", "news.article"],
    Course: ["academy.academy", "academy.programme", "academy.field", "academy.person", "academy.event", "news.article"],
    TrainingBase: ["academy.academy", "academy.organisation", "news.article"],
    Event: ["academy.academy", "academy.organisation", "academy.person", "news.article"],
}


def _with_dependencies(model, dependencies):
    plain = model.natural_key

    def natural_key(self):
        return plain(self)

    natural_key.dependencies = dependencies
    model.natural_key = natural_key


for _model, _dependencies in _PARENTS.items():
    _with_dependencies(_model, _dependencies)


@receiver(pre_save)
def check_fixture_record(sender, instance, raw, **kwargs):
    """A fixture row with a bad value (unknown choice, over-long name, empty required field) is refused
    with its model and natural key in the message; loaddata then rolls the whole fixture back."""
    if not raw or not isinstance(instance, Common):
        return
    try:
        instance.clean_fields()
    except ValidationError as exc:
        try:
            key = instance.natural_key()
        except Exception:  # a parent is missing too: name what we can
            key = getattr(instance, "slug", None) or getattr(instance, "name", "?")
        problems = "; ".join(f"{field}: {' '.join(errors)}" for field, errors in exc.message_dict.items())
        raise ValueError(f"{instance._meta.label_lower} {key!r}: {problems}") from exc
