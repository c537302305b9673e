"""Organisations: unions, colleges, companies … and what their pages read."""
from django.db import models
from django.db.models import Case, Prefetch, Value, When
from django.utils.translation import gettext_lazy as _

from academy.models.common import (
    Named,
    NameSearchMixin,
    source_articles_field,
)
from academy.models.publishing import Publishable, RecordQuerySet
from base.addresses import address
from base.fields import NameField
from base.natural_keys import NaturalKeyManager


class OrganisationQuerySet(NameSearchMixin, RecordQuerySet):
    def for_listing(self):
        """Grouped by kind in the order readers expect (trade unions first: Organisation.KIND_ORDER), with only
        what the list shows: names, links and kinds (the parent's `published` is kept for the draft-link cut)."""
        rank = Case(
            *(When(kind=kind, then=Value(i)) for i, kind in enumerate(self.model.KIND_ORDER)),
            default=Value(len(self.model.KIND_ORDER)),
        )
        return (
            self.select_related("parent").only("name", "slug", "kind", "parent__name", "parent__published")
            .annotate(kind_rank=rank).order_by("kind_rank", "name")
        )

    def for_detail(self):
        from academy.models import (
            Academy,
            AcademyOrganisation,
            Event,
            EventOrganisation,
            Position,
            TrainingBase,
        )
        return self.select_related("parent").prefetch_related(
            Prefetch("children", queryset=self.model.objects.published().order_by("name"), to_attr="child_list"),
            Prefetch(
                "positions",
                queryset=Position.objects.published().select_related("person").order_by("person__name", "order"),
                to_attr="position_list",
            ),
            Prefetch(
                "academy_roles",
                queryset=AcademyOrganisation.objects.published().select_related("academy").order_by("academy__name", "order"),
                to_attr="academy_role_list",
            ),
            Prefetch(
                "headquartered_academies", queryset=Academy.objects.published().order_by("name"),
                to_attr="headquartered_list",
            ),
            Prefetch(
                "training_bases",
                queryset=TrainingBase.objects.published().select_related("academy").order_by("academy__name", "order"),
                to_attr="base_list",
            ),
            Prefetch(
                "event_roles",
                queryset=EventOrganisation.objects.published().select_related("event").order_by("-event__starts_on", "order"),
                to_attr="event_role_list",
            ),
            Prefetch(
                "hosted_events", queryset=Event.objects.published().top_level().order_by("-starts_on", "order"),
                to_attr="hosted_event_list",
            ),
        )


OrganisationManager = NaturalKeyManager.from_queryset(OrganisationQuerySet)


class Organisation(Named, Publishable):
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

    # How the organisations page groups them: the trade unions that run the academies first.
    KIND_ORDER = (
        Kind.UNION, Kind.PARTY, Kind.GOVERNMENT, Kind.STREET, Kind.COLLEGE, Kind.INSTITUTE, Kind.COMPANY,
        Kind.DEPARTMENT, Kind.OTHER,
    )

    short_name = NameField("简称", max_length=100, blank=True)
    kind = models.CharField("类型", max_length=20, choices=Kind.choices, default=Kind.OTHER, db_index=True)
    parent = models.ForeignKey(
        "self", verbose_name="上级单位", null=True, blank=True, on_delete=models.SET_NULL, related_name="children",
    )
    city = models.CharField("城市", max_length=50, blank=True)
    description = models.TextField("简介", blank=True)
    source_articles = source_articles_field("organisations")

    natural_key_dependencies = ("news.article",)
    objects = OrganisationManager()

    class Meta:
        verbose_name = "机构"
        verbose_name_plural = "机构"
        ordering = ["name"]

    def get_absolute_url(self):
        return address("academy:organisation-detail", self.slug)
