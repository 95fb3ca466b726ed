"""A killed build: SIGTERM ends the worker processes with the parent, and what the build
finished before it was killed is kept for the next run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from factcheck.index.cache import cache_file

FILES = 3_000
TEXT = ("The council said {n} homes were built last year, up from {m} the year before, and "
        "that a further {k} would follow by 2026 if the budget of £{n}m is approved. ") * 6


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _stored_files(path: Path) -> int:
    try:
        with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=0.2) as conn:
            return conn.execute("SELECT count(*) FROM files").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_sigterm_during_index_ends_the_workers_and_keeps_finished_batches(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for n in range(FILES):
        (src / f"a{n:05}.txt").write_text(TEXT.format(n=n, m=n + 7, k=n * 3 + 1))
    cache = tmp_path / "cache"
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(cache)}
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "index", str(src)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    store = cache_file(src, cache)
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while time.monotonic() < deadline and proc.poll() is None:
        workers |= _children(proc.pid)
        if workers and _stored_files(store) > 0:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the build finished before it could be interrupted: make it larger"
    assert workers, "no worker process was seen"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 128 + signal.SIGTERM
    assert err.strip().endswith("factcheck: terminated")
    gone_by = time.monotonic() + 10
    while any(map(_alive, workers)) and time.monotonic() < gone_by:
        time.sleep(0.05)
    assert not [w for w in workers if _alive(w)], "a worker outlived its parent"
    kept = _stored_files(store)
    assert 0 < kept < FILES
    again = subprocess.run([sys.executable, "-m", "factcheck", "index", str(src)], env=env,
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert f"{FILES:,} source files indexed ({FILES - kept:,} read anew" in again.stdout
