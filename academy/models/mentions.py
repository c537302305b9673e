"""ArticleMention: a directory record an article's text names, as found, and the editor's decision.

One nullable foreign key per kind of record (not a generic relation), so that a mention joins its
record with select_related (the article page reads the accepted ones in one query), a deleted record
takes its mentions with it, and the database checks that the key of the row's kind is set.
Accepting adds the article to the record's ``source_articles`` (the existing cross-link); ``linked``
remembers that the mention added it, so rejecting removes only a link the mention itself made, never
one an editor set on the record's own page.
"""
from django.db import models
from django.db.models import Q

from news.models import Article

from .academies import Academy
from .bases import TrainingBase
from .courses import Course
from .events import Event
from .organisations import Organisation
from .people import Person

# kind -> the model of its foreign key (the field has the kind's name)
MENTION_KINDS = {
    "academy": Academy, "organisation": Organisation, "person": Person,
    "training_base": TrainingBase, "course": Course, "event": Event,
}


class ArticleMentionQuerySet(models.QuerySet):
    def with_records(self):
        return self.select_related(*MENTION_KINDS)

    def accepted(self):
        return self.filter(status=ArticleMention.Status.ACCEPTED)

    def shown(self):
        """Mentions of records readers may see (academy.models.publishing): a draft is never linked."""
        shown = Q()
        for kind, model in MENTION_KINDS.items():
            shown |= Q(kind=kind) & model.shown_q(f"{kind}__")
        return self.filter(shown)


class ArticleMention(models.Model):
    class Kind(models.TextChoices):
        ACADEMY = "academy", "学院"
        ORGANISATION = "organisation", "机构"
        PERSON = "person", "人物"
        TRAINING_BASE = "training_base", "实训基地"
        COURSE = "course", "课程"
        EVENT = "event", "活动"

    class Status(models.TextChoices):
        PROPOSED = "proposed", "待定"
        ACCEPTED = "accepted", "采纳"
        REJECTED = "rejected", "不采纳"

    article = models.ForeignKey(Article, verbose_name="文章", on_delete=models.CASCADE, related_name="mentions")
    kind = models.CharField("类别", max_length=20, choices=Kind.choices)
    academy = models.ForeignKey(Academy, models.CASCADE, null=True, blank=True, related_name="mentions", verbose_name="学院")
    organisation = models.ForeignKey(Organisation, models.CASCADE, null=True, blank=True, related_name="mentions", verbose_name="机构")
    person = models.ForeignKey(Person, models.CASCADE, null=True, blank=True, related_name="mentions", verbose_name="人物")
    training_base = models.ForeignKey(TrainingBase, models.CASCADE, null=True, blank=True, related_name="mentions", verbose_name="实训基地")
    course = models.ForeignKey(Course, models.CASCADE, null=True, blank=True, related_name="mentions", verbose_name="课程")
    event = models.ForeignKey(Event, models.CASCADE, null=True, blank=True, related_name="mentions", verbose_name="活动")
    count = models.PositiveIntegerField("次数", default=0, help_text="0：文中已不再提到（保留编辑的决定）。")
    context = models.TextField("上下文", blank=True, help_text="首次提到的那一句。")
    ambiguous = models.BooleanField("有歧义", default=False, help_text="同一写法对应多条记录（如同名的两个人）。")
    doubt = models.CharField("存疑", max_length=200, blank=True, editable=False,
                             help_text="人名在文中每一处都也可读作别的词（如“李明确表示”“高峰论坛”）：留待编辑决定。")
    status = models.CharField("决定", max_length=10, choices=Status.choices, default=Status.PROPOSED)
    decided = models.BooleanField("编辑已决定", default=False, editable=False,
                                  help_text="编辑采纳或不采纳过；重新识别时不再改动。")
    linked = models.BooleanField("由此链接", default=False, editable=False,
                                 help_text="采纳时由本条把文章加入记录的来源文章；不采纳时只撤销这样加上的链接。")

    objects = ArticleMentionQuerySet.as_manager()

    class Meta:
        verbose_name = verbose_name_plural = "本文提到的记录"
        ordering = ("article", "pk")
        constraints = [
            models.CheckConstraint(
                name="mention_key_of_its_kind",
                condition=Q(*(
                    Q(kind=kind, **{f"{k}__isnull": k != kind for k in MENTION_KINDS}) for kind in MENTION_KINDS
                ), _connector=Q.OR),
            ),
            *(models.UniqueConstraint(fields=["article", kind], name=f"one_mention_per_{kind}",
                                      condition=Q(**{f"{kind}__isnull": False})) for kind in MENTION_KINDS),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}：{self.record}"

    @property
    def record(self):
        return getattr(self, self.kind)
