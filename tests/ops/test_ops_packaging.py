"""Issue 9 item 20: the package installs on current Pythons, not only on 3.11."""
import tomllib
from pathlib import Path

import pytest
from packaging.specifiers import SpecifierSet

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def requires_python():
    return SpecifierSet(tomllib.loads(PYPROJECT.read_text())["project"]["requires-python"])


@pytest.mark.parametrize("version", ["3.11.0", "3.12.8", "3.13.1", "3.14.0"])
def test_current_pythons_are_allowed(version):
    assert version in requires_python()


def test_older_pythons_are_refused():
    assert "3.10.14" not in requires_python()
