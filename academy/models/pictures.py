"""Pictures of directory records: an academy's logo and photo, a person's portrait, the photos of a training
base or an event. All come from the media library (medialib.Image), so each has its alt text, credit and
renditions, and none is ever made up: a record without one gets a designed placeholder on its pages
(templates/academy/includes/record_visual.html), never a hole and never a stand-in photo.
"""
from django.db import models
from django.db.models import Prefetch

IMAGE = "medialib.Image"


def picture_field(verbose_name, help_text):
    """One optional picture. PROTECT: a picture in use cannot be deleted from the library by accident."""
    return models.ForeignKey(
        IMAGE, verbose_name=verbose_name, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        help_text=help_text,
    )


class RecordPhoto(models.Model):
    """A photo in a record's set, in the editor's order; caption and credit come from the library."""

    image = models.ForeignKey(IMAGE, verbose_name="图片", on_delete=models.PROTECT, related_name="+")
    position = models.PositiveSmallIntegerField("顺序", default=0)

    class Meta:
        abstract = True
        ordering = ["position", "pk"]

    def __str__(self):
        return str(self.image)

    def get_absolute_url(self):
        return self.record.get_absolute_url()


class TrainingBasePhoto(RecordPhoto):
    base = models.ForeignKey("academy.TrainingBase", verbose_name="实训基地", on_delete=models.CASCADE, related_name="photos")

    class Meta(RecordPhoto.Meta):
        verbose_name = "实训基地照片"
        verbose_name_plural = "照片"
        constraints = [models.UniqueConstraint(fields=["base", "image"], name="unique_training_base_photo")]

    @property
    def record(self):
        return self.base


class EventPhoto(RecordPhoto):
    event = models.ForeignKey("academy.Event", verbose_name="活动", on_delete=models.CASCADE, related_name="photos")

    class Meta(RecordPhoto.Meta):
        verbose_name = "活动照片"
        verbose_name_plural = "活动照片集"
        constraints = [models.UniqueConstraint(fields=["event", "image"], name="unique_event_photo")]

    @property
    def record(self):
        return self.event


def photos_prefetch(model, to_attr="photo_list", first_only=False):
    """A record's photos with their images (1 query for the whole page); `first_only` for list cards."""
    photos = model.objects.select_related("image").order_by("position", "pk")
    return Prefetch("photos", queryset=photos[:1] if first_only else photos, to_attr=to_attr)
