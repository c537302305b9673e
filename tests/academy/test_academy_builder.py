"""fixtures/build_academy.py rebuilds the committed fixtures/academy.json exactly (about 5 s)."""
import os
import subprocess
import sys

from academy_helpers import ACADEMY_FIXTURE, ROOT


def test_builder_reproduces_the_committed_fixture(tmp_path):
    output = tmp_path / "academy.json"
    # The builder sets up Django itself, on a throwaway SQLite database: none of the test run's settings.
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "TESTING")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "fixtures" / "build_academy.py"), "--output", str(output)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert output.read_bytes() == ACADEMY_FIXTURE.read_bytes(), "run fixtures/build_academy.py and commit the result"
