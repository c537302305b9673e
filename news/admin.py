from django.contrib import admin
from django.db.models import Q
from django.db.models.functions import ExtractYear
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from editorial.search import EitherScriptSearchMixin
from medialib.widgets import LibraryChooserAdminMixin
from news import admin_views
from news.admin_workflow import ArticleWorkflowMixin, LiveArticleInlineMixin
from news.forms import ArticleAdminForm, ArticleVideoForm
from news.models import Article, ArticleAttachment, ArticleVideo, GalleryImage, KnownInjection
from news.search import MAX_RESULTS, search_articles
from news.services import link_body_attachments, refresh_renditions
from news.subjects import subject_groups


def admin_change_link(obj):
    url = reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])
    return format_html('<a href="{}">{}</a>', url, obj)


class YearFilter(admin.SimpleListFilter):
    title = "发布年份"
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = (
            Article.objects.annotate(year=ExtractYear("published_at"))
            .values_list("year", flat=True).distinct().order_by("-year")
        )
        return [(str(y), f"{y}年") for y in years]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(published_at__year=self.value())
        return queryset


class SourceFilter(admin.SimpleListFilter):
    title = "来源"
    parameter_name = "source"

    def lookups(self, request, model_admin):
        names = Article.objects.exclude(source_name="").values_list("source_name", flat=True).distinct()
        return [(name, name) for name in sorted(names)]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(source_name=self.value())
        return queryset


class AttachmentInline(LiveArticleInlineMixin, admin.TabularInline):
    model = ArticleAttachment
    autocomplete_fields = ("attachment",)
    extra = 0
    fields = ("attachment", "position")


class GalleryInline(LiveArticleInlineMixin, admin.TabularInline):
    model = GalleryImage
    autocomplete_fields = ("image",)
    extra = 0
    fields = ("image", "position")


class VideoInline(LibraryChooserAdminMixin, LiveArticleInlineMixin, admin.StackedInline):
    model = ArticleVideo
    form = ArticleVideoForm
    autocomplete_fields = ("video",)
    extra = 0
    fields = ("video", "embed_url", "embed_title", "position")


@admin.register(Article)
class ArticleAdmin(ArticleWorkflowMixin, admin.ModelAdmin):
    form = ArticleAdminForm
    inlines = (GalleryInline, VideoInline, AttachmentInline)
    list_display = ("title", "status_label", "published_at", "featured", "source_name", "preview_link")
    list_display_links = ("title",)
    list_filter = ("status", "review_state", "kind", "featured", ("tags", admin.RelatedOnlyFieldListFilter), YearFilter, SourceFilter)
    # Title, summary and body are searched through the site search's index (get_search_results); these
    # two by a plain match, as before.
    search_fields = ("byline", "source_name")
    search_help_text = f"标题、摘要和正文按站内检索查找（简繁皆可，最多 {MAX_RESULTS} 篇）；撰稿和来源按字面查找。"
    date_hierarchy = "published_at"
    ordering = ("-published_at",)
    list_per_page = 50
    actions = ("publish", "unpublish")
    readonly_fields = ("created_at", "updated_at", "import_report_display", "subjects_display", "reviewed_by")
    save_on_top = True

    class Media:
        js = ("js/admin-slug.js",)
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body")}),
        ("发布", {
            "description": "发布时间设为将来即定时发布；下线时间一到，文章自动从网站消失。由审核人发布后生效。",
            "fields": ("published_at", "expires_at", "featured", "tags"),
        }),
        ("栏目", {
            "description": "通知公告不进新闻列表，列在“通知公告”栏目和首页；置顶到截止时间为止，截止后仍可查阅。",
            "fields": ("kind", "pinned", "closes_at"),
        }),
        ("封面", {"fields": ("cover_image", "cover_alt", "cover_caption")}),
        ("来源与署名", {"fields": ("source_name", "source_url", "byline", "reviewer", "reviewed_by", "script")}),
        ("本文涉及", {
            "description": "把本文列为来源的学院、人物、机构、活动、课程、项目和实训基地；在各自的编辑页修改。",
            "fields": ("subjects_display",),
        }),
        ("记录", {"fields": ("import_report_display", "created_at", "updated_at"), "classes": ("collapse",)}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).defer("body")

    def get_search_results(self, request, queryset, search_term):
        """Drafts included (the changelist's queryset): the index's matches in either script, plus the
        byline and source matches; the changelist then sorts them as the editor chose."""
        by_name, duplicates = super().get_search_results(request, queryset, search_term)
        found = search_articles(search_term, queryset).ids
        if not found:
            return by_name, duplicates
        return queryset.filter(Q(pk__in=found) | Q(pk__in=by_name.values("pk"))), False

    @admin.display(description="状态", ordering="status")
    def status_label(self, obj):
        if obj.is_scheduled:
            label = format_html('<span class="status-label" title="{}">定时发布</span>', timezone.localtime(obj.published_at))
        elif obj.is_expired:
            label = format_html('<span class="status-label">已下线</span>')
        else:
            label = format_html('<span class="status-label">{}</span>', obj.get_status_display())
        if obj.has_unpublished_changes:
            label = format_html('{} <span class="status-label">有修改</span>', label)
        if obj.review_state:
            label = format_html('{} <span class="status-label review-{}">{}</span>', label, obj.review_state, obj.get_review_state_display())
        return label

    @admin.display(description="导入记录")
    def import_report_display(self, obj):
        return admin_views.render_import_log(obj.import_report)

    @admin.display(description="相关记录")
    def subjects_display(self, obj):
        """One query per kind of record, on the change form only (never in the changelist)."""
        if obj is None or obj.pk is None:
            return "—"
        groups = [
            (subject.label, format_html_join("、", "{}", ((admin_change_link(record),) for record in records)))
            for subject, records in subject_groups(obj, public_only=False)
        ]
        if not groups:
            return "—"
        return format_html_join("\n", "<p><strong>{}</strong>：{}</p>", groups)

    @admin.display(description="预览")
    def preview_link(self, obj):
        return format_html('<a href="{}" target="_blank" rel="noopener">预览</a>', reverse("news:preview", args=[obj.pk]))

    def view_on_site(self, obj):
        # Drafts and scheduled articles open in preview; the public URL would be a 404 for them.
        return obj.get_absolute_url() if obj.is_public else reverse("news:preview", args=[obj.pk])

    def save_model(self, request, obj, form, change):
        new_cover = "cover_image" in form.changed_data and bool(obj.cover_image)
        try:
            super().save_model(request, obj, form, change)
        except BaseException:
            if new_cover and obj.cover_image._committed:  # written, but the row was not: no orphan file
                obj.cover_image.storage.delete(obj.cover_image.name)
            raise
        if getattr(request, "_draft_only", False):
            return  # a live article's edit: its renditions travel in the revision, the row is untouched
        if "cover_image" in form.changed_data or (obj.cover_image and not obj.cover_renditions):
            refresh_renditions(obj)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if not getattr(request, "_draft_only", False):
            link_body_attachments(form.instance)

    def get_urls(self):
        import_view = self.admin_site.admin_view(admin_views.ImportReprintView.as_view(model_admin=self))
        slug_view = self.admin_site.admin_view(lambda request: admin_views.slug_suggestion(request, self))
        return [
            path("import/", import_view, name="news_article_import"),
            path("slug/", slug_view, name="news_article_slug"),
        ] + super().get_urls()


@admin.register(KnownInjection)
class KnownInjectionAdmin(EitherScriptSearchMixin, admin.ModelAdmin):
    list_display = ("text", "note", "created_at")
    search_fields = ("text", "note")
