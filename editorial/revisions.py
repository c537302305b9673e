"""Saving a record's state as a revision, reading it back, and the audit log.

A revision holds every editable concrete field (foreign keys by primary key), many-to-many fields as lists
of primary keys, and tags (django-taggit) as a list of names, so any revision can be shown, compared or
made current again.
"""
import json

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from taggit.managers import TaggableManager

from editorial.models import AuditEntry, Revision

TAGS = "tags"


def tracked_fields(model):
    """The fields a revision keeps: what editors edit (not ids, not derived fields)."""
    return [
        f for f in model._meta.get_fields()
        if getattr(f, "editable", False) and not f.auto_created and (f.concrete or f.many_to_many)
        and not getattr(f, "primary_key", False)
    ]


def is_tag_field(field):
    return isinstance(field, TaggableManager)


def serialize(obj, tags=None, m2m=None):
    """The record as plain JSON. ``tags``/``m2m`` give values from a form that were not saved to the row."""
    content = {}
    m2m = m2m or {}
    for field in tracked_fields(type(obj)):
        if field.many_to_many:
            if is_tag_field(field):
                names = tags if tags is not None else ([t.name for t in obj.tags.all()] if obj.pk else [])
                content[TAGS] = sorted(str(n) for n in names)
            elif field.name in m2m:
                content[field.name] = sorted(o.pk if hasattr(o, "pk") else o for o in m2m[field.name])
            else:
                content[field.name] = sorted(getattr(obj, field.name).values_list("pk", flat=True)) if obj.pk else []
        elif isinstance(field, models.JSONField):
            content[field.name] = field.value_from_object(obj)
        elif isinstance(field, models.FileField):
            content[field.name] = getattr(obj, field.attname).name or ""
        else:
            content[field.name] = field.value_from_object(obj) if not field.is_relation else getattr(obj, field.attname)
    return json.loads(json.dumps(content, cls=DjangoJSONEncoder))


def apply(obj, content):
    """Set the row fields of ``obj`` from a revision (many-to-many and tags are returned, not written)."""
    related = {}
    for field in tracked_fields(type(obj)):
        if field.name not in content:
            continue
        value = content[field.name]
        if field.many_to_many:
            related[field.name] = value
        elif isinstance(field, models.JSONField) or isinstance(field, models.FileField):
            setattr(obj, field.attname, value)
        elif field.is_relation:
            setattr(obj, field.attname, value)
        else:
            setattr(obj, field.attname, field.to_python(value))
    return related


def write_related(obj, related):
    """Write many-to-many values and tags from a revision to the saved row."""
    for name, value in related.items():
        if name == TAGS:
            obj.tags.set(value, clear=False)
        else:
            getattr(obj, name).set(value)


def save_revision(obj, user=None, message="", tags=None, m2m=None):
    return Revision.objects.create(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk, object_repr=str(obj)[:200],
        content=serialize(obj, tags=tags, m2m=m2m), user=user if user and user.is_authenticated else None,
        message=message[:200],
    )


def latest(obj):
    return Revision.objects.for_object(obj).select_related("user").first() if obj.pk else None


def latest_id(obj):
    return Revision.objects.for_object(obj).values_list("pk", flat=True).first() if obj.pk else None


def as_object(revision, base):
    """A copy of ``base`` with the revision's field values (for a form or a preview), plus its tags."""
    obj = type(base).objects.get(pk=base.pk) if base.pk else type(base)()
    related = apply(obj, revision.content)
    obj._revision_related = related
    return obj


def log(user, action, obj, message=""):
    return AuditEntry.objects.create(
        user=user if user is not None and user.is_authenticated else None, action=action,
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk, object_repr=str(obj)[:200],
        message=message,
    )
