"""Optimistic locking for admin forms: a save based on an outdated version is refused.

The form carries the id of the newest revision the editor started from. If someone saved the record since,
the save is refused with the changes made in between (who, when, what); the form then carries the newer
version, so saving again, knowingly, overwrites them.
"""
from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.html import format_html

from editorial import diff
from editorial.models import Revision
from editorial.revisions import latest, latest_id

FIELD = "base_revision"


class _UnlabelledHiddenInput(forms.HiddenInput):
    """The admin's fieldset template writes a label for every field, hidden ones too; pointing it at a
    hidden input is invalid HTML (the Nu checker fails the page), so this label points at nothing."""

    def id_for_label(self, id_):
        return None


def versioned(form_class):
    """``form_class`` with the hidden base-revision field and the check."""

    class VersionedForm(form_class):
        base_revision = forms.IntegerField(widget=_UnlabelledHiddenInput, required=False)

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            if not self.is_bound:
                self.initial[FIELD] = latest_id(self.instance) or 0

        def clean(self):
            cleaned = super().clean()
            if self.instance.pk is None:
                return cleaned
            current = latest(self.instance)
            base_id = cleaned.get(FIELD) or 0
            if current is None or current.pk == base_id:
                return cleaned
            self.conflict = current
            base = Revision.objects.filter(pk=base_id).first() if base_id else None
            if base is None:
                base = Revision.objects.for_object(self.instance).filter(pk__lt=current.pk).first()
            old = base.content if base is not None else {}
            who = current.user.get_username() if current.user else "其他人"
            changed = diff.as_html_list(type(self.instance), old, current.content) if old else ""
            self.data = self.data.copy()
            self.data[FIELD] = str(current.pk)
            raise ValidationError(format_html(
                "保存未成功：你打开这一页之后，{}在 {} 保存了新的版本，你的修改是基于旧版本的。"
                "对方改动了：<ul>{}</ul>请核对下面的内容（已保留你的修改），确认后再次保存将以你的版本为准。",
                who, timezone.localtime(current.created_at).strftime("%Y-%m-%d %H:%M:%S"),
                changed or format_html("<li>{}</li>", current.message or "内容"),
            ), code="stale")

    VersionedForm.__name__ = f"Versioned{form_class.__name__}"
    return VersionedForm
