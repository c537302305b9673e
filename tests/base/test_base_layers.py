"""The layers contract (pyproject.toml [tool.importlinter]) holds, and it catches an upward import."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("config", "pages", "academy", "news", "variants", "medialib", "base", "editorial", "zhtext")
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=root, env=env, capture_output=True, text=True, timeout=300,
    )


def copy_of_the_code(tmp_path: Path) -> Path:
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


@pytest.fixture(scope="module")
def code(tmp_path_factory):
    return copy_of_the_code(tmp_path_factory.mktemp("layers"))


def test_the_code_keeps_its_layers(code):
    result = lint_imports(code)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken." in result.stdout


@pytest.mark.parametrize("lower, upper", [
    ("news", "academy"), ("base", "news"), ("academy", "pages"),
    # editorial (revisions, audit, old slugs) serves every content app and knows none of them, nor base.
    ("editorial", "news"), ("editorial", "medialib"), ("editorial", "base"), ("base", "editorial"),
])
def test_an_upward_import_breaks_the_build(code, lower, upper):
    upward = code / lower / "upward_import.py"
    upward.write_text(f"import {upper}  # runs upward\n")
    try:
        result = lint_imports(code)
    finally:
        upward.unlink()
    assert result.returncode == 1
    assert "BROKEN" in result.stdout
    assert f"{lower}.upward_import -> {upper}" in result.stdout


def test_zhtext_may_not_use_django(code):
    stray = code / "zhtext" / "stray.py"
    stray.write_text("import django.db  # zhtext is plain Python\n")
    try:
        result = lint_imports(code)
    finally:
        stray.unlink()
    assert result.returncode == 1
    assert "zhtext does not use Django BROKEN" in result.stdout
