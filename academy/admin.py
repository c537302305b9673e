"""Editing the academy world. Every relation is an autocomplete; a record is edited in one screen with the
rows that belong to it (an academy with its organisations, leaders and training bases; a person with
positions, honours and roles; an event with its organisers and programme).
"""
from django.contrib import admin
from django.utils.html import format_html

from academy import models as m

SOURCES = ("来源与备注", {"fields": ("source_articles", "editor_note")})
NAMING = ("name", "slug", "aliases")


class PublicLinkMixin:
    @admin.display(description="网站页面")
    def public_link(self, obj):
        return format_html('<a href="{}" target="_blank" rel="noopener">查看</a>', obj.get_absolute_url())


class BaseAdmin(PublicLinkMixin, admin.ModelAdmin):
    search_fields = ("name", "aliases", "slug", "editor_note")
    autocomplete_fields = ("source_articles",)
    list_per_page = 100
    save_on_top = True


class ChildInline(admin.TabularInline):
    extra = 0
    exclude = ("source_articles", "editor_note")
    show_change_link = True


# --- Inlines -------------------------------------------------------------------------------------------


class AcademyOrganisationInline(ChildInline):
    model = m.AcademyOrganisation
    fields = ("organisation", "role", "as_stated", "order")
    autocomplete_fields = ("organisation",)
    verbose_name_plural = "主办、共建与执行单位"


class AcademyRoleForAcademyInline(ChildInline):
    model = m.AcademyRole
    fields = ("person", "role", "as_stated", "order")
    autocomplete_fields = ("person",)
    verbose_name_plural = "院长、名誉院长、讲师与导师"


class TrainingBaseInline(ChildInline):
    model = m.TrainingBase
    fields = ("name", "slug", "host", "kind", "batch", "order")
    autocomplete_fields = ("host",)


class PersonHonourInline(ChildInline):
    model = m.PersonHonour
    fields = ("honour", "as_stated", "order")
    autocomplete_fields = ("honour",)


class PositionInline(ChildInline):
    model = m.Position
    fields = ("organisation", "title", "as_stated", "order")
    autocomplete_fields = ("organisation",)


class PositionAtOrganisationInline(ChildInline):
    model = m.Position
    fields = ("person", "title", "as_stated", "order")
    autocomplete_fields = ("person",)
    verbose_name_plural = "在本机构任职的人物"


class AcademyRoleForPersonInline(ChildInline):
    model = m.AcademyRole
    fields = ("academy", "role", "as_stated", "order")
    autocomplete_fields = ("academy",)


class EventOrganisationInline(ChildInline):
    model = m.EventOrganisation
    fields = ("organisation", "role", "as_stated", "order")
    autocomplete_fields = ("organisation",)


class EventSessionInline(ChildInline):
    model = m.EventSession
    fields = ("order", "speaker", "title", "course")
    autocomplete_fields = ("speaker", "course")


class EventPartInline(ChildInline):
    model = m.Event
    fk_name = "parent"
    fields = ("order", "name", "slug", "kind", "starts_on")
    verbose_name = "环节或同期活动"
    verbose_name_plural = "环节与同期活动"


# --- Named records -------------------------------------------------------------------------------------


@admin.register(m.Organisation)
class OrganisationAdmin(BaseAdmin):
    list_display = ("name", "kind", "parent", "city", "public_link")
    list_filter = ("kind", "city")
    search_fields = ("name", "short_name", "aliases", "slug", "editor_note")
    autocomplete_fields = ("parent", "source_articles")
    list_select_related = ("parent",)
    fieldsets = (
        (None, {"fields": (*NAMING, "short_name", "kind", "parent", "city", "description")}),
        SOURCES,
    )
    inlines = [PositionAtOrganisationInline]


@admin.register(m.Academy)
class AcademyAdmin(BaseAdmin):
    list_display = ("name", "city", "district", "inaugurated_on", "headquarters", "public_link")
    list_filter = ("city",)
    search_fields = ("name", "short_name", "aliases", "slug", "editor_note")
    autocomplete_fields = ("headquarters", "source_articles")
    list_select_related = ("headquarters",)
    date_hierarchy = "inaugurated_on"
    fieldsets = (
        (None, {"fields": (*NAMING, "short_name", "city", "district", "inaugurated_on", "description")}),
        ("办学架构", {"fields": ("headquarters", "structure", "structure_detail")}),
        SOURCES,
    )
    inlines = [AcademyOrganisationInline, AcademyRoleForAcademyInline, TrainingBaseInline]


@admin.register(m.Honour)
class HonourAdmin(BaseAdmin):
    list_display = ("name", "order", "public_link")
    list_editable = ("order",)
    fieldsets = ((None, {"fields": (*NAMING, "description", "order")}), SOURCES)


@admin.register(m.Person)
class PersonAdmin(BaseAdmin):
    list_display = ("name", "aliases", "public_link")
    list_filter = ("academy_roles__academy", "academy_roles__role", "person_honours__honour")
    fieldsets = ((None, {"fields": NAMING}), SOURCES)
    inlines = [PositionInline, PersonHonourInline, AcademyRoleForPersonInline]


@admin.register(m.Field)
class FieldAdmin(BaseAdmin):
    list_display = ("name", "order", "public_link")
    list_editable = ("order",)
    fieldsets = ((None, {"fields": (*NAMING, "order")}), SOURCES)


@admin.register(m.Programme)
class ProgrammeAdmin(BaseAdmin):
    list_display = ("name", "academy", "organiser", "lecturer_count", "course_count", "field_count", "public_link")
    list_filter = ("academy",)
    autocomplete_fields = ("academy", "organiser", "fields", "launch_event", "source_articles")
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
class CourseAdmin(BaseAdmin):
    list_display = ("name", "academy", "format", "starts_on", "programme", "public_link")
    list_filter = ("academy", "format", "fields", "programme")
    autocomplete_fields = ("academy", "programme", "fields", "teachers", "event", "source_articles")
    list_select_related = ("academy", "programme")
    date_hierarchy = "starts_on"
    fieldsets = (
        (None, {"fields": (*NAMING, "academy", "programme", "format", "fields", "teachers", "description")}),
        ("时间与活动", {"fields": ("event", "starts_on", "ends_on")}),
        SOURCES,
    )


@admin.register(m.TrainingBase)
class TrainingBaseAdmin(BaseAdmin):
    list_display = ("name", "academy", "kind", "host", "batch", "public_link")
    list_filter = ("academy", "kind", "batch")
    autocomplete_fields = ("academy", "host", "source_articles")
    list_select_related = ("academy", "host")
    fieldsets = ((None, {"fields": (*NAMING, "academy", "host", "kind", "batch", "as_stated", "order")}), SOURCES)


@admin.register(m.Event)
class EventAdmin(BaseAdmin):
    list_display = ("name", "kind", "starts_on", "ends_on", "academy", "parent", "public_link")
    list_filter = ("kind", "academy")
    autocomplete_fields = ("academy", "parent", "venue", "attendees", "source_articles")
    list_select_related = ("academy", "parent")
    date_hierarchy = "starts_on"
    fieldsets = (
        (None, {"fields": (*NAMING, "kind", "academy", "parent", "order", "description")}),
        ("时间、地点与人数", {"fields": ("starts_on", "ends_on", "venue", "attendance_stated", "attendees")}),
        SOURCES,
    )
    inlines = [EventOrganisationInline, EventSessionInline, EventPartInline]


# --- Rows that belong to parents (also editable on their own, with sources and notes) ------------------


class ChildAdmin(PublicLinkMixin, admin.ModelAdmin):
    list_per_page = 100


@admin.register(m.AcademyOrganisation)
class AcademyOrganisationAdmin(ChildAdmin):
    list_display = ("academy", "organisation", "role", "as_stated", "public_link")
    list_filter = ("role", "academy")
    search_fields = ("academy__name", "organisation__name", "as_stated", "editor_note")
    autocomplete_fields = ("academy", "organisation", "source_articles")
    list_select_related = ("academy", "organisation")


@admin.register(m.PersonHonour)
class PersonHonourAdmin(ChildAdmin):
    list_display = ("person", "honour", "as_stated", "public_link")
    list_filter = ("honour",)
    search_fields = ("person__name", "honour__name", "as_stated", "editor_note")
    autocomplete_fields = ("person", "honour", "source_articles")
    list_select_related = ("person", "honour")


@admin.register(m.Position)
class PositionAdmin(ChildAdmin):
    list_display = ("person", "organisation", "title", "as_stated", "public_link")
    search_fields = ("person__name", "organisation__name", "title", "as_stated", "editor_note")
    autocomplete_fields = ("person", "organisation", "source_articles")
    list_select_related = ("person", "organisation")


@admin.register(m.AcademyRole)
class AcademyRoleAdmin(ChildAdmin):
    list_display = ("person", "academy", "role", "as_stated", "public_link")
    list_filter = ("role", "academy")
    search_fields = ("person__name", "academy__name", "as_stated", "editor_note")
    autocomplete_fields = ("person", "academy", "source_articles")
    list_select_related = ("person", "academy")


@admin.register(m.EventOrganisation)
class EventOrganisationAdmin(ChildAdmin):
    list_display = ("event", "organisation", "role", "public_link")
    list_filter = ("role",)
    search_fields = ("event__name", "organisation__name", "as_stated", "editor_note")
    autocomplete_fields = ("event", "organisation", "source_articles")
    list_select_related = ("event", "organisation")


@admin.register(m.EventSession)
class EventSessionAdmin(ChildAdmin):
    list_display = ("event", "order", "speaker", "title", "course", "public_link")
    search_fields = ("event__name", "speaker__name", "title", "editor_note")
    autocomplete_fields = ("event", "speaker", "course", "source_articles")
    list_select_related = ("event", "speaker", "course")
