"""The body editor (Tiptap, from django-prose-editor's bundle) with the media library on its toolbar.

Its assets are static files of this site: no CDN, no inline script, so it runs under the admin's CSP.
"""
from django import forms
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
