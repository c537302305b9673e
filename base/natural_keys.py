"""Natural keys, so fixtures load into an empty database and again without duplicates."""
from django.db import models


class NaturalKeyManager(models.Manager):
    """Looks records up by the fields named in the model's `natural_key_fields`."""

    def get_by_natural_key(self, *values):
        fields = self.model.natural_key_fields
        return self.get(**dict(zip(fields, values, strict=True)))


class NaturalKeyModel(models.Model):
    natural_key_fields: tuple[str, ...] = ("slug",)

    objects = NaturalKeyManager()

    class Meta:
        abstract = True

    def natural_key(self):
        return tuple(getattr(self, f) for f in self.natural_key_fields)
