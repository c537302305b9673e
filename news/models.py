from operator import attrgetter

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from base.addresses import address
from base.derived import DerivedFields
from base.natural_keys import NaturalKeyModel
from base.slugs import unique_slug as base_unique_slug
from medialib.embeds import canonical_embed
from news.html import SanitizedHTMLField
from news.querysets import TAG_LIST, ArticleManager
from zhtext.search import index_tokens, normalise


class Script(models.TextChoices):
    SIMPLIFIED = "hans", "简体"
    TRADITIONAL = "hant", "繁体"


class ArticleTag(NaturalKeyModel, TaggedItemBase):
    """Explicit through model so tags travel in fixtures by natural key (article slug, tag name)."""

    content_object = models.ForeignKey("Article", on_delete=models.CASCADE, related_name="tagged_items")

    natural_key_fields = ("content_object__slug", "tag__name")
    natural_key_dependencies = ("news.article", "taggit.tag")

    class Meta:
        verbose_name = "文章标签"
        verbose_name_plural = "文章标签"
        constraints = [models.UniqueConstraint(fields=["content_object", "tag"], name="unique_article_tag")]
        # A tag's page and related articles start from the tag.
        indexes = [models.Index(fields=["tag", "content_object"], name="article_tag_by_tag")]


class Article(DerivedFields, NaturalKeyModel):
    # Fields whose change makes the derived ones stale, and the derived ones (filled on every write path).
    DERIVED_FROM = ("title", "summary", "body")
    DERIVED_FIELDS = ("search_title", "search_tokens")
    DERIVED_CLEANS = ("body",)

    class Status(models.TextChoices):
        DRAFT = "draft", "草稿"
        PUBLISHED = "published", "已发布"

    class Review(models.TextChoices):
        """Where the newest version stands in review (撰稿 → 审核 → 签发); publishing clears it."""

        NONE = "", "—"
        PENDING = "pending", "待审核"
        RETURNED = "returned", "退回修改"

    class Kind(models.TextChoices):
        NEWS = "news", "新闻"
        NOTICE = "notice", "通知公告"

    title = models.CharField("标题", max_length=200)
    slug = models.SlugField(
        "网址标识", max_length=100, unique=True, blank=True,
        help_text="用于网址，只含小写字母、数字和连字符。留空则按标题拼音自动生成，发布后请勿修改。",
    )
    summary = models.TextField("摘要", blank=True, help_text="列表、订阅源和搜索引擎显示的简介。")
    body = SanitizedHTMLField("正文", help_text="HTML：段落、小标题、列表、链接、图片。保存时按白名单清理。")
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True)
    published_at = models.DateTimeField(
        "发布时间", default=timezone.now, db_index=True,
        help_text="设为将来的时间即定时发布：到时自动出现在网站上。",
    )
    expires_at = models.DateTimeField(
        "下线时间", null=True, blank=True, db_index=True,
        help_text="到这个时间文章自动从网站、订阅源和网站地图上消失。留空则一直显示。",
    )
    featured = models.BooleanField("推荐", default=False, help_text="在首页头条位置显示。")
    kind = models.CharField(
        "类别", max_length=10, choices=Kind.choices, default=Kind.NEWS, db_index=True,
        help_text="通知公告列在“通知公告”栏目和首页的通知公告栏，不进新闻列表。",
    )
    pinned = models.BooleanField("置顶", default=False, help_text="通知公告：在栏目和首页排在最前，直到截止时间。")
    closes_at = models.DateTimeField(  # not expires_at (下线时间), which takes an article off the site
        "截止时间", null=True, blank=True,
        help_text="通知公告：过了这个时间就不再置顶、不在首页显示，仍可在栏目中查阅。留空则一直有效。",
    )
    # 浏览次数: written in batches by news.reading, never by the page view itself.
    view_count = models.PositiveIntegerField("浏览次数", default=0, editable=False)
    source_name = models.CharField("来源", max_length=100, blank=True, help_text="原文刊发媒体或网站。")
    source_url = models.URLField("原文链接", blank=True)
    byline = models.CharField("撰稿", max_length=100, blank=True)
    reviewer = models.CharField("审核", max_length=100, blank=True)
    script = models.CharField("书写字体", max_length=4, choices=Script.choices, default=Script.SIMPLIFIED)
    cover_image = models.ImageField("封面图片", upload_to="covers/%Y/%m/", blank=True)
    cover_alt = models.CharField("封面替代文字", max_length=200, blank=True, help_text="为看不到图片的读者描述图片内容。")
    cover_caption = models.CharField("封面图注", max_length=300, blank=True)
    # Filled once per upload by news.images.make_renditions; pages only read it.
    cover_renditions = models.JSONField("封面缩放图", default=list, blank=True, editable=False)
    # The site search's token streams (news.search, news.search_index): the title, and title + summary +
    # body, normalised to one script and tokenised (zhtext.search.index_tokens). Derived on every write
    # path (fill_derived); the database turns them into its full-text index by itself.
    search_title = models.TextField("标题检索词", blank=True, editable=False)
    search_tokens = models.TextField("检索词", blank=True, editable=False)
    # What the reprint importer repaired and what it could not decide: for editors, never shown publicly.
    import_report = models.JSONField("导入报告", default=dict, blank=True, editable=False)
    # The editorial workflow (news.workflow): who wrote it, where review stands, who approved it.
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="撰稿账号", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", editable=False,
    )
    review_state = models.CharField("审核", max_length=10, choices=Review.choices, default="", blank=True, editable=False)
    review_comment = models.TextField("审核意见", blank=True, editable=False)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="审核人", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", editable=False,
    )
    first_published_at = models.DateTimeField("首次发布于", null=True, blank=True, editable=False)
    # The newest revision is a draft that the public does not see yet (the row is the live version).
    has_unpublished_changes = models.BooleanField("有未发布的修改", default=False, editable=False)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    tags = TaggableManager("标签", through=ArticleTag, blank=True)

    objects = ArticleManager()

    class Meta:
        verbose_name = "文章"
        verbose_name_plural = "文章"
        ordering = ["-published_at", "-pk"]
        # Lists, feeds, previous/next and the home page read published articles newest first (the id breaks
        # ties, as the ordering does), so each page is an index range, not a sort of the table.
        # The partial indexes (头条, 图片新闻) begin with the columns of article_kind_date, which the same queries
        # could walk: SQLite without statistics prefers, of two indexes matching as many terms, the partial
        # one (it takes a partial index for half the table); keyed on the date alone, they lost to it and
        # the home page walked every published article when none had a cover (300 ms at 100,000).
        indexes = [
            models.Index(fields=["status", "published_at", "id"], name="article_status_date_id"),
            models.Index(
                fields=["status", "kind", "published_at", "id"], name="article_featured_date",
                condition=models.Q(featured=True, status="published"),
            ),
            # The news lists and their counts (kind = news since 通知公告 share the table): covering, so a
            # count reads the index alone instead of every article row (1 s at 100,000 on SQLite).
            models.Index(fields=["status", "kind", "published_at", "id", "expires_at"], name="article_kind_date"),
            # 图片新闻 and 通知公告 on the home page: without these, finding the few newest with a cover
            # (or the few notices) walks every published article when there are few (issue 13).
            models.Index(
                fields=["status", "kind", "published_at", "id"], name="article_picture_date",
                condition=models.Q(status="published", kind="news") & ~models.Q(cover_image=""),
            ),
            models.Index(
                fields=["published_at", "id"], name="article_notice_date",
                condition=models.Q(status="published", kind="notice"),
            ),
        ]
        permissions = [("publish_article", "可以审核、发布、撤回和定时发布文章")]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return address("news:article", self.slug)

    @property
    def shown_tags(self):
        """Its tags in their own order (the order SQLite happened to give): from a list's prefetch
        (ArticleQuerySet.for_card_list, for_feed), the article page's (news.presence), or read. taggit's
        prefetch has no ORDER BY, so the order is put here, on the few rows, for every database."""
        rows = getattr(self, TAG_LIST) if hasattr(self, TAG_LIST) else self.tags.all()
        return sorted(rows, key=attrgetter("pk"))

    @classmethod
    def unique_slug_among(cls, article, taken=()) -> str:
        """A slug not in the database and not in `taken` (slugs of a batch not yet saved)."""
        return unique_slug(article, taken)

    def fill_derived(self):
        """Fields computed from others; every write path calls this (save, raw fixture loads, bulk, update)."""
        self.body = self._meta.get_field("body").to_python(self.body)
        self.search_title = index_tokens(normalise(self.title or ""))
        self.search_tokens = index_tokens(search_text(self))

    @property
    def is_public(self):
        now = timezone.now()
        return (
            self.status == self.Status.PUBLISHED and self.published_at <= now
            and (self.expires_at is None or self.expires_at > now)
        )

    @property
    def is_scheduled(self):
        return self.status == self.Status.PUBLISHED and self.published_at > timezone.now()

    @property
    def is_expired(self):
        return self.status == self.Status.PUBLISHED and self.expires_at is not None and self.expires_at <= timezone.now()


def search_text(article) -> str:
    return normalise(" ".join((article.title or "", article.summary or "", article.body or "")))


def unique_slug(article, taken=()) -> str:
    """The article's title as a pinyin slug no other article has (nor any in `taken`: a batch not yet saved)."""
    return base_unique_slug(Article, article.title, exclude_pk=article.pk, max_length=90, fallback="article",
                            taken=taken)


class ArticleDailyViews(models.Model):
    """Reader views of an article on one day (news.reading writes them in batches); 热门 sums 30 days."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="daily_views")
    day = models.DateField("日期")
    views = models.PositiveIntegerField("浏览次数", default=0)

    class Meta:
        verbose_name = "每日浏览次数"
        verbose_name_plural = "每日浏览次数"
        constraints = [models.UniqueConstraint(fields=["article", "day"], name="unique_article_day_views")]
        indexes = [models.Index(fields=["day", "article"], name="daily_views_day")]

    def __str__(self):
        return f"{self.article} {self.day}: {self.views}"


class KnownInjection(NaturalKeyModel):
    """Names that reprint sites inject (gambling and ad brands); the importer removes or flags them."""

    text = models.CharField("名称或片段", max_length=100, unique=True)
    note = models.CharField("备注", max_length=200, blank=True)
    created_at = models.DateTimeField("添加时间", auto_now_add=True)

    natural_key_fields = ("text",)

    class Meta:
        verbose_name = "已知植入内容"
        verbose_name_plural = "已知植入内容"
        ordering = ["text"]

    def __str__(self):
        return self.text


class ArticleAttachment(models.Model):
    """An attachment (附件) listed under an article, in the editor's order."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="attachment_links")
    attachment = models.ForeignKey(
        "medialib.Attachment", verbose_name="附件", on_delete=models.PROTECT, related_name="article_links"
    )
    position = models.PositiveSmallIntegerField("顺序", default=0)

    class Meta:
        verbose_name = "文章附件"
        verbose_name_plural = "附件"
        ordering = ["position", "pk"]
        constraints = [models.UniqueConstraint(fields=["article", "attachment"], name="unique_article_attachment")]

    def __str__(self):
        return str(self.attachment)


class GalleryImage(models.Model):
    """A picture in an article's gallery (图集), in the editor's order; caption and credit come from the library."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="gallery_items")
    image = models.ForeignKey("medialib.Image", verbose_name="图片", on_delete=models.PROTECT, related_name="gallery_items")
    position = models.PositiveSmallIntegerField("顺序", default=0)

    class Meta:
        verbose_name = "图集图片"
        verbose_name_plural = "图集"
        ordering = ["position", "pk"]
        constraints = [models.UniqueConstraint(fields=["article", "image"], name="unique_gallery_image")]

    def __str__(self):
        return str(self.image)


class ArticleVideo(models.Model):
    """A video under an article's body, in the editor's order: an uploaded MP4 from the library, or an
    embed from an allowed platform (medialib.embeds), stored only as its canonical player address."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="video_links")
    video = models.ForeignKey(
        "medialib.Video", verbose_name="上传的视频", null=True, blank=True, on_delete=models.PROTECT,
        related_name="article_links",
    )
    embed_url = models.CharField(
        "外链视频地址", max_length=300, blank=True,
        help_text="或者：粘贴哔哩哔哩、腾讯视频、优酷、西瓜视频的视频网页地址或 iframe 代码；保存为平台的播放器地址。",
    )
    embed_title = models.CharField(
        "外链视频标题", max_length=200, blank=True, help_text="外链视频必填：显示在视频下方，也是读屏软件朗读的名称。",
    )
    position = models.PositiveSmallIntegerField("顺序", default=0)

    class Meta:
        verbose_name = "文章视频"
        verbose_name_plural = "视频"
        ordering = ["position", "pk"]
        constraints = [
            models.CheckConstraint(
                name="article_video_exactly_one",
                condition=(models.Q(video__isnull=False) & models.Q(embed_url=""))
                | (models.Q(video__isnull=True) & ~models.Q(embed_url="")),
            ),
        ]

    def __str__(self):
        return str(self.video) if self.video_id else self.embed_title or self.embed_url

    @cached_property
    def embed(self):
        """The stored player address as a medialib.embeds.Embed (None for an uploaded video or an
        address that is not canonical, which is then not shown)."""
        return canonical_embed(self.embed_url) if self.embed_url else None
