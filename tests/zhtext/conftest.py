"""zhtext is plain Python: these tests need neither Django nor a database."""

import pytest


@pytest.fixture(autouse=True)
def _media_root():
    """Shadow the project-wide autouse fixture, which needs pytest-django's
    ``settings``; this lets ``pytest tests/zhtext -p no:django`` run."""
