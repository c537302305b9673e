"""What changed between two revisions, for people: each changed field side by side, long text as a diff of
paragraphs with the changed characters marked (Chinese has no spaces, so words are characters)."""
import difflib
import html
import re
from dataclasses import dataclass

from django.db import models
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from editorial.revisions import TAGS, tracked_fields

_BLOCK = re.compile(r"</?(?:p|h[1-6]|li|ul|ol|blockquote|figure|figcaption|table|tr|br|div)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_IMG = re.compile(r"<img\b[^>]*?\balt=\"([^\"]*)\"[^>]*>", re.I)


def readable_lines(text):
    """HTML (or plain text) as the paragraphs a reader sees: tags gone, images as [图片：alt]."""
    text = _IMG.sub(lambda m: f"\n[图片：{m.group(1)}]\n", text or "")
    text = html.unescape(_TAG.sub("", _BLOCK.sub("\n", text)))
    return [line.strip() for line in text.splitlines() if line.strip()]


def _marked(a, b):
    """Two versions of one paragraph with the changed characters in <del> and <ins>."""
    left, right = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            left.append(html.escape(a[i1:i2]))
            right.append(html.escape(b[j1:j2]))
        else:
            if i2 > i1:
                left.append(f"<del>{html.escape(a[i1:i2])}</del>")
            if j2 > j1:
                right.append(f"<ins>{html.escape(b[j1:j2])}</ins>")
    return mark_safe("".join(left)), mark_safe("".join(right))


def line_rows(old_lines, new_lines):
    """[(kind, left_html, right_html)] for a side-by-side table; kind: same, changed, removed, added."""
    rows = []
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            rows += [("same", old_lines[i], new_lines[j1 + k]) for k, i in enumerate(range(i1, i2))]
            continue
        old, new = old_lines[i1:i2], new_lines[j1:j2]
        for k in range(max(len(old), len(new))):
            a = old[k] if k < len(old) else None
            b = new[k] if k < len(new) else None
            if a is not None and b is not None:
                rows.append(("changed", *_marked(a, b)))
            elif a is not None:
                rows.append(("removed", format_html("<del>{}</del>", a), ""))
            else:
                rows.append(("added", "", format_html("<ins>{}</ins>", b)))
    return rows


@dataclass
class FieldChange:
    name: str
    label: str
    rows: list  # [(kind, left, right)]


def display(field, value, names=None):
    if value in (None, "", []):
        return "—"
    if isinstance(field, models.DateTimeField) and isinstance(value, str) and parse_datetime(value):
        return timezone.localtime(parse_datetime(value)).strftime("%Y-%m-%d %H:%M")  # as the form shows it
    if field is not None and field.choices and not field.many_to_many:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, list):
        if names and field is not None and field.name in names:
            return "、".join(names[field.name].get(v, str(v)) for v in value)
        return "、".join(str(v) for v in value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if names and field is not None and field.name in names:
        return names[field.name].get(value, str(value))
    return str(value)


def related_names(model, *contents):
    """{field name: {pk: str(record)}} for the relations named in these revisions (one query per relation)."""
    names = {}
    for field in tracked_fields(model):
        if not field.is_relation or field.name == TAGS:
            continue
        pks = set()
        for content in contents:
            value = content.get(field.name)
            pks.update(value if isinstance(value, list) else [value] if value is not None else [])
        if pks:
            names[field.name] = {o.pk: str(o) for o in field.related_model._default_manager.filter(pk__in=pks)}
    return names


def changes(model, old, new):
    """The fields that differ between two revision contents, in the model's field order."""
    result = []
    fields = {f.name: f for f in tracked_fields(model)}
    names = related_names(model, old, new)
    for name in [*fields, *(k for k in new if k not in fields)]:
        a, b = old.get(name), new.get(name)
        if a == b:
            continue
        field = fields.get(name)
        label = str(field.verbose_name) if field is not None else name
        if isinstance(a, str) and isinstance(b, str) and (len(a) > 80 or len(b) > 80 or "<" in a + b):
            rows = line_rows(readable_lines(a), readable_lines(b))
        else:
            left, right = display(field, a, names), display(field, b, names)
            rows = [("changed", *_marked(left, right))]
        result.append(FieldChange(name, label, rows))
    return result


def summary(model, old, new):
    """One line naming the changed fields: 标题、摘要."""
    return "、".join(change.label for change in changes(model, old, new))


def as_html_list(model, old, new):
    """The changes as a short HTML list (for messages and form errors)."""
    items = []
    for change in changes(model, old, new):
        shown = [(left, right) for kind, left, right in change.rows if kind != "same"][:3]
        text = format_html_join("；", "{} → {}", ((left or "—", right or "—") for left, right in shown))
        items.append((change.label, text))
    return format_html_join("", "<li><strong>{}</strong>：{}</li>", items)
