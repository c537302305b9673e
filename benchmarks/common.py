"""What the benchmarks share: a scratch site served by gunicorn with production settings, keep-alive load
from threads, and the CPU time the server's workers spend per request (read from /proc, steadier than
requests per second on a machine the load generator shares)."""
import http.client
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
TICKS = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def production_env(database_url, **extra):
    """Environment for manage.py and gunicorn: DEBUG off, a throwaway secret, no HTTPS redirect."""
    return {
        **os.environ, "DEBUG": "0", "SECRET_KEY": secrets.token_urlsafe(64), "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url, "SECURE_SSL_REDIRECT": "0",
        "DJANGO_SETTINGS_MODULE": "config.settings", "LOG_LEVEL": "ERROR", **extra,
    }


def scratch_database(server_url, scratch, label):
    """(DATABASE_URL of a new scratch database, a function that drops it and the scratch folder): a new
    database on the PostgreSQL server `server_url` names, else a SQLite file in `scratch`."""
    if not server_url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{scratch / f'{label}.sqlite3'}", lambda: shutil.rmtree(scratch, ignore_errors=True)
    import psycopg

    parts = urlsplit(server_url)
    name = f"craftsman_{label}_{os.getpid()}"
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop():
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        shutil.rmtree(scratch, ignore_errors=True)
    return urlunsplit(parts._replace(path=f"/{name}")), drop


def manage(env, *commands):
    """Run manage.py commands one after another (each a list of arguments)."""
    for command in commands:
        subprocess.run([PY, "manage.py", *command], cwd=ROOT, env=env, check=True)


class Server:
    """gunicorn serving config.wsgi on a free port; use as a context manager."""

    def __init__(self, env, workers=2):
        self.env, self.workers, self.port = env, workers, free_port()

    def __enter__(self):
        self.process = subprocess.Popen(
            [PY, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{self.port}", "--workers", str(self.workers),
             "--log-level", "warning", "--timeout", "120"], cwd=ROOT, env=self.env,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait()

    def worker_pids(self):
        out = subprocess.run(["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True).stdout
        return [int(p) for p in out.split()]

    def cpu_seconds(self):
        """User + system CPU time of the workers so far (the master only supervises)."""
        total = 0
        for pid in self.worker_pids():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
        return total / TICKS


@dataclass
class Load:
    """What one hammer() run did: requests answered, seconds, each request's latency, what failed."""

    requests: int = 0
    seconds: float = 0.0
    latencies: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    @property
    def rate(self):
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p):
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(len(ordered) * p))] if ordered else 0.0


def hammer(port, paths, seconds, connections, timeout=60, start=0):
    """Keep-alive GETs from `connections` threads for `seconds`, each thread taking every `connections`-th
    of `paths` in turn from `start`. An answer other than 200, or none within `timeout`, is counted in
    Load.errors and that thread stops (its connection cannot be reused)."""
    latencies = [[] for _ in range(connections)]
    errors = []
    stop = time.monotonic() + seconds

    def worker(slot):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        i = start + slot
        while time.monotonic() < stop:
            path = paths[i % len(paths)]
            started = time.monotonic()
            try:
                conn.request("GET", path, headers={"X-Forwarded-Proto": "https"})
                response = conn.getresponse()
                response.read()
            except (OSError, http.client.HTTPException) as error:
                errors.append(f"{path}: {error!r}")
                break
            if response.status != 200:
                errors.append(f"{path} answered {response.status}")
                break
            latencies[slot].append(time.monotonic() - started)
            i += connections
        conn.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(connections)]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    flat = [x for slot in latencies for x in slot]
    return Load(len(flat), time.monotonic() - began, flat, errors)


def cpu_per_request(server, paths, seconds, connections, start=0):
    """(CPU ms of the workers per request, the Load) for one run over `paths`."""
    before = server.cpu_seconds()
    load = hammer(server.port, paths, seconds, connections, start=start)
    return (server.cpu_seconds() - before) * 1000 / max(1, load.requests), load


def fetch(port, path):
    """One GET: (status, headers, body bytes)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    conn.request("GET", path, headers={"X-Forwarded-Proto": "https"})
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, dict(response.getheaders()), body


def median(values):
    return statistics.median(values) if values else 0.0


def measure(server, labelled, rounds, seconds, connections):
    """{label: [queries, bytes, [cpu ms per round], [latencies of all rounds], errors]} for one server.
    A label's value is a path, or a list of paths requested in turn (a new search each request)."""
    labelled = {label: [paths] if isinstance(paths, str) else paths for label, paths in labelled.items()}
    results = {}
    for label, paths in labelled.items():
        # The fewest queries of four answers: what a warm (or cached) page costs in either worker, not a
        # worker's first request (which reads the script-variant names).
        path = paths[0]
        answers = [fetch(server.port, path) for _ in range(4)]
        status, _, body = answers[-1]
        if status != 200:
            raise SystemExit(f"{label}: {path} answered {status}")
        queries = min(int(headers.get("X-Bench-Queries", 0)) for _, headers, _ in answers)
        results[label] = [queries, len(body), [], [], 0]
    hammer(server.port, [paths[0] for paths in labelled.values()], 2.0, 4)  # every page in both workers
    labels = list(labelled)
    for round_no in range(rounds):
        order = labels if round_no % 2 == 0 else list(reversed(labels))
        for label in order:
            # Lists go on where the last round stopped (after the path the first requests warmed).
            done = 1 + len(results[label][3])
            cpu, load = cpu_per_request(server, labelled[label], seconds, connections, start=done)
            results[label][2].append(cpu)
            results[label][3].extend(load.latencies)
            results[label][4] += len(load.errors)
    return results
