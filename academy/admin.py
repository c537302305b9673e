"""Editing the academy world. Every relation is an autocomplete; a record is edited in one screen with the
rows that belong to it (an academy with its organisations, leaders and training bases; a person with
positions, honours and roles; an event with its organisers and programme).
"""
from django.contrib import admin
from django.db import models
from django.utils.html import format_html

from academy import models as m
from academy.publishing import records_set_published
from editorial.admin_mixins import RevisionAdminMixin
from editorial.search import EitherScriptSearchMixin

SOURCES = ("来源与备注", {"fields": ("source_articles", "editor_note")})
NAMING = ("name", "slug", "aliases")


def relations(model):
    """The relations an editor picks in a form: foreign keys and plain many-to-many fields (not those with a
    through model, which have their own inline or screen)."""
    return tuple(
        f.name for f in model._meta.get_fields()
        if f.editable and (isinstance(f, models.ForeignKey) or (
            isinstance(f, models.ManyToManyField) and f.remote_field.through._meta.auto_created
        ))
    )


class AcademyModelAdmin(EitherScriptSearchMixin, admin.ModelAdmin):
    """Every relation is an autocomplete; the list links to each record's public page."""

    list_per_page = 100

    def __init__(self, model, admin_site):
        super().__init__(model, admin_site)
        self.autocomplete_fields = relations(model)

    @admin.display(description="网站页面")
    def public_link(self, obj):
        label = "预览" if getattr(obj, "published", True) is False else "查看"
        return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', obj.get_absolute_url(), label)


class NamedAdmin(RevisionAdminMixin, AcademyModelAdmin):
    search_fields = ("name", "aliases", "slug", "editor_note")
    save_on_top = True


class PublishableAdmin(NamedAdmin):
    """A record with a draft state (academy.models.publishing): a new one starts as a draft, the list shows
    and filters the state, and records are published or withdrawn in bulk."""

    actions = ("publish_selected", "withdraw_selected")

    def get_changeform_initial_data(self, request):
        return {"published": False, **super().get_changeform_initial_data(request)}

    def get_fieldsets(self, request, obj=None):
        return (("发布", {"fields": ("published",)}), *super().get_fieldsets(request, obj))

    def get_list_display(self, request):
        return (*super().get_list_display(request), "published")

    def get_list_filter(self, request):
        return ("published", *super().get_list_filter(request))

    @admin.action(description="发布所选记录", permissions=["change"])
    def publish_selected(self, request, queryset):
        self._set_published(request, queryset, True)

    @admin.action(description="撤回所选记录为草稿", permissions=["change"])
    def withdraw_selected(self, request, queryset):
        self._set_published(request, queryset, False)

    def _set_published(self, request, queryset, published):
        changed = records_set_published(queryset, published, by=request.user)
        state = "已发布" if published else "已撤回为草稿"
        self.message_user(request, f"{changed} 条记录{state}。")


class ChildInline(admin.TabularInline):
    """Rows edited with their parent; their sources and notes are edited on their own screen."""

    extra = 0
    exclude = ("source_articles", "editor_note")
    show_change_link = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.autocomplete_fields = relations(cls.model)


# --- Inlines -------------------------------------------------------------------------------------------

PICTURES_HELP = "从媒体库选择；只用真实的照片，没有就留空，网站会显示设计好的占位图案。"


class PhotoInline(admin.TabularInline):
    """A record's photos, picked from the media library, in the editor's order."""

    extra = 0
    fields = ("image", "position")
    autocomplete_fields = ("image",)


class TrainingBasePhotoInline(PhotoInline):
    model = m.TrainingBasePhoto


class EventPhotoInline(PhotoInline):
    model = m.EventPhoto



class AcademyOrganisationInline(ChildInline):
    model = m.AcademyOrganisation
    fields = ("organisation", "role", "as_stated", "order")
    verbose_name_plural = "主办、共建与执行单位"


class AcademyRoleForAcademyInline(ChildInline):
    model = m.AcademyRole
    fields = ("person", "role", "as_stated", "order")
    verbose_name_plural = "院长、名誉院长、讲师与导师"


class DraftInlineMixin:
    """Records added inline (training bases, parts of an event) start as drafts, as on their own screen."""

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form.base_fields["published"].initial = False
        return formset


class TrainingBaseInline(DraftInlineMixin, ChildInline):
    model = m.TrainingBase
    fields = ("name", "slug", "host", "kind", "batch", "order", "published")


class PersonHonourInline(ChildInline):
    model = m.PersonHonour
    fields = ("honour", "as_stated", "order")


class PositionInline(ChildInline):
    model = m.Position
    fields = ("organisation", "title", "as_stated", "order")


class PositionAtOrganisationInline(ChildInline):
    model = m.Position
    fields = ("person", "title", "as_stated", "order")
    verbose_name_plural = "在本机构任职的人物"


class AcademyRoleForPersonInline(ChildInline):
    model = m.AcademyRole
    fields = ("academy", "role", "as_stated", "order")


class EventOrganisationInline(ChildInline):
    model = m.EventOrganisation
    fields = ("organisation", "role", "as_stated", "order")


class EventSessionInline(ChildInline):
    model = m.EventSession
    fields = ("order", "speaker", "title", "course")


class EventAttendanceInline(ChildInline):
    model = m.EventAttendance
    fields = ("person", "order")
    verbose_name_plural = "出席的领导和嘉宾（按报道点名的先后）"


class EventPartInline(DraftInlineMixin, ChildInline):
    model = m.Event
    fk_name = "parent"
    fields = ("order", "name", "slug", "kind", "starts_on", "published")
    verbose_name = "环节或同期活动"
    verbose_name_plural = "环节与同期活动"


# --- Named records -------------------------------------------------------------------------------------


@admin.register(m.Organisation)
class OrganisationAdmin(PublishableAdmin):
    list_display = ("name", "kind", "parent", "city", "public_link")
    list_filter = ("kind", "city")
    search_fields = ("name", "short_name", "aliases", "slug", "editor_note")
    list_select_related = ("parent",)
    fieldsets = (
        (None, {"fields": (*NAMING, "short_name", "kind", "parent", "city", "description")}),
        SOURCES,
    )
    inlines = [PositionAtOrganisationInline]


@admin.register(m.Academy)
class AcademyAdmin(PublishableAdmin):
    list_display = ("name", "city", "district", "inaugurated_on", "headquarters", "public_link")
    list_filter = ("city",)
    search_fields = ("name", "short_name", "aliases", "slug", "editor_note")
    list_select_related = ("headquarters",)
    date_hierarchy = "inaugurated_on"
    fieldsets = (
        (None, {"fields": (*NAMING, "short_name", "city", "district", "inaugurated_on", "description")}),
        ("办学架构", {"fields": ("headquarters", "structure", "structure_detail")}),
        ("图片", {"fields": ("logo", "photo"), "description": PICTURES_HELP}),
        SOURCES,
    )
    inlines = [AcademyOrganisationInline, AcademyRoleForAcademyInline, TrainingBaseInline]


@admin.register(m.Honour)
class HonourAdmin(NamedAdmin):
    list_display = ("name", "order", "public_link")
    list_editable = ("order",)
    fieldsets = ((None, {"fields": (*NAMING, "description", "order")}), SOURCES)


@admin.register(m.Person)
class PersonAdmin(PublishableAdmin):
    list_display = ("name", "aliases", "public_link")
    list_filter = ("academy_roles__academy", "academy_roles__role", "person_honours__honour")
    fieldsets = ((None, {"fields": NAMING}), ("图片", {"fields": ("portrait",), "description": PICTURES_HELP}), SOURCES)
    inlines = [PositionInline, PersonHonourInline, AcademyRoleForPersonInline]


@admin.register(m.Field)
class FieldAdmin(NamedAdmin):
    list_display = ("name", "order", "public_link")
    list_editable = ("order",)
    fieldsets = ((None, {"fields": (*NAMING, "order")}), SOURCES)


@admin.register(m.Programme)
class ProgrammeAdmin(PublishableAdmin):
    list_display = ("name", "academy", "organiser", "lecturer_count", "course_count", "field_count", "public_link")
    list_filter = ("academy",)
    list_select_related = ("academy", "organiser")
    fieldsets = (
        (None, {"fields": (*NAMING, "academy", "organiser", "launch_event", "description", "booking_modes")}),
        ("原文数字", {
            "description": "照原文填写，不要推算；“原文”栏保留原句，数字栏只填原文给出的数。",
            "fields": (
                "lecturers_stated", "lecturer_count", "courses_stated", "course_count",
                "fields_stated", "field_count", "fields",
            ),
        }),
        SOURCES,
    )


@admin.register(m.Course)
class CourseAdmin(PublishableAdmin):
    list_display = ("name", "academy", "format", "starts_on", "programme", "public_link")
    list_filter = ("academy", "format", "fields", "programme")
    list_select_related = ("academy", "programme")
    date_hierarchy = "starts_on"
    fieldsets = (
        (None, {"fields": (*NAMING, "academy", "programme", "format", "fields", "teachers", "description")}),
        ("时间与活动", {"fields": ("event", "starts_on", "ends_on")}),
        SOURCES,
    )


@admin.register(m.TrainingBase)
class TrainingBaseAdmin(PublishableAdmin):
    list_display = ("name", "academy", "kind", "host", "batch", "public_link")
    list_filter = ("academy", "kind", "batch")
    list_select_related = ("academy", "host")
    fieldsets = ((None, {"fields": (*NAMING, "academy", "host", "kind", "batch", "as_stated", "order")}), SOURCES)
    inlines = [TrainingBasePhotoInline]


@admin.register(m.Event)
class EventAdmin(PublishableAdmin):
    list_display = ("name", "kind", "starts_on", "ends_on", "academy", "parent", "public_link")
    list_filter = ("kind", "academy")
    list_select_related = ("academy", "parent")
    date_hierarchy = "starts_on"
    fieldsets = (
        (None, {"fields": (*NAMING, "kind", "academy", "parent", "order", "description")}),
        ("时间、地点与人数", {"fields": ("starts_on", "ends_on", "venue", "attendance_stated")}),
        SOURCES,
    )
    inlines = [EventOrganisationInline, EventAttendanceInline, EventSessionInline, EventPartInline, EventPhotoInline]


# --- Rows that belong to parents (also editable on their own, with sources and notes) ------------------


class ChildAdmin(AcademyModelAdmin):
    """A row that belongs to parents: listed with them in one query, found by their names or by its own text
    (``searched``, and the editor's note)."""

    searched = ("as_stated",)

    def has_module_permission(self, request):
        """Link rows are edited inline with their records; they are not menu entries of their own."""
        return False

    def __init__(self, model, admin_site):
        super().__init__(model, admin_site)
        parents = tuple(f.name for f in model._meta.get_fields() if isinstance(f, models.ForeignKey))
        self.list_select_related = parents
        self.search_fields = (*(f"{parent}__name" for parent in parents), *self.searched, "editor_note")


@admin.register(m.AcademyOrganisation)
class AcademyOrganisationAdmin(ChildAdmin):
    list_display = ("academy", "organisation", "role", "as_stated", "public_link")
    list_filter = ("role", "academy")


@admin.register(m.PersonHonour)
class PersonHonourAdmin(ChildAdmin):
    list_display = ("person", "honour", "as_stated", "public_link")
    list_filter = ("honour",)


@admin.register(m.Position)
class PositionAdmin(ChildAdmin):
    list_display = ("person", "organisation", "title", "as_stated", "public_link")
    searched = ("title", "as_stated")


@admin.register(m.AcademyRole)
class AcademyRoleAdmin(ChildAdmin):
    list_display = ("person", "academy", "role", "as_stated", "public_link")
    list_filter = ("role", "academy")


@admin.register(m.EventOrganisation)
class EventOrganisationAdmin(ChildAdmin):
    list_display = ("event", "organisation", "role", "public_link")
    list_filter = ("role",)


@admin.register(m.EventSession)
class EventSessionAdmin(ChildAdmin):
    list_display = ("event", "order", "speaker", "title", "course", "public_link")
    searched = ("title",)


@admin.register(m.TrainingBasePhoto, m.EventPhoto)
class RecordPhotoAdmin(EitherScriptSearchMixin, admin.ModelAdmin):
    """Photos are ordered inline on their record's screen; this admin only serves the permission checks and
    links from the history."""

    list_display = ("image", "position")
    search_fields = ("image__title", "image__alt")

    def __init__(self, model, admin_site):
        super().__init__(model, admin_site)
        self.autocomplete_fields = relations(model)

    def has_module_permission(self, request):
        return False


@admin.register(m.EventAttendance)
class EventAttendanceAdmin(ChildAdmin):
    list_display = ("event", "order", "person", "public_link")
    searched = ()

# The article admin's inlines 本文提到的记录 and 可新建的记录 (news cannot import academy).
from academy import mention_admin, proposal_admin  # noqa: E402,F401
