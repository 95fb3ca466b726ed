"""A private PostgreSQL cluster in a folder, for the tests, CI and the benchmark.

    python scripts/pgcluster.py start DIR [--port N]   # prints the cluster's URL
    python scripts/pgcluster.py stop DIR

PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres`
account (`runuser -u postgres`); as anyone else it runs as that user. Host logins
(127.0.0.1) need a password (scram-sha-256), so that a wrong one is refused: the
superuser `postgres` has the password in DIR/password. The server listens on
127.0.0.1 only and on a socket in DIR, and is tuned for throwaway data (no fsync)
unless started with --durable.
Uses only the standard library; raises ClusterError saying why a start failed.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import socket
import subprocess
import sys
from pathlib import Path

BIN_DIRS = ("/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin")
SUPERUSER = "postgres"
START_TIMEOUT_S = 60


class ClusterError(Exception):
    """The cluster could not be made or started; the message says why."""


def bin_dir() -> Path | None:
    """The folder of initdb and pg_ctl: $PG_BIN, else Debian's, else the PATH's."""
    candidates = [os.environ["PG_BIN"]] if os.environ.get("PG_BIN") else list(BIN_DIRS)
    for folder in candidates:
        if (Path(folder) / "initdb").is_file():
            return Path(folder)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_owner(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", SUPERUSER, "--", *cmd] if os.geteuid() == 0 else cmd


def _run(cmd: list[str], what: str) -> None:
    try:
        proc = subprocess.run(_as_owner(cmd), capture_output=True, text=True, timeout=START_TIMEOUT_S)
    except (OSError, subprocess.SubprocessError) as exc:
        raise ClusterError(f"{what}: {exc}")
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise ClusterError(f"{what} failed (exit {proc.returncode}): {' | '.join(tail)}")


def start(folder: Path, port: int | None = None, durable: bool = False) -> str:
    """Make (if new) and start a cluster in `folder`; returns its URL, password included.
    `durable` keeps PostgreSQL's own settings (fsync on): for timings, not for tests."""
    binaries = bin_dir()
    if binaries is None:
        raise ClusterError("no PostgreSQL server binaries (initdb) found: install postgresql-15 "
                           "(apt-get install postgresql-15) or set PG_BIN")
    folder = folder.resolve()
    data = folder / "data"
    password_file = folder / "password"
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(folder, SUPERUSER)
    if not (data / "PG_VERSION").exists():
        password_file.write_text(secrets.token_hex(12) + "\n")
        if os.geteuid() == 0:
            shutil.chown(password_file, SUPERUSER)
        password_file.chmod(0o600)
        _run([str(binaries / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth-local=trust",
              "--auth-host=scram-sha-256", f"--pwfile={password_file}", "-E", "UTF8", "--locale=C.UTF-8"],
             "initdb")
    port = port or free_port()
    options = f"-k {folder} -p {port} -c listen_addresses=127.0.0.1 -c max_connections=60 -c shared_buffers=256MB"
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    _run([str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "server.log"),
          "-w", "-t", str(START_TIMEOUT_S), "start"], f"pg_ctl start (log: {folder / 'server.log'})")
    (folder / "port").write_text(f"{port}\n")
    return url(folder)


def url(folder: Path, database: str = SUPERUSER) -> str:
    password = (folder / "password").read_text().strip()
    port = (folder / "port").read_text().strip()
    return f"postgresql://{SUPERUSER}:{password}@127.0.0.1:{port}/{database}"


def stop(folder: Path) -> None:
    binaries = bin_dir()
    data = folder.resolve() / "data"
    if binaries is not None and (data / "postmaster.pid").exists():
        _run([str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"], "pg_ctl stop")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("start")
    s.add_argument("folder", type=Path)
    s.add_argument("--port", type=int)
    s.add_argument("--durable", action="store_true", help="fsync on, as a production server")
    t = sub.add_parser("stop")
    t.add_argument("folder", type=Path)
    args = parser.parse_args()
    try:
        if args.cmd == "start":
            print(start(args.folder, args.port, args.durable))
        else:
            stop(args.folder)
    except ClusterError as exc:
        print(f"pgcluster: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
