"""Signals for writes that bypass Model.save() (QuerySet.update): whoever caches pages listens to them."""
from django.dispatch import Signal

# Sent with sender=the model class after a bulk write changed what public pages show.
content_changed = Signal()
