"""Backups: the database and the uploaded media in one dated archive, and back again.

The archive (craftsman-backup-<UTC time>.tar.gz) holds
  manifest.json       what was backed up: engine, time, migrations applied, row counts, media files
  database.dump       PostgreSQL: pg_dump's custom format (schema and data; restored with pg_restore)
  database.json       SQLite: dumpdata with natural keys, times to the microsecond (config.exact_json;
                      restored after migrate with loaddata)
  media/…             every file in the default storage (local disk or object storage alike)
"""
import datetime
import hashlib
import io
import json
import os
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder

# Rebuilt by migrate, or transient: not worth keeping (and contenttypes/permissions would clash).
DUMP_EXCLUDE = ["contenttypes", "auth.permission", "sessions", "axes", "admin.logentry"]


class BackupError(Exception):
    pass


def is_postgresql() -> bool:
    return connection.vendor == "postgresql"


def pg_env_and_args() -> tuple[dict, list[str]]:
    """libpq settings for pg_dump/pg_restore from the Django connection (password via the environment)."""
    s = connection.settings_dict
    env = {**os.environ}
    if s.get("PASSWORD"):
        env["PGPASSWORD"] = str(s["PASSWORD"])
    args = [f"--dbname={s['NAME']}"]
    if s.get("HOST"):
        args.append(f"--host={s['HOST']}")
    if s.get("PORT"):
        args.append(f"--port={s['PORT']}")
    if s.get("USER"):
        args.append(f"--username={s['USER']}")
    return env, args


def run(command: list[str], env=None) -> None:
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip() or result.stdout.strip()}")


def media_files(storage=default_storage, folder=""):
    """Every file name in the storage, recursively."""
    try:
        dirs, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in sorted(files):
        yield f"{folder}/{name}" if folder else name
    for sub in sorted(dirs):
        yield from media_files(storage, f"{folder}/{sub}" if folder else sub)


def row_counts() -> dict:
    counts = {}
    for model in apps.get_models():
        label = model._meta.label_lower
        if any(label == e or label.startswith(e + ".") for e in DUMP_EXCLUDE):
            continue
        counts[label] = model._default_manager.count()
    return counts


def add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(datetime.datetime.now(datetime.UTC).timestamp())
    archive.addfile(info, io.BytesIO(data))


def create_backup(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H%M%SZ")
    path = directory / f"craftsman-backup-{stamp}.tar.gz"
    manifest = {
        "format": 1,
        "created": stamp,
        "engine": connection.vendor,
        "migrations": sorted(f"{app}.{name}" for app, name in MigrationRecorder(connection).applied_migrations()),
        "rows": row_counts(),
        "media": {},
    }
    with tempfile.TemporaryDirectory() as scratch, tarfile.open(path.with_suffix(".part"), "w:gz") as archive:
        if is_postgresql():
            dump = Path(scratch) / "database.dump"
            env, args = pg_env_and_args()
            run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={dump}", *args], env=env)
            archive.add(dump, "database.dump")
        else:
            dump = Path(scratch) / "database.json"
            call_command("dumpdata", "--format=exact-json", "--natural-foreign", "--natural-primary", "--indent=1",
                         *[f"--exclude={e}" for e in DUMP_EXCLUDE], output=str(dump), verbosity=0)
            archive.add(dump, "database.json")
        for name in media_files():
            with default_storage.open(name, "rb") as handle:
                data = handle.read()
            manifest["media"][name] = hashlib.sha256(data).hexdigest()
            add_bytes(archive, f"media/{name}", data)
        add_bytes(archive, "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1).encode())
    path.with_suffix(".part").rename(path)
    return path


def database_is_empty() -> bool:
    tables = set(connection.introspection.table_names())
    if "django_migrations" not in tables:
        return True
    return not any(
        model._default_manager.exists()
        for model in apps.get_models()
        if model._meta.db_table in tables and model._meta.app_label not in ("contenttypes", "auth", "sessions")
        and not model._meta.label_lower.startswith("axes")
    )


def restore_backup(path: Path, stdout=None) -> dict:
    """Restore into an empty database (refused otherwise) and put the media files back."""
    if not database_is_empty():
        raise BackupError("The database already holds content: restore only into an empty database.")
    with tarfile.open(path, "r:gz") as archive, tempfile.TemporaryDirectory() as scratch:
        manifest = json.loads(archive.extractfile("manifest.json").read())
        if manifest["engine"] != connection.vendor:
            raise BackupError(f"This backup is of a {manifest['engine']} database, not {connection.vendor}.")
        if manifest["engine"] == "postgresql":
            dump = Path(scratch) / "database.dump"
            dump.write_bytes(archive.extractfile("database.dump").read())
            env, args = pg_env_and_args()
            connection.close()
            run(["pg_restore", "--no-owner", "--no-privileges", "--clean", "--if-exists", "--exit-on-error",
                 *args, str(dump)], env=env)
        else:
            dump = Path(scratch) / "database.json"
            dump.write_bytes(archive.extractfile("database.json").read())
            call_command("migrate", verbosity=0)
            call_command("loaddata", str(dump), verbosity=0)
        for name, digest in manifest["media"].items():
            data = archive.extractfile(f"media/{name}").read()
            if hashlib.sha256(data).hexdigest() != digest:
                raise BackupError(f"media/{name} is damaged in the archive")
            if default_storage.exists(name):
                default_storage.delete(name)
            saved = default_storage.save(name, ContentFile(data))
            if saved != name:
                raise BackupError(f"media/{name} was stored as {saved}")
    return manifest
