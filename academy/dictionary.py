"""The directory's names as jieba words (issue 15.4; the plain part is zhtext/dictionary.py).

`connect()` (called by AcademyConfig.ready unless DIRECTORY_WORDS is False) registers the directory as
the segmenter's word provider, read lazily on first use and again every few minutes, so names saved by
another process arrive; a record saved in this process adds its names at once. The test settings turn
it off, so that names added in one test never change another test's segmentation.
"""
from django.db import transaction
from django.db.models.signals import post_save

from academy.mentions import KINDS, directory_words, model_of, words_of
from zhtext import dictionary


def _kind_of(model):
    return next(kind for kind in KINDS if model_of(kind) is model)


def record_saved(sender, instance, raw=False, **kwargs):
    if not raw:  # loaddata: the provider reads fixtures' names when jieba is first needed
        dictionary.add_words(words_of(_kind_of(sender), instance))


def _read_directory():
    # A savepoint: if the read fails (tables not migrated yet, inside a migration that tokenises
    # articles), the caller's transaction stays usable; zhtext.dictionary logs it and tries later.
    with transaction.atomic():
        return directory_words()


def connect():
    dictionary.set_provider(_read_directory)
    for kind in KINDS:
        post_save.connect(record_saved, sender=model_of(kind), dispatch_uid=f"academy.words.{kind}")


def disconnect():
    """Undo connect() and take the added words out of jieba again (tests)."""
    for kind in KINDS:
        post_save.disconnect(sender=model_of(kind), dispatch_uid=f"academy.words.{kind}")
    dictionary.forget()
