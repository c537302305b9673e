"""Checking fixture files record by record, so a broken one is named before anything is loaded."""
import json
from pathlib import Path

from django.core import serializers
from django.core.management.base import CommandError
from django.db import transaction


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
