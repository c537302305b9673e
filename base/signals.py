"""Signals for writes that bypass Model.save() (QuerySet.update, bulk writes): whoever caches pages
listens to them (config.pagecache). In base so that every content app, medialib included, may send them."""
from django.dispatch import Signal

# Sent with sender=the model class after a bulk write changed what public pages show.
content_changed = Signal()
