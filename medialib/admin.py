from django.contrib import admin
from django.core.files.storage import default_storage
from django.template.defaultfilters import filesizeformat
from django.urls import path
from django.utils.html import format_html

from editorial.search import EitherScriptSearchMixin
from medialib import admin_views, services
from medialib.forms import AttachmentForm, ImageForm, VideoForm
from medialib.models import Attachment, Image, Video
from medialib.widgets import LibraryChooserAdminMixin


@admin.register(Image)
class ImageAdmin(EitherScriptSearchMixin, admin.ModelAdmin):
    form = ImageForm
    list_display = ("thumbnail", "title", "alt", "credit", "size_label", "uploaded_at")
    list_display_links = ("thumbnail", "title")
    search_fields = ("title", "alt", "caption", "credit")
    date_hierarchy = "uploaded_at"
    list_per_page = 40
    readonly_fields = ("preview", "size_label", "uploaded_at", "uploaded_by")
    fields = ("upload", "preview", "title", "alt", "caption", "credit", "size_label", "uploaded_at", "uploaded_by")

    @admin.display(description="缩略图")
    def thumbnail(self, obj):
        small = obj.renditions[0] if obj.renditions else None
        if not small:
            return "—"
        return format_html(
            '<img src="{}" alt="" width="80" height="{}" class="medialib-thumb">',
            default_storage.url(small["fallback"]), round(80 * small["height"] / small["width"]),
        )

    @admin.display(description="预览")
    def preview(self, obj):
        shown = obj.fallback if obj and obj.pk else None
        if not shown:
            return "—"
        return format_html(
            '<img src="{}" alt="{}" class="medialib-preview" width="{}" height="{}">',
            default_storage.url(shown["fallback"]), obj.alt, shown["width"], shown["height"],
        )

    @admin.display(description="尺寸")
    def size_label(self, obj):
        return f"{obj.width}×{obj.height}" if obj.width else "—"

    def save_model(self, request, obj, form, change):
        upload = form.cleaned_data.get("upload")
        if upload:
            services.save_image(obj, upload, request.user, clean=getattr(form, "clean_result", None))
        else:
            obj.save()

    def delete_model(self, request, obj):
        services.delete_image_files(obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            services.delete_image_files(obj)
        super().delete_queryset(request, queryset)

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("upload/", wrap(admin_views.upload_image), name="medialib_image_upload"),
            path("choose/", wrap(admin_views.choose_images), name="medialib_image_choose"),
        ] + super().get_urls()


class StoredFileAdminMixin:
    """An attachment or a video: an upload stored by `store` (checked by content, no orphan file), its size
    shown readably, its file removed with the row."""

    store = None  # a medialib.services function: store(obj, upload, user)

    @admin.display(description="大小")
    def size_label(self, obj):
        return filesizeformat(obj.size) if obj.size else "—"

    def save_model(self, request, obj, form, change):
        upload = form.cleaned_data.get("upload")
        if upload:
            self.store(obj, upload, request.user)
        else:
            obj.save()

    def delete_model(self, request, obj):
        services.delete_stored_file(obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            services.delete_stored_file(obj)
        super().delete_queryset(request, queryset)


@admin.register(Attachment)
class AttachmentAdmin(StoredFileAdminMixin, EitherScriptSearchMixin, admin.ModelAdmin):
    store = staticmethod(services.save_attachment)
    form = AttachmentForm
    list_display = ("title", "filename", "kind", "size_label", "uploaded_at")
    search_fields = ("title", "filename")
    list_filter = ("kind",)
    date_hierarchy = "uploaded_at"
    readonly_fields = ("kind", "size_label", "uploaded_at", "uploaded_by")
    fields = ("upload", "title", "filename", "kind", "size_label", "uploaded_at", "uploaded_by")



    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("upload/", wrap(admin_views.upload_attachment), name="medialib_attachment_upload"),
            path("choose/", wrap(admin_views.choose_attachments), name="medialib_attachment_choose"),
        ] + super().get_urls()


@admin.register(Video)
class VideoAdmin(StoredFileAdminMixin, LibraryChooserAdminMixin, EitherScriptSearchMixin, admin.ModelAdmin):
    store = staticmethod(services.save_video)
    form = VideoForm
    list_display = ("title", "poster", "size_label", "uploaded_at")
    search_fields = ("title", "caption", "credit")
    date_hierarchy = "uploaded_at"
    autocomplete_fields = ("poster",)
    readonly_fields = ("player", "size_label", "uploaded_at", "uploaded_by")
    fields = ("upload", "player", "title", "poster", "caption", "credit", "size_label", "uploaded_at", "uploaded_by")


    @admin.display(description="播放")
    def player(self, obj):
        if not (obj and obj.pk and obj.file):
            return "—"
        poster = obj.poster.fallback
        return format_html(
            '<video controls preload="none" class="medialib-preview" width="320"{}><source src="{}" type="video/mp4"></video>',
            format_html(' poster="{}"', default_storage.url(poster["fallback"])) if poster else "",
            obj.get_absolute_url(),
        )

