"""Fixtures only: paths to the shipped data, and a scratch workspace builder (helpers.py holds the code)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers import CONTRADICTED, MISSING, ROOT, SEEDS, SUPPORTED, TRIED, build_workspace
from tests.pg import fresh_database, postgres_session


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture
def workspace(tmp_path: Path):
    """Build files from a {relative path: text or bytes} dict; returns the folder."""

    def build(files: dict[str, str | bytes]) -> Path:
        return build_workspace(tmp_path, files)

    return build


@pytest.fixture
def three(workspace) -> Path:
    """A claim file with one supported, one contradicted and one missing claim."""
    return workspace({"claims/c.yaml": SUPPORTED + CONTRADICTED + MISSING}) / "claims" / "c.yaml"


@pytest.fixture(autouse=True, scope="session")
def _private_cache_dir(tmp_path_factory):
    """Every run of the command in the tests caches its index in a scratch folder."""
    old = os.environ.get("FACTCHECK_CACHE_DIR")
    os.environ["FACTCHECK_CACHE_DIR"] = str(tmp_path_factory.mktemp("factcheck-cache"))
    shared = os.environ.pop("FACTCHECK_INDEX", None)  # the tests choose their index themselves
    yield
    if shared is not None:
        os.environ["FACTCHECK_INDEX"] = shared
    if old is None:
        del os.environ["FACTCHECK_CACHE_DIR"]
    else:
        os.environ["FACTCHECK_CACHE_DIR"] = old


@pytest.fixture(autouse=True, scope="session")
def _report_fuzz_counts():
    """After the run, how many inputs each property test tried (shown with -s)."""
    yield
    if TRIED:
        print("\nfuzz inputs tried:", dict(TRIED), "total", sum(TRIED.values()))


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server for the shared index's tests: FACTCHECK_TEST_POSTGRES (a URL
    whose role may create databases) when set, else a private cluster started in a
    temporary folder and stopped after the session. Without server binaries the tests
    skip, unless FACTCHECK_REQUIRE_POSTGRES=1 (CI), when they fail saying why."""
    yield from postgres_session()


@pytest.fixture
def pg_url(postgres_server):
    """A fresh, empty database on the test server, dropped afterwards: its URL."""
    yield from fresh_database(postgres_server)
