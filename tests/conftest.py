"""Fixtures only: paths to the shipped data, and a scratch workspace builder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def seeds() -> Path:
    return ROOT / "seeds"


@pytest.fixture
def workspace(tmp_path: Path):
    """Build files from a {relative path: text or bytes} dict; returns the folder."""

    def build(files: dict[str, str | bytes]) -> Path:
        for name, content in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return tmp_path

    return build


@pytest.fixture(autouse=True, scope="session")
def _private_cache_dir(tmp_path_factory):
    """Every run of the command in the tests caches its index in a scratch folder."""
    old = os.environ.get("FACTCHECK_CACHE_DIR")
    os.environ["FACTCHECK_CACHE_DIR"] = str(tmp_path_factory.mktemp("factcheck-cache"))
    yield
    if old is None:
        del os.environ["FACTCHECK_CACHE_DIR"]
    else:
        os.environ["FACTCHECK_CACHE_DIR"] = old
