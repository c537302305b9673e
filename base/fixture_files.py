"""Checking fixture files record by record, so a broken one is named before anything is loaded."""
import json
from pathlib import Path

from django.core import serializers
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from django.db import transaction

from base.derived import DerivedFields
from base.natural_keys import NaturalKeyModel


class _RollBack(Exception):
    """Raised to undo the trial load."""


def describe(index: int, record) -> str:
    fields = record.get("fields", {}) if isinstance(record, dict) else {}
    label = next((f"{k}={fields[k]!r}" for k in ("slug", "name", "title", "text") if k in fields), "")
    model = record.get("model", "?") if isinstance(record, dict) else "?"
    return f"record #{index + 1} ({model}{' ' + label if label else ''})"


def read_records(path: Path) -> list:
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise CommandError(f"{path.name}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    if not isinstance(records, list):
        raise CommandError(f"{path.name}: a fixture must be a JSON list of records")
    return records


def check_fixtures(paths: list[Path]) -> None:
    """Load every record in a transaction that is always rolled back; the first failure is named.

    Saving for real (not only deserialising) also catches what only the database sees: duplicate
    keys, broken references, constraint violations.
    """
    try:
        with transaction.atomic():
            for path in paths:
                for index, record in enumerate(read_records(path)):
                    try:
                        with transaction.atomic():
                            for obj in serializers.deserialize("python", [record]):
                                obj.save()
                    except Exception as exc:
                        raise CommandError(f"{path.name}: {describe(index, record)} is wrong: {exc}") from exc
            raise _RollBack
    except _RollBack:
        pass


def check_fixture_row(sender, instance, raw, **kwargs):
    """pre_save, connected by base.apps: a fixture row of a model with natural keys that has a bad value
    (unknown choice, over-long name, empty required field) is refused with its model and natural key in
    the message; loaddata then rolls the whole fixture back."""
    if not raw or not isinstance(instance, NaturalKeyModel) or not getattr(instance, "check_fixture_rows", True):
        return
    try:
        instance.clean_fields()
    except ValidationError as exc:
        try:
            key = instance.natural_key()
        except Exception:  # a parent is missing too: name what we can
            key = getattr(instance, "slug", None) or getattr(instance, "name", "?")
        problems = "; ".join(f"{field}: {' '.join(errors)}" for field, errors in exc.message_dict.items())
        raise ValueError(f"{instance._meta.label_lower} {key!r}: {problems}") from exc


def fill_derived_on_raw_save(sender, instance, raw, **kwargs):
    """post_save, connected by base.apps: `loaddata` (fixtures, SQLite backups) saves raw, skipping save(),
    so a model's derived fields (`fill_derived()`, `DERIVED_FIELDS`: an article's search tokens, a record's
    search names) are filled here, with one UPDATE a row whose values it changes."""
    if not raw or not isinstance(instance, DerivedFields):
        return
    names = instance.DERIVED_FIELDS
    before = [getattr(instance, name) for name in names]
    instance.fill_derived()
    after = {name: getattr(instance, name) for name in names}
    if list(after.values()) != before:
        sender._default_manager.filter(pk=instance.pk).update(**after)
