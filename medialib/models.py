"""The media library: pictures and attachments uploaded once and reused by articles and directory pages."""
import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


def image_path(instance, filename):
    return f"images/{timezone.now():%Y/%m}/{uuid.uuid4().hex[:12]}-{PurePosixPath(filename).name}"


def attachment_path(instance, filename):
    # An unguessable folder: attachments are served by a view that checks who may download them.
    return f"attachments/{uuid.uuid4().hex}/{PurePosixPath(filename).name}"


def video_path(instance, filename):
    # An unguessable folder, as for attachments: videos are served by a view that checks who may watch them.
    return f"videos/{uuid.uuid4().hex}/video.mp4"


class ImageQuerySet(models.QuerySet):
    def search(self, text: str):
        text = (text or "").strip()
        if not text:
            return self
        return self.filter(
            models.Q(title__icontains=text) | models.Q(alt__icontains=text)
            | models.Q(caption__icontains=text) | models.Q(credit__icontains=text)
        )


class Image(models.Model):
    """A picture: stored upright and without metadata; renditions (WebP + JPEG/PNG) made once at upload."""

    title = models.CharField("标题", max_length=200, help_text="在媒体库中查找时用，不显示在网站上。")
    alt = models.CharField(
        "替代文字", max_length=300,
        help_text="为看不到图片的读者描述图片内容（必填），例如“王曙群在车间指导学员装配对接机构”。",
    )
    caption = models.CharField("图注", max_length=500, blank=True, help_text="显示在图片下方。")
    credit = models.CharField("摄影/来源", max_length=200, blank=True, help_text="例如“摄影：张三”或“来源：新民晚报”。")
    file = models.FileField("图片文件", upload_to=image_path, max_length=300)
    width = models.PositiveIntegerField("宽", default=0, editable=False)
    height = models.PositiveIntegerField("高", default=0, editable=False)
    digest = models.CharField("内容摘要", max_length=40, blank=True, editable=False, db_index=True)
    # [{"width", "height", "webp", "fallback"}, ...] — filled once by medialib.services; pages only read it.
    renditions = models.JSONField("缩放图", default=list, blank=True, editable=False)
    uploaded_at = models.DateTimeField("上传时间", auto_now_add=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="上传者", null=True, blank=True, editable=False,
        on_delete=models.SET_NULL, related_name="+",
    )

    objects = ImageQuerySet.as_manager()

    class Meta:
        verbose_name = "图片"
        verbose_name_plural = "图片"
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self):
        return self.title or self.alt

    @property
    def fallback(self):
        """The largest fallback rendition up to 1280 px: the <img src> for browsers without WebP."""
        fitting = [r for r in self.renditions if r["width"] <= 1280] or self.renditions[:1]
        return fitting[-1] if fitting else None


class Attachment(models.Model):
    """A document under an article (附件): type recognised from its content, served as a download."""

    class Kind(models.TextChoices):
        PDF = "pdf", "PDF"
        DOC = "doc", "Word"
        DOCX = "docx", "Word"
        XLS = "xls", "Excel"
        XLSX = "xlsx", "Excel"
        PPT = "ppt", "PowerPoint"
        PPTX = "pptx", "PowerPoint"
        ODT = "odt", "OpenDocument 文本"
        ODS = "ods", "OpenDocument 表格"
        ODP = "odp", "OpenDocument 演示"
        ZIP = "zip", "ZIP 压缩包"
        RAR = "rar", "RAR 压缩包"
        SEVEN_Z = "7z", "7z 压缩包"

    title = models.CharField("标题", max_length=200, help_text="显示在文章下方，例如“报名表”。")
    file = models.FileField("文件", upload_to=attachment_path, max_length=300)
    filename = models.CharField("下载文件名", max_length=200, help_text="读者下载时保存的文件名。")
    kind = models.CharField("类型", max_length=8, choices=Kind.choices, editable=False)
    size = models.PositiveBigIntegerField("大小（字节）", default=0, editable=False)
    uploaded_at = models.DateTimeField("上传时间", auto_now_add=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="上传者", null=True, blank=True, editable=False,
        on_delete=models.SET_NULL, related_name="+",
    )

    class Meta:
        verbose_name = "附件"
        verbose_name_plural = "附件"
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("medialib:attachment", kwargs={"pk": self.pk, "filename": self.filename})


class Video(models.Model):
    """An uploaded MP4 (checked by its content), shown with a poster picture the editor chooses from the
    library: the server has no ffmpeg, so no frame is ever grabbed from the video itself."""

    title = models.CharField("标题", max_length=200, help_text="显示在视频下方，也是读屏软件朗读的名称。")
    file = models.FileField("视频文件", upload_to=video_path, max_length=300)
    poster = models.ForeignKey(
        Image, verbose_name="封面图", on_delete=models.PROTECT, related_name="video_posters",
        help_text="播放前显示的图片，从媒体库中选择（网站不会从视频中自动截图）。宜与视频画面同样的宽高比，例如 16:9。",
    )
    caption = models.CharField("说明", max_length=500, blank=True, help_text="显示在视频下方。")
    credit = models.CharField("来源/摄制", max_length=200, blank=True, help_text="例如“摄制：张三”或“来源：央视新闻”。")
    size = models.PositiveBigIntegerField("大小（字节）", default=0, editable=False)
    uploaded_at = models.DateTimeField("上传时间", auto_now_add=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="上传者", null=True, blank=True, editable=False,
        on_delete=models.SET_NULL, related_name="+",
    )

    class Meta:
        verbose_name = "视频"
        verbose_name_plural = "视频"
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("medialib:video", kwargs={"pk": self.pk})
