"""Draft and published directory records: what readers may see.

A record kind with its own page (organisation, academy, person, course, programme, training base, event)
has a ``published`` flag. The admin's add form starts a new record as a draft; fixtures, importers and
accepted proposals write published records, as before.

What readers see is decided in one place per model, ``shown_q(prefix)``: a record is shown when it is
published *and* the records it belongs to are shown (a course of a draft academy is hidden with it; an
academy role is hidden when its person or its academy is). Every public read goes through
``QuerySet.published()``, which filters by ``shown_q`` and, as it loads rows, cuts the optional links
(``select_related`` forward keys: a course's event, an event's venue …) that point at a draft, so a
published page never names or links a draft. ``tests/academy/test_academy_drafts.py`` checks that every
``Prefetch`` of the public QuerySets is a published one and that no draft's address appears on any public
page.
"""
from django.db import models
from django.db.models import Q
from django.db.models.query import ModelIterable

from base.derived import DerivedQuerySet


class Publishable(models.Model):
    published = models.BooleanField(
        "已发布", default=True, db_index=True,
        help_text="不勾选即为草稿：读者看不到它的页面，列表、搜索、网站地图和其他页面也不会提到它；编辑可以预览。",
    )

    class Meta:
        abstract = True

    @classmethod
    def shown_q(cls, prefix=""):
        return Q(**{f"{prefix}published": True})


def shown_through(*owners):
    """`shown_q` of a row shown only when the records it belongs to are: ``(field name, model)`` pairs."""
    def shown_q(prefix=""):
        q = Q()
        for name, model in owners:
            q &= model.shown_q(f"{prefix}{name}__")
        return q
    return shown_q


def is_draft(record) -> bool:
    return getattr(record, "published", True) is False


def cut_draft_links(record):
    """Forget the loaded optional links of `record` (and of what they load in turn) that point at a draft."""
    cache = record._state.fields_cache
    for name, related in list(cache.items()):
        if related is None:
            continue
        if is_draft(related):
            field = record._meta.get_field(name)
            # Required links never reach here: shown_q hides a row whose required owner is hidden.
            if field.null:
                cache[name] = None
        else:
            cut_draft_links(related)


class ShownIterable(ModelIterable):
    def __iter__(self):
        for record in super().__iter__():
            cut_draft_links(record)
            yield record


class RecordQuerySet(DerivedQuerySet):
    """Reads of records (published()); writes that skip save() fill the derived fields (base.derived)."""

    def published(self):
        """What readers may see (the model's ``shown_q``), with links to drafts cut."""
        shown_q = getattr(self.model, "shown_q", None)
        queryset = self.filter(shown_q()) if shown_q is not None else self._chain()
        queryset._iterable_class = ShownIterable
        return queryset

    @property
    def is_published(self) -> bool:
        return self._iterable_class is ShownIterable
