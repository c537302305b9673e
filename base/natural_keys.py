"""Natural keys, so fixtures load into an empty database and again without duplicates.

A model declares its key where it is defined:

    natural_key_fields = ("person__slug", "honour__slug")     # lookups; a parent's key by "__"
    natural_key_dependencies = ("academy.person", "academy.honour")   # loaded before this model

NaturalKeyModel turns that into natural_key() (with the dependencies dumpdata and loaddata follow) and
the manager's get_by_natural_key(), once for every model.
"""
from django.core.exceptions import ObjectDoesNotExist
from django.db import models


class NaturalKeyManager(models.Manager):
    """Looks records up by the fields named in the model's `natural_key_fields`."""

    def get_by_natural_key(self, *values):
        fields = self.model.natural_key_fields
        return self.get(**dict(zip(fields, values, strict=True)))


def _value(obj, path: str):
    """A field's value, following "__" through parents; None when a parent is not set."""
    for part in path.split("__"):
        try:
            obj = getattr(obj, part)
        except ObjectDoesNotExist:
            return None
    return obj


class NaturalKeyModel(models.Model):
    natural_key_fields: tuple[str, ...] = ("slug",)
    natural_key_dependencies: tuple[str, ...] = ()

    objects = NaturalKeyManager()

    class Meta:
        abstract = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "natural_key" in cls.__dict__:  # a model that spells its key out itself
            return

        def natural_key(self):
            """A parent that is not set (a fixture row whose parent could not be found) gives None, so the
            row is refused by base.fixture_files.check_fixture_row with this key in the message."""
            return tuple(_value(self, path) for path in self.natural_key_fields)

        # serializers.sort_dependencies reads natural_key.dependencies: one function per model.
        natural_key.dependencies = list(cls.natural_key_dependencies)
        cls.natural_key = natural_key
