"""zhtext is plain Python: these tests need neither Django nor a database."""

import pytest


@pytest.fixture(autouse=True)
def _media_root():
    """Shadow the project-wide autouse fixture, which needs pytest-django's
    ``settings``; this lets ``pytest tests/zhtext -p no:django`` run."""


@pytest.fixture(autouse=True)
def _simplified_by_default():
    """Shadow the project-wide fixture that activates a Django language: zhtext has none."""


@pytest.fixture(autouse=True)
def _empty_cache():
    """Shadow the project-wide fixture that empties Django's cache: zhtext has none."""
