"""The terms protected from conversion: names in the database, then the editors' glossary on top.

Built once per glossary version and kept in memory; any change to a name or a glossary entry bumps the
version (in the shared cache, so every worker notices).
"""
from functools import lru_cache

from django.apps import apps
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from zhtext.variants import Converter, terms_from_names, terms_from_table

VERSION_KEY = "variants:glossary-version"
# Models whose names protect themselves: (app label, model, name fields, is a person).
NAMED_MODELS = (
    ("academy", "Person", ("name", "aliases"), True),
    ("academy", "Academy", ("name", "short_name", "aliases"), False),
    ("academy", "Organisation", ("name", "short_name", "aliases"), False),
    ("academy", "TrainingBase", ("name",), False),
)


def glossary_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, None)
    return version


def bump_version(**_kwargs) -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


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


@lru_cache(maxsize=8)
def _converter(variant: str, version: int) -> Converter:
    return Converter(variant, terms())


def converter_for(variant: str) -> Converter:
    return _converter(variant, glossary_version())


def connect_invalidation() -> None:
    for app_label, model_name, _fields, _person in NAMED_MODELS + (("variants", "GlossaryTerm", (), False),):
        model = apps.get_model(app_label, model_name)
        post_save.connect(bump_version, sender=model, dispatch_uid=f"glossary-save-{model_name}")
        post_delete.connect(bump_version, sender=model, dispatch_uid=f"glossary-delete-{model_name}")
