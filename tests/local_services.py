"""What of the machine's services one test run takes for itself.

CI runs the SQLite and the PostgreSQL suites side by side (.ci/run), so each run names its own Redis
database (REDIS_TEST_URL, which the tests may empty), its own block of ports for the object-store
emulator and the app servers (TEST_PORT_BASE) and its own screenshot folder (SCREENSHOTS_DIR).
The defaults are what a single run on a developer's machine uses."""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/2")
# Three ports from here: the S3 emulator, then two app servers; away from the usual 8000 and below the
# kernel's ephemeral range, so no outgoing connection takes one between choosing it and binding it.
PORT_BASE = int(os.environ.get("TEST_PORT_BASE", "8303"))
SCREENSHOTS = Path(os.environ.get("SCREENSHOTS_DIR") or ROOT / "screenshots").resolve()
