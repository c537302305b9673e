"""RecordProposal: a record the directory lacks, read from an article's text, and the editor's decision.

Made by academy.proposal_services from zhtext.proposals (never by hand). ``details`` keeps what the
proposer extracted and nothing more (a person's positions and honours, an event's 主办/承办 units, its
date and place), so accepting creates only what the text says. One nullable foreign key per kind for
the record an acceptance created (as ArticleMention does), SET_NULL so that deleting that record later
keeps the decision. Unique per (article, kind, name): a refresh updates a row instead of adding one,
and a dismissed name stays dismissed when the text is saved again.
"""
from django.conf import settings
from django.db import models
from django.db.models import Q

from news.models import Article

from .academies import Academy
from .events import Event
from .organisations import Organisation
from .people import Honour, Person

# kind -> the model of the record an acceptance creates (the foreign key has the kind's name)
PROPOSAL_KINDS = {
    "person": Person, "organisation": Organisation, "academy": Academy, "honour": Honour, "event": Event,
}


class RecordProposalQuerySet(models.QuerySet):
    def with_records(self):
        return self.select_related(*PROPOSAL_KINDS)

    def pending(self):
        return self.filter(status=RecordProposal.Status.PROPOSED)


class RecordProposal(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "人物"
        ORGANISATION = "organisation", "机构"
        ACADEMY = "academy", "学院"
        HONOUR = "honour", "荣誉称号"
        EVENT = "event", "活动"

    class Status(models.TextChoices):
        PROPOSED = "proposed", "待定"
        ACCEPTED = "accepted", "已采纳"
        DISMISSED = "dismissed", "已忽略"

    article = models.ForeignKey(Article, verbose_name="文章", on_delete=models.CASCADE, related_name="record_proposals")
    kind = models.CharField("类别", max_length=20, choices=Kind.choices)
    name = models.CharField("名称", max_length=200)
    details = models.JSONField("原文给出的信息", default=dict, blank=True,
                               help_text="职务、机构、荣誉、主办承办单位、日期、地点，照原文识别的结果。")
    context = models.TextField("上下文", blank=True, help_text="首次提到的那一句。")
    status = models.CharField("决定", max_length=10, choices=Status.choices, default=Status.PROPOSED)
    person = models.ForeignKey(Person, models.SET_NULL, null=True, blank=True, related_name="+", verbose_name="人物")
    organisation = models.ForeignKey(Organisation, models.SET_NULL, null=True, blank=True, related_name="+",
                                     verbose_name="机构")
    academy = models.ForeignKey(Academy, models.SET_NULL, null=True, blank=True, related_name="+", verbose_name="学院")
    honour = models.ForeignKey(Honour, models.SET_NULL, null=True, blank=True, related_name="+", verbose_name="荣誉称号")
    event = models.ForeignKey(Event, models.SET_NULL, null=True, blank=True, related_name="+", verbose_name="活动")
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name="决定人", editable=False)
    decided_at = models.DateTimeField("决定时间", null=True, blank=True, editable=False)

    objects = RecordProposalQuerySet.as_manager()

    class Meta:
        verbose_name = verbose_name_plural = "可新建的记录"
        ordering = ("article", "pk")
        constraints = [
            models.UniqueConstraint(fields=["article", "kind", "name"], name="one_proposal_per_name"),
            # Only the key of the row's own kind may be set (none until accepted, or after a delete).
            models.CheckConstraint(
                name="proposal_key_of_its_kind",
                condition=Q(*(
                    Q(kind=kind, **{f"{k}__isnull": True for k in PROPOSAL_KINDS if k != kind})
                    for kind in PROPOSAL_KINDS
                ), _connector=Q.OR),
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}：{self.name}"

    @property
    def record(self):
        return getattr(self, self.kind)
