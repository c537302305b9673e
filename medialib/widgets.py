"""The body editor (Tiptap, from django-prose-editor's bundle) with the media library on its toolbar.

Its assets are static files of this site: no CDN, no inline script, so it runs under the admin's CSP.
"""
from django import forms
from django.contrib.admin.widgets import AutocompleteSelect
from django.forms.widgets import Media, Script
from django.urls import reverse_lazy


class RichTextWidget(forms.Textarea):
    """A textarea that body-editor.js turns into a WYSIWYG editor; without JavaScript it stays HTML."""

    def __init__(self, attrs=None, heading_levels=(2, 3)):
        attrs = {"rows": 24, "class": "vLargeTextField body-editor", **(attrs or {})}
        super().__init__(attrs)
        self.heading_levels = heading_levels

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"].update({
            "data-rich-text": ",".join(str(level) for level in self.heading_levels),
            "data-image-upload": str(reverse_lazy("admin:medialib_image_upload")),
            "data-image-choose": str(reverse_lazy("admin:medialib_image_choose")),
            "data-attachment-upload": str(reverse_lazy("admin:medialib_attachment_upload")),
            "data-attachment-choose": str(reverse_lazy("admin:medialib_attachment_choose")),
        })
        return context

    def use_required_attribute(self, initial):
        return False  # the textarea is hidden behind the editor; the server says what is missing

    @property
    def media(self):
        return Media(
            css={"all": [
                "django_prose_editor/material-icons.css", "django_prose_editor/editor.css",
                "django_prose_editor/overrides.css", "css/body-editor.css",
            ]},
            js=["js/body-editor-zh.js", Script("js/body-editor.js", type="module")],
        )


class LibraryChooser(AutocompleteSelect):
    """The admin's search-as-you-type select for a library item, as valid HTML: an optional field's empty
    choice has a label (an empty <option> without one is invalid HTML)."""

    def create_option(self, name, value, label, *args, **kwargs):
        option = super().create_option(name, value, label, *args, **kwargs)
        if value == "" and not label:
            option["label"] = "—"
        return option


def _no_required_attribute(initial):
    return False


class LibraryChooserAdminMixin:
    """ModelAdmins and inlines whose autocomplete_fields choose from the media library."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request) and "widget" not in kwargs:
            kwargs["widget"] = LibraryChooser(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and isinstance(getattr(field.widget, "widget", None), LibraryChooser):
            # A required chooser starts with no <option>, and an empty `required` select is invalid HTML:
            # the attribute goes (asked of the admin's wrapper around the select); the form still
            # refuses an empty choice with its message.
            field.widget.use_required_attribute = _no_required_attribute
        return field
