"""Helpers for the operations tests (faults, health, backups, storage)."""
import socket

import psycopg
from django.conf import settings

from tests.local_services import PORT_BASE, REDIS_TEST_URL  # noqa: F401 - this run's own Redis database and ports

VARIANTS = ("zh-hans", "zh-tw", "zh-hk")


def closed_port() -> int:
    """A local port nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]

# Ports of this suite's servers (object store emulator, app servers).
MOTO_PORT = PORT_BASE
APP_PORTS = (PORT_BASE + 1, PORT_BASE + 2)
BUCKET = "craftsman-media"
S3_ENV = {
    "MEDIA_BUCKET": BUCKET,
    "MEDIA_S3_ENDPOINT_URL": f"http://127.0.0.1:{MOTO_PORT}",
    "MEDIA_S3_REGION": "us-east-1",
    "AWS_ACCESS_KEY_ID": "emulator",
    "AWS_SECRET_ACCESS_KEY": "emulator",
}


def postgres_url(name):
    db = settings.DATABASES["default"]
    auth = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{name}"


def scratch_database_name(role):
    return f"{settings.DATABASES['default']['NAME']}_backup_{role}"[:63]


def drop_scratch_database(role):
    with psycopg.connect(postgres_url("postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{scratch_database_name(role)}" WITH (FORCE)')


def fresh_database(tmp_path, role):
    """An empty database of the engine the suite runs on (on PostgreSQL, use the conftest fixture
    `fresh_database`, which drops it afterwards)."""
    if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        drop_scratch_database(role)
        with psycopg.connect(postgres_url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{scratch_database_name(role)}"')
        return postgres_url(scratch_database_name(role))
    return f"sqlite:///{tmp_path / f'{role}.sqlite3'}"
