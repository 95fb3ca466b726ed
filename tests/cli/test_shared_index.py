"""The shared index's failures as the command line shows them: one line and exit 2, the
server named, the password never; and the default path never loading the driver."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from factcheck.errors import SharedIndexError
from factcheck.index.pgstore import open_shared
from factcheck.index.pgurl import parse_index
from tests.helpers import CLAIMS, SEEDS
from tests.pg import with_database

SECRET = "s3cr3t-Never-Shown"


def factcheck(*args: str, env: dict | None = None, code: str | None = None) -> subprocess.CompletedProcess:
    """The command in a process of its own; `code` runs first (to hide the driver)."""
    start = [sys.executable, "-c", f"{code}\nfrom factcheck.cli import main\nmain()", *args] if code \
        else [str(Path(sys.executable).parent / "factcheck"), *args]
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "FACTCHECK_INDEX"))}
    return subprocess.run(start, capture_output=True, text=True, env={**environment, **(env or {})}, timeout=300)


def one_line_error(proc: subprocess.CompletedProcess, *wanted: str, prefix: str = "factcheck: error: ") -> str:
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(prefix), proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    for part in wanted:
        assert part in lines[0], lines[0]
    return lines[0]


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("url, says", [
    ("postgresql://me@db.example:port/news", "not a valid URL"),
    ("postgresql://me@db.example/", "must name one database"),
    ("mysql://me@db.example/news", "unknown kind of index 'mysql://'"),
    ("db.example/news", "must be 'embedded' or postgresql://"),
])
def test_a_malformed_url_is_a_usage_error(url, says):
    one_line_error(factcheck("verify", str(CLAIMS), "--index", url), "--index", says, "see 'factcheck verify --help'")


def test_a_malformed_url_in_the_config_or_the_environment_is_one_line(tmp_path):
    (tmp_path / "factcheck.toml").write_text('index = "postgres://x:y@h:nope/db"\n')
    proc = subprocess.run([sys.executable, "-m", "factcheck", "verify", str(CLAIMS)], capture_output=True,
                          text=True, cwd=tmp_path)
    assert proc.returncode == 2 and "factcheck.toml: index: not a valid URL" in proc.stderr
    one_line_error(factcheck("index", str(SEEDS), env={"FACTCHECK_INDEX": "sqlite:x"}), "must be 'embedded'",
                   prefix="environment: FACTCHECK_INDEX: ")  # as a config file's error: where, what


def test_a_server_that_is_down_is_one_line_naming_it():
    port = free_port()  # nothing listens there
    url = f"postgresql://newsroom:{SECRET}@127.0.0.1:{port}/archive"
    for args in (("verify", str(CLAIMS), "--index", url), ("index", str(SEEDS), "--index", url),
                 ("check", "examples/draft.md", "--index", url, "--no-refresh")):
        line = one_line_error(factcheck(*args), f"postgresql://newsroom@127.0.0.1:{port}/archive", "cannot connect",
                              "Connection refused")
        assert SECRET not in line


def test_a_refused_login_is_one_line_without_the_password(pg_url, postgres_server):
    import psycopg

    with psycopg.connect(postgres_server) as conn:  # a server that trusts every host login cannot refuse one
        if conn.execute("SELECT count(*) FROM pg_hba_file_rules WHERE auth_method = 'trust' "
                        "AND type LIKE 'host%'").fetchone()[0]:
            pytest.skip("the test server trusts host logins")
    wrong = with_database(pg_url, urlsplit(pg_url).path[1:], password=SECRET)
    line = one_line_error(factcheck("verify", str(CLAIMS), "--index", wrong), "login refused",
                          "password authentication failed")
    assert SECRET not in line
    nothing = with_database(pg_url, urlsplit(pg_url).path[1:], password=None)
    one_line_error(factcheck("verify", str(CLAIMS), "--index", nothing, env={"PGPASSFILE": "/nonexistent"}),
                   "login refused", "no password supplied")


def test_no_driver_says_what_to_install(tmp_path):
    hide = "import sys; sys.modules['psycopg'] = None"
    one_line_error(factcheck("verify", str(CLAIMS), "--index", "postgresql://me@127.0.0.1/news", code=hide),
                   "needs the psycopg driver", "pip install 'factcheck-figures[postgresql]'")
    proc = factcheck("verify", str(CLAIMS), "--cache-dir", str(tmp_path), code=hide)  # the default needs no driver
    assert proc.returncode == 1 and "contradicted" in proc.stdout


def test_the_default_index_never_imports_the_driver(tmp_path):
    code = ("import sys\nfrom factcheck.engine import verify\nfrom pathlib import Path\n"
            f"run = verify([Path({str(CLAIMS)!r})], Path({str(SEEDS)!r}), cache=True,\n"
            f"             cache_dir=Path({str(tmp_path)!r}))\n"
            "assert run.results\nprint(sorted(m for m in sys.modules if m.split('.')[0] == 'psycopg'))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.stdout.strip() == "[]", proc.stderr


def test_the_password_from_url_pgpassword_or_pgpass_is_never_shown(pg_url, tmp_path):
    parts = urlsplit(pg_url)
    password, bare = parts.password or "", with_database(pg_url, parts.path[1:], password=None)
    assert password
    home = tmp_path / "home"
    home.mkdir()
    pgpass = home / ".pgpass"
    pgpass.write_text(f"{parts.hostname}:{parts.port}:*:{parts.username}:{password}\n")
    pgpass.chmod(0o600)
    (tmp_path / "factcheck.toml").write_text(f'index = "{pg_url}"\n')
    ways = [({}, ["--index", pg_url]), ({"PGPASSWORD": password}, ["--index", bare]),
            ({"HOME": str(home)}, ["--index", bare]), ({"FACTCHECK_INDEX": pg_url}, [])]
    for env, index in ways:
        built = factcheck("index", str(SEEDS), *index, env=env)
        assert built.returncode == 0, built.stderr
        assert bare.replace("postgresql://", "") in built.stdout.replace("postgresql://", "")
        for fmt in ("json", "html", "table", "markdown", "github") if not env else ("json",):
            run = factcheck("verify", str(CLAIMS), *index, "--no-refresh", "--format", fmt, env=env)
            assert run.returncode == 1, run.stderr
            assert password not in run.stdout + run.stderr
        assert password not in built.stdout + built.stderr
    shown = subprocess.run([sys.executable, "-m", "factcheck", "verify", "--show-config"], capture_output=True,
                           text=True, cwd=tmp_path)
    assert shown.returncode == 0 and "index" in shown.stdout and bare in shown.stdout
    assert password not in shown.stdout + shown.stderr
    assert json.loads(factcheck("verify", str(CLAIMS), "--index", pg_url, "--format", "json").stdout)["results"]


def test_a_server_gone_mid_run_is_one_error_naming_it(pg_url, postgres_server):
    import psycopg

    index, _, _ = open_shared(parse_index(pg_url), SEEDS)
    try:
        with psycopg.connect(postgres_server, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
                          "AND pid <> pg_backend_pid()", (urlsplit(pg_url).path[1:],))
        with pytest.raises(SharedIndexError) as caught:
            index.candidates({"officers", "sacked", "allegations"})
        message = str(caught.value)
        assert "went away" in message and parse_index(pg_url).shown in message
        assert (urlsplit(pg_url).password or "") not in message
    finally:
        index.close()  # closing an index whose server went away is quiet


def test_no_refresh_needs_a_shared_index():
    one_line_error(factcheck("verify", str(CLAIMS), "--no-refresh"), "--no-refresh", "--index postgresql://")


def test_the_shared_index_is_reported_where_the_embedded_path_was(pg_url):
    assert Path(SEEDS).is_dir()
    built = factcheck("index", str(SEEDS), "--index", pg_url)
    assert built.returncode == 0 and f"in {parse_index(pg_url).shown}:" in built.stdout
