"""Derived fields: columns computed from others of the same row so that reads need not compute them (an
article's search token streams, a named record's search names). A model declares them,

    class Article(DerivedFields, ...):
        DERIVED_FROM = ("title", "summary", "body")      # what they are computed from
        DERIVED_FIELDS = ("search_title", "search_tokens")
        DERIVED_CLEANS = ("body",)                        # sources fill_derived() also rewrites
        def fill_derived(self): ...

and they are kept current on every write path, so no reader ever meets a stale one:

- ``DerivedFields.save`` (with ``update_fields`` that name a source, the derived fields are written too;
  a cleaned source only when named, so saving a title never writes back a body read earlier);
- ``DerivedQuerySet.bulk_create``, ``bulk_update`` (as save) and ``update``, which skip ``save()``.
  ``update`` reads the touched rows back and writes their cleaned sources too (an expression such as
  Concat is not cleaned on the way in). They send no post_save, so they announce the change themselves
  (``base.signals.content_changed``: the page cache, the news archive's counts and the glossary listen);
- raw ``loaddata`` (fixtures, SQLite backups): ``base.fixture_files.fill_derived_on_raw_save``.
"""
from django.db import models, transaction

from base.signals import content_changed


class DerivedFields(models.Model):
    DERIVED_FROM: tuple = ()
    DERIVED_FIELDS: tuple = ()
    DERIVED_CLEANS: tuple = ()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.fill_derived()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and set(update_fields) & set(self.DERIVED_FROM):
            kwargs["update_fields"] = {*update_fields, *self.DERIVED_FIELDS}
        super().save(*args, **kwargs)

    def fill_derived(self):
        """Set DERIVED_FIELDS from DERIVED_FROM (and clean DERIVED_CLEANS in place)."""


def _derives(model, fields) -> bool:
    return bool(getattr(model, "DERIVED_FIELDS", ())) and bool(set(fields) & set(model.DERIVED_FROM))


def _filled(objs) -> list:
    objs = list(objs)
    for obj in objs:
        if isinstance(obj, DerivedFields):
            obj.fill_derived()
    return objs


class DerivedQuerySet(models.QuerySet):
    """The write paths that skip save(): derived fields filled, the change announced."""

    # False on the querysets bulk_update() runs its UPDATEs through (Django calls update() on them): it has
    # filled the fields and announces the change itself, once.
    _refills = True

    def _clone(self):
        clone = super()._clone()
        clone._refills = self._refills
        return clone

    def bulk_create(self, objs, *args, **kwargs):
        created = super().bulk_create(_filled(objs), *args, **kwargs)
        content_changed.send(sender=self.model)
        return created

    def bulk_update(self, objs, fields, *args, **kwargs):
        if _derives(self.model, fields):
            objs = _filled(objs)
            fields = [*fields, *(f for f in self.model.DERIVED_FIELDS if f not in fields)]
        quiet = self._chain()
        quiet._refills = False
        count = super(DerivedQuerySet, quiet).bulk_update(objs, fields, *args, **kwargs)
        content_changed.send(sender=self.model)
        return count

    def update(self, **kwargs):
        """A plain UPDATE; when it sets a source (even as an expression such as Concat), the touched rows'
        derived fields are computed again in the same transaction: all of it or, if any part fails, none."""
        if not self._refills:
            return super().update(**kwargs)
        if not _derives(self.model, kwargs):
            count = super().update(**kwargs)
        else:
            model = self.model
            with transaction.atomic(using=self.db):
                pks = list(self.values_list("pk", flat=True))
                count = super().update(**kwargs)
                stale = _filled(model._base_manager.using(self.db).filter(pk__in=pks).only("pk", *model.DERIVED_FROM))
                written = [*model.DERIVED_CLEANS, *model.DERIVED_FIELDS]
                model._base_manager.using(self.db).bulk_update(stale, written, batch_size=500)
        content_changed.send(sender=self.model)
        return count
