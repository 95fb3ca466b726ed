"""Fixtures only: paths to the shipped data, and a scratch workspace builder."""

from __future__ import annotations

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
