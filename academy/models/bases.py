"""Training bases and what their pages read."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from academy.models.academies import Academy
from academy.models.common import (
    Named,
    SameAcademyMixin,
    as_stated_field,
    source_articles_field,
)
from academy.models.organisations import Organisation
from academy.models.pictures import TrainingBasePhoto, photos_prefetch
from academy.models.publishing import Publishable, RecordQuerySet
from base.addresses import address
from base.natural_keys import NaturalKeyManager


class TrainingBaseQuerySet(SameAcademyMixin, RecordQuerySet):
    def filter_by(self, academy="", kind=""):
        """List filters by academy slug and kind; an empty value means no filter."""
        bases = self.filter(academy__slug=academy) if academy else self
        return bases.filter(kind=kind) if kind else bases

    def for_listing(self):
        """The training bases list: names, links, kinds and batches, with each base's first photo (1 more
        query). Linked records keep `published` for the draft-link cut (academy.models.publishing)."""
        linked = [f"{path}__{name}" for path in ("academy", "host", "host__parent") for name in ("name", "slug", "published")]
        return (
            self.select_related("academy", "host", "host__parent")
            .only("name", "slug", "kind", "batch", *linked)
            .prefetch_related(photos_prefetch(TrainingBasePhoto, "first_photos", first_only=True))
            .order_by("academy__name", "-kind", "order", "name")
        )

    def for_detail(self):
        return self.select_related("academy", "host", "host__parent").prefetch_related(
            photos_prefetch(TrainingBasePhoto),
        )


TrainingBaseManager = NaturalKeyManager.from_queryset(TrainingBaseQuerySet)


class TrainingBase(Named, Publishable):
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

    natural_key_dependencies = ("academy.academy", "academy.organisation", "news.article")
    objects = TrainingBaseManager()

    @classmethod
    def shown_q(cls, prefix=""):
        return (
            super().shown_q(prefix) & Academy.shown_q(f"{prefix}academy__") & Organisation.shown_q(f"{prefix}host__")
        )

    class Meta:
        verbose_name = "实训基地"
        verbose_name_plural = "实训基地"
        ordering = ["academy", "-kind", "order", "name"]

    def get_absolute_url(self):
        return address("academy:base-detail", self.slug)
