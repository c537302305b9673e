"""The terms protected from conversion: names in the database, then the editors' glossary on top.

Any change to a name or a glossary entry bumps the glossary version (in the shared cache, so every worker
notices). For each version the table of protected spellings (only those OpenCC alone would get wrong,
usually a small share of the directory) is worked out once, by whichever worker needs it first, and kept
in the shared cache; every other worker only reads it and builds its automaton (milliseconds). A worker
keeps the converters of the current version in memory.

A build that fails (the database down, say) is logged once and not retried on every request: pages are
converted by OpenCC alone, without the names, until RETRY_SECONDS have passed.
"""
import logging
import threading
import time

from django.apps import apps
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from base.signals import content_changed
from zhtext.variants import (
    VARIANT_CODES,
    Converter,
    ProtectedNames,
    protected_table,
    terms_from_names,
    terms_from_table,
)

logger = logging.getLogger(__name__)

VERSION_KEY = "variants:glossary-version"
TABLE_KEY = "variants:glossary-table:{version}"
TABLE_SECONDS = 7 * 24 * 3600
RETRY_SECONDS = 60
# Models whose names protect themselves: (app label, model, name fields, is a person).
NAMED_MODELS = (
    ("academy", "Person", ("name", "aliases"), True),
    ("academy", "Academy", ("name", "short_name", "aliases"), False),
    ("academy", "Organisation", ("name", "short_name", "aliases"), False),
    ("academy", "TrainingBase", ("name",), False),
)


def _fresh_version() -> int:
    """A version started from the clock (microseconds): should the cache lose the key (a restart, an
    eviction, a flush), the new version is above any a worker already holds converters for, however many
    bumps came before (each is a database write, which takes longer than a microsecond)."""
    return time.time_ns() // 1000


def glossary_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, _fresh_version(), None)
        version = cache.get(VERSION_KEY, 1)
    return version


def bump_version(**_kwargs) -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # the key is gone: start again from the clock, never from a number already used
        cache.set(VERSION_KEY, _fresh_version(), None)


def _names(model, fields):
    for row in model.objects.values_list(*fields):
        for value in row:
            yield from (line.strip() for line in (value or "").splitlines())


def terms():
    collected = []
    for app_label, model_name, fields, person in NAMED_MODELS:
        model = apps.get_model(app_label, model_name)
        collected += terms_from_names(_names(model, fields), person=person)
    GlossaryTerm = apps.get_model("variants", "GlossaryTerm")
    collected += terms_from_table(GlossaryTerm.objects.values("hans", "tw", "hk"))  # editors win
    return collected


def build_names() -> ProtectedNames:
    """The spellings to protect, with their form in each variant (reads the database)."""
    return ProtectedNames(protected_table(terms()))


class _Converters:
    """This worker's converters for one glossary version, and what happened to its last failed build."""

    def __init__(self):
        self.lock = threading.Lock()
        self.version = None
        self.by_variant: dict[str, Converter] = {}
        self.failed_at: float | None = None

    def get(self, variant: str, version: int) -> Converter:
        if self.version == version and variant in self.by_variant:
            return self.by_variant[variant]
        with self.lock:
            if self.version != version:
                self.version, self.by_variant, self.failed_at = version, {}, None
            if variant not in self.by_variant:
                if self.failed_at is not None and time.monotonic() - self.failed_at < RETRY_SECONDS:
                    return Converter(variant)
                try:
                    self.by_variant.update(self._build(version))
                    self.failed_at = None
                except Exception:
                    logger.exception("script-variant glossary %s could not be built; names unprotected", version)
                    self.failed_at = time.monotonic()
                    return Converter(variant)
            return self.by_variant[variant]

    @staticmethod
    def _build(version: int) -> dict[str, Converter]:
        key = TABLE_KEY.format(version=version)
        dumped = cache.get(key)
        if dumped is None:
            names = build_names()
            cache.set(key, names.dump(), TABLE_SECONDS)
        else:
            names = ProtectedNames.load(dumped)
        return {variant: Converter(variant, names=names) for variant in VARIANT_CODES}


_converters = _Converters()


def converter_for(variant: str) -> Converter:
    return _converters.get(variant, glossary_version())


def connect_invalidation() -> None:
    for app_label, model_name, _fields, _person in NAMED_MODELS + (("variants", "GlossaryTerm", (), False),):
        model = apps.get_model(app_label, model_name)
        post_save.connect(bump_version, sender=model, dispatch_uid=f"glossary-save-{model_name}")
        post_delete.connect(bump_version, sender=model, dispatch_uid=f"glossary-delete-{model_name}")
        # A rename in bulk (QuerySet.update, bulk_update: base.derived) sends no post_save.
        content_changed.connect(bump_version, sender=model, dispatch_uid=f"glossary-bulk-{model_name}")
