"""Revisions of any content record, the audit trail of what editors did, and the slugs records had before."""
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models


class ForObjectQuerySet(models.QuerySet):
    def for_object(self, obj):
        return self.filter(content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk)


class Revision(models.Model):
    """One saved state of a record: its field values as JSON, who saved it and why.

    For an article that is live, the newest revision can be ahead of the article row (a draft waiting for
    review); the row itself is always what the public sees."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, verbose_name="内容类型")
    object_id = models.PositiveBigIntegerField("记录编号", db_index=True)
    object_repr = models.CharField("标题", max_length=200)
    content = models.JSONField("内容")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="修改人", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField("时间", auto_now_add=True, db_index=True)
    message = models.CharField("说明", max_length=200, blank=True)

    objects = ForObjectQuerySet.as_manager()

    class Meta:
        verbose_name = "修订版本"
        verbose_name_plural = "修订版本"
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id", "-created_at"], name="revision_object")]

    def __str__(self):
        return f"{self.object_repr}（{self.created_at:%Y-%m-%d %H:%M}）"


class AuditEntry(models.Model):
    class Action(models.TextChoices):
        CREATE = "create", "新建"
        SAVE = "save", "保存"
        SUBMIT = "submit", "提交审核"
        PUBLISH = "publish", "发布"
        REJECT = "reject", "退回修改"
        UNPUBLISH = "unpublish", "撤回"
        IMPORT = "import", "导入"
        ROLLBACK = "rollback", "回滚"
        DELETE = "delete", "删除"
        CONFLICT = "conflict", "拒绝过期的保存"

    created_at = models.DateTimeField("时间", auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="用户", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField("操作", max_length=20, choices=Action.choices, db_index=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, verbose_name="内容类型")
    object_id = models.PositiveBigIntegerField("记录编号")
    object_repr = models.CharField("记录", max_length=200)
    message = models.TextField("说明", blank=True)

    objects = ForObjectQuerySet.as_manager()

    class Meta:
        verbose_name = "操作记录"
        verbose_name_plural = "操作记录"
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"], name="audit_object")]

    def __str__(self):
        return f"{self.get_action_display()} {self.object_repr}"


class OldSlug(models.Model):
    """A slug a record had before: its old address answers with a permanent redirect to the new one."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, verbose_name="内容类型")
    object_id = models.PositiveBigIntegerField("记录编号")
    slug = models.CharField("旧网址标识", max_length=120)
    created_at = models.DateTimeField("改名时间", auto_now_add=True)

    class Meta:
        verbose_name = "旧网址"
        verbose_name_plural = "旧网址"
        constraints = [models.UniqueConstraint(fields=["content_type", "slug"], name="unique_old_slug")]

    def __str__(self):
        return self.slug
