"""Academies and the organisations behind them, and what their pages read."""
from functools import cache

from django.db import models
from django.db.models import OuterRef, Prefetch, Q
from django.utils.translation import gettext_lazy as _

from academy.models.common import (
    Child,
    Named,
    NameSearchMixin,
    as_stated_field,
    count_of,
    source_articles_field,
)
from academy.models.organisations import Organisation
from academy.models.pictures import picture_field
from academy.models.publishing import Publishable, RecordQuerySet, shown_through
from base.addresses import address
from base.fields import NameField
from base.natural_keys import NaturalKeyManager
from base.planner import Probe
from base.prepared import Prepared

SHOWN_ROLES = 60
# What a card or the academy's page shows of a role: its name and the person's, linked (the person's
# `published` is kept for the draft-link cut, academy.models.publishing).
ROLE_FIELDS = ("academy", "role", "person__name", "person__slug", "person__published")
# What an academy card shows of the academy (its logo as a <picture>: academy_tags.academy_logo).
CARD_FIELDS = (
    "name", "slug", "city", "district", "inaugurated_on", "structure", "description", "logo__renditions", "logo__alt",
)


class AcademyQuerySet(NameSearchMixin, RecordQuerySet):
    def public(self):
        """Academies as their cards show them (academy/includes/academy_card.html, on the list and the home
        page): only the card's fields, with its figures and leaders (2 queries)."""
        return (
            self.select_related("logo").only(*CARD_FIELDS)
            .annotate(**card_figures())
            .prefetch_related(leaders_prefetch())
            .order_by("-inaugurated_on", "name")
        )

    def with_training_bases(self):
        from academy.models import TrainingBase
        return self.filter(pk__in=TrainingBase.objects.published().values("academy"))

    def with_events(self):
        from academy.models import Event
        return self.filter(pk__in=Event.objects.published().values("academy"))

    def for_home(self, limit=6):
        """A list for the home page's academy cards: always 2 queries."""
        return list(self.published().public()[:limit])

    def for_detail(self):
        """One academy's page (its roles: page_roles; its news, courses and events: their own queries)."""
        from academy.models import Field, Programme, TrainingBase
        return self.select_related("headquarters", "logo", "photo").prefetch_related(
            Prefetch(
                "organisation_roles",
                queryset=AcademyOrganisation.objects.published().select_related("organisation").only(
                    "academy", "role", "organisation__name", "organisation__slug", "organisation__kind",
                    "organisation__published",
                ).order_by("order", "pk"),
                to_attr="organisation_role_list",
            ),
            Prefetch(  # listed by kind: a name, a link and the batch (not the host, not the description)
                "training_bases",
                queryset=TrainingBase.objects.published().only("academy", "name", "slug", "kind", "batch")
                .order_by("-kind", "order", "name"),
                to_attr="base_list",
            ),
            Prefetch(  # each programme whole but for editors' notes, the records it links by name
                "programmes",
                queryset=Programme.objects.published().select_related("organiser", "launch_event").only(
                    "academy", "name", "slug", "description", "lecturers_stated", "courses_stated", "fields_stated",
                    "booking_modes", *(f"{linked}__{name}" for linked in ("organiser", "launch_event")
                                       for name in ("name", "slug", "published")),
                ).prefetch_related(Prefetch("fields", queryset=Field.objects.published().only("name", "slug"))),
                to_attr="programme_list",
            ),
        )


def page_roles(academy) -> list:
    """The roles an academy's page names: its leaders and forum speakers, at most SHOWN_ROLES, not every
    mentor's role (a big academy has hundreds; the page lists mentors as people).

    One query with a LIMIT. As a sliced Prefetch in for_detail it was a ROW_NUMBER window partitioned by
    academy, which Django builds for prefetching many academies at once: 1 ms dearer for the one page."""
    return _PAGE_ROLES(academy=academy.pk)


def _page_roles(academy):
    from academy.models import AcademyRole
    return (
        AcademyRole.objects.published()
        .filter(academy=academy, role__in=(*AcademyRole.LEADER_ROLES, AcademyRole.Role.FORUM_SPEAKER))
        .select_related("person").only(*ROLE_FIELDS).order_by("order", "pk")[:SHOWN_ROLES]
    )


_PAGE_ROLES = Prepared(_page_roles, academy=int)  # compiled once per worker (base.prepared)


@cache
def card_figures():
    """An academy card's figures, as subquery counts, built once per process: building the three subqueries
    cost more than the rest of the cards' query. A query copies an expression it uses, so one build serves all."""
    from academy.models import Course, Event, TrainingBase
    return {
        "courses_recorded": count_of(Course, "academy"),
        "bases_recorded": count_of(TrainingBase, "academy"),
        "events_recorded": count_of(Event, "academy"),
    }


def leaders_prefetch(to_attr="leader_roles"):
    from academy.models import AcademyRole
    return Prefetch(
        "roles",
        # A card names each leader and links them: the person's `published` is kept for the draft-link cut.
        queryset=AcademyRole.objects.published().leaders().select_related("person")
        .only(*ROLE_FIELDS).order_by("role", "order", "pk"),
        to_attr=to_attr,
    )


AcademyManager = NaturalKeyManager.from_queryset(AcademyQuerySet)


class Academy(Named, Publishable):
    short_name = NameField("简称", max_length=100, blank=True)
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
    logo = picture_field("标志", "学院的院徽或标志，从媒体库选择；没有则显示网站徽标。")
    photo = picture_field("照片", "学院的代表照片（例如揭牌现场或校区），显示在学院页顶部；没有就不放，不要用无关图片代替。")
    source_articles = source_articles_field("academies")

    natural_key_dependencies = ("academy.organisation", "news.article")
    objects = AcademyManager()

    class Meta:
        verbose_name = "学院"
        verbose_name_plural = "学院"
        ordering = ["name"]

    def get_absolute_url(self):
        return address("academy:academy-detail", self.slug)

    def _named_by_parts(self):
        """(model, lookup from its link row to this academy): the academy's own links, then those of its
        events, courses and training bases, whose news is the academy's too."""
        from academy.models import Course, Event, TrainingBase

        return ((Academy, "academy"), (Event, "event__academy"), (Course, "course__academy"),
                (TrainingBase, "trainingbase__academy"))

    def news_links(self):
        """Articles that name the academy, or one of its events, courses or training bases: a UNION of
        index lookups by academy on the four link tables, not the article table joined to all four (that
        join read every article at 100,000: seconds on PostgreSQL)."""
        first, *rest = (
            model.source_articles.through.objects.filter(**{lookup: self}).values("article")
            for model, lookup in self._named_by_parts()
        )
        return first.union(*rest)

    def names_article(self):
        """The same as a test of one article: four index probes, one per link table."""
        test = Q()
        for model, lookup in self._named_by_parts():
            test |= Probe(model.source_articles.through.objects.filter(**{lookup: self, "article": OuterRef("pk")}))
        return test

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
    natural_key_dependencies = ("academy.academy", "academy.organisation")
    shown_on = "academy"
    shown_q = staticmethod(shown_through(("academy", Academy), ("organisation", Organisation)))

    class Meta:
        verbose_name = "学院的机构角色"
        verbose_name_plural = "学院的机构角色"
        ordering = ["academy", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["academy", "organisation", "role"], name="unique_academy_organisation_role"),
        ]

    def __str__(self):
        return f"{self.organisation}（{self.get_role_display()}）"
