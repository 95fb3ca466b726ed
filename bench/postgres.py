"""The shared index on PostgreSQL against the embedded (SQLite) index, side by side.

    python3 bench/postgres.py [--out /tmp/pgbench] [--copies 50] [--reps 5] [--build-reps 2]

Writes the BBC corpus `--copies` times under altered names (corpus.py: 2,001 articles
x 50 = 100,050 files, 227 MB; the held-out 10% are never written) and 1,000 generated
claims under --out (never into the repository), starts a private PostgreSQL cluster
there (scripts/pgcluster.py, --durable: fsync on) unless --url names a server, then,
the two backends interleaved run by run:

1. cold build: `factcheck index SRC` into an empty cache folder / an empty database;
2. the index's size on disk: the SQLite file, and pg_total_relation_size of the tables
   (indexes and TOAST included), with the sentence count of each;
3. 1,000 claims warm (after one run that keeps the analyses): embedded, PostgreSQL
   refreshing as a plain `verify` does, PostgreSQL with --no-refresh; the JSON results
   of every run compared with the first;
4. 8 clients checking the 1,000 claims with --no-refresh at once, started 1.5 s apart,
   while one client refreshes the index after 500 files were renamed (copy 50 deleted,
   the same article written as copy 51) and 1,000 others touched: every client's
   verdicts compared, the sentences counted before and after (and against the embedded
   index of the same folder), keys and names checked unique.

Prints a Markdown table; raw figures go to OUT/postgres.json. Only public tools: the
`factcheck` command, psql, and the standard library.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "scripts")]
import corpus  # noqa: E402
import gen_claims  # noqa: E402
import pgcluster  # noqa: E402
from run import timed  # noqa: E402

COUNTS = "SELECT count(*), count(DISTINCT key), (SELECT sum(sentences) FROM factcheck.files), " \
         "(SELECT count(*) FROM factcheck.files), (SELECT count(DISTINCT name) FROM factcheck.files) " \
         "FROM factcheck.sentences"
SIZE = "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace " \
       "WHERE n.nspname = 'factcheck' AND c.relkind IN ('r', 'S')"


def psql(url: str, sql: str) -> str:
    return subprocess.run(["psql", url, "-XAtqc", sql], check=True, capture_output=True, text=True).stdout.strip()


def database(server: str, name: str, fresh: bool = True) -> str:
    if fresh:
        psql(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        psql(server, f"CREATE DATABASE {name}")
    return server.rsplit("/", 1)[0] + "/" + name


def results(path: Path) -> list:
    return json.loads(path.read_text())["results"]


def sqlite_counts(cache: Path) -> tuple[int, int]:
    (path,) = cache.glob("index-*.sqlite")
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM sentences").fetchone()[0], path.stat().st_size


def median(runs: list[dict], key: str = "wall") -> float:
    return statistics.median(r[key] for r in runs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("/tmp/pgbench"))
    ap.add_argument("--copies", type=int, default=50)
    ap.add_argument("--claims", type=int, default=1000)
    ap.add_argument("--reps", type=int, default=5, help="warm runs of each backend")
    ap.add_argument("--build-reps", type=int, default=2, help="cold builds of each backend")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--url", help="a server's maintenance URL (a role that may create databases)")
    ap.add_argument("--factcheck", default=str(HERE.parent / ".venv" / "bin" / "factcheck"))
    a = ap.parse_args()
    out, fc = a.out.resolve(), a.factcheck
    out.mkdir(parents=True, exist_ok=True)
    src, claims = out / f"src{a.copies}", out / f"claims{a.claims}.yaml"
    info = corpus.build(src, copies=a.copies)
    gen_claims.write_yaml(gen_claims.generate(a.claims, 1.0), claims)
    print(f"corpus: {info['files']:,} files, {info['bytes'] / 1e6:.0f} MB; {a.claims} claims", file=sys.stderr)
    cluster = out / "cluster"
    server = a.url or pgcluster.start(cluster, durable=True)
    env = {k: v for k, v in os.environ.items() if k != "FACTCHECK_INDEX"}
    raw: dict = {"files": info["files"], "bytes": info["bytes"], "claims": a.claims}
    try:
        raw.update(bench(a, fc, src, claims, server, out, env))
    finally:
        if not a.url:
            pgcluster.stop(cluster)
    (out / "postgres.json").write_text(json.dumps(raw, indent=1))
    table(raw, a)
    return 0


def bench(a, fc: str, src: Path, claims: Path, server: str, out: Path, env: dict) -> dict:
    logs = out / "logs"
    logs.mkdir(exist_ok=True)
    cold: dict[str, list[dict]] = {"embedded": [], "postgresql": []}
    for r in range(a.build_reps):
        cache = out / f"cache{r}"
        shutil.rmtree(cache, ignore_errors=True)
        cold["embedded"].append(timed([fc, "index", str(src), "--cache-dir", str(cache)], logs / f"cold-e{r}.out",
                                      env))
        url = database(server, f"bench{r}")
        cold["postgresql"].append(timed([fc, "index", str(src), "--index", url], logs / f"cold-p{r}.out", env))
        print(f"cold {r}: embedded {cold['embedded'][-1]['wall']:.0f} s, "
              f"postgresql {cold['postgresql'][-1]['wall']:.0f} s", file=sys.stderr)
        assert all(run["rc"] == 0 for runs in cold.values() for run in runs), "a build failed: see logs"
    cache, url = out / f"cache{a.build_reps - 1}", database(server, f"bench{a.build_reps - 1}", fresh=False)
    sentences, sqlite_bytes = sqlite_counts(cache)
    pg_counts = [int(x) for x in psql(url, COUNTS).split("|")]
    sizes = {"embedded": sqlite_bytes, "postgresql": int(psql(url, SIZE))}
    verify = [fc, "verify", str(claims), "--sources", str(src), "--format", "json", "--fail-on", "none"]
    kinds = {"embedded": ["--cache-dir", str(cache)], "postgresql": ["--index", url],
             "postgresql --no-refresh": ["--index", url, "--no-refresh"]}
    warm: dict[str, list[dict]] = {kind: [] for kind in kinds}
    for kind, args in kinds.items():  # the first run analyses the sentences it scores, and keeps them
        timed(verify + args, logs / f"prime-{kind.split()[-1]}.out", env)
    reference = results(logs / "prime-embedded.out")
    same = True
    for r in range(a.reps):
        for kind, args in kinds.items():
            run = timed(verify + args, logs / f"warm-{kind.split()[-1]}-{r}.out", env)
            warm[kind].append(run)
            same &= run["rc"] == 0 and results(Path(run["out"])) == reference
        print(f"warm {r}: " + ", ".join(f"{k} {v[-1]['wall']:.2f} s" for k, v in warm.items()), file=sys.stderr)
    together = clients(a, fc, src, claims, url, cache, logs, env, reference)
    return {"cold": cold, "sizes": sizes, "sentences": {"embedded": sentences, "postgresql": pg_counts},
            "warm": warm, "identical": same, "together": together}


def clients(a, fc, src: Path, claims: Path, url: str, cache: Path, logs: Path, env: dict, reference: list) -> dict:
    """8 readers at once and one refresher among them."""
    before = [int(x) for x in psql(url, COUNTS).split("|")]
    names = sorted(p.name for p in src.glob(f"*-copy{a.copies}.txt"))[:500]
    for name in names:  # renamed: the same article under the next copy's name
        path = src / name
        path.rename(src / name.replace(f"-copy{a.copies}.txt", f"-copy{a.copies + 1}.txt"))
    for path in sorted(src.glob("*-copy2.txt"))[:1000]:
        os.utime(path, ns=(time.time_ns(), time.time_ns()))
    verify = [fc, "verify", str(claims), "--sources", str(src), "--format", "json", "--fail-on", "none",
              "--index", url, "--no-refresh"]
    started, t0 = [], time.perf_counter()
    refresher = subprocess.Popen([fc, "index", str(src), "--index", url], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True, env=env)
    for i in range(a.clients):
        out = logs / f"client{i}.out"
        started.append((out, time.perf_counter(),
                        subprocess.Popen(verify, stdout=out.open("w"), stderr=subprocess.PIPE, env=env)))
        time.sleep(1.5)
    walls, rcs, same = [], [], True
    for out, t, proc in started:
        proc.wait()
        walls.append(time.perf_counter() - t)
        rcs.append(proc.returncode)
        same &= proc.returncode == 0 and results(out) == reference
    said, _ = refresher.communicate()
    refreshed_after = time.perf_counter() - t0
    after = [int(x) for x in psql(url, COUNTS).split("|")]
    subprocess.run([fc, "index", str(src), "--cache-dir", str(cache)], check=True, capture_output=True, env=env)
    embedded_after, _ = sqlite_counts(cache)
    for name in names:  # the folder as corpus.py wrote it again
        (src / name.replace(f"-copy{a.copies}.txt", f"-copy{a.copies + 1}.txt")).rename(src / name)
    return {"before": before, "after": after, "embedded_after": embedded_after, "client_walls": walls,
            "client_rcs": rcs, "identical": same, "refresher": said.strip(), "refresher_rc": refresher.returncode,
            "refresh_wall": refreshed_after}


def table(raw: dict, a) -> None:
    cold, warm, sizes, t = raw["cold"], raw["warm"], raw["sizes"], raw["together"]
    mb = 1024 * 1024
    print(f"\n{raw['files']:,} files ({raw['bytes'] / 1e6:.0f} MB), {raw['claims']:,} claims; medians of "
          f"{a.build_reps} cold builds and {a.reps} warm runs per backend, interleaved\n")
    print("| | embedded (SQLite) | PostgreSQL | PostgreSQL --no-refresh |\n|---|---|---|---|")
    print(f"| cold build | {median(cold['embedded']):.0f} s ({median(cold['embedded'], 'rss_mb'):.0f} MB) | "
          f"{median(cold['postgresql']):.0f} s ({median(cold['postgresql'], 'rss_mb'):.0f} MB) | |")
    print(f"| index on disk | {sizes['embedded'] / mb:.0f} MB | {sizes['postgresql'] / mb:.0f} MB | |")
    print(f"| sentences | {raw['sentences']['embedded']:,} | {raw['sentences']['postgresql'][0]:,} | |")
    print(f"| {raw['claims']:,} claims warm | {median(warm['embedded']):.2f} s | {median(warm['postgresql']):.2f} s | "
          f"{median(warm['postgresql --no-refresh']):.2f} s |")
    print(f"| peak memory, warm | {median(warm['embedded'], 'rss_mb'):.0f} MB | "
          f"{median(warm['postgresql'], 'rss_mb'):.0f} MB | "
          f"{median(warm['postgresql --no-refresh'], 'rss_mb'):.0f} MB |")
    print(f"\nverdicts of every warm run identical to the embedded index's: {'yes' if raw['identical'] else 'NO'}")
    print(f"{len(t['client_walls'])} clients at once (--no-refresh) with one refresh among them "
          f"({t['refresher']!r}, exit {t['refresher_rc']}, {t['refresh_wall']:.0f} s): "
          f"exits {sorted(set(t['client_rcs']))}, "
          f"{statistics.median(t['client_walls']):.1f} s median, {max(t['client_walls']):.1f} s slowest; verdicts "
          f"identical: {'yes' if t['identical'] else 'NO'}; sentences before {t['before'][0]:,}, after "
          f"{t['after'][0]:,} (distinct keys {t['after'][1]:,}, files' count {t['after'][2]:,}, embedded index of "
          f"the same folder {t['embedded_after']:,}); files {t['after'][3]:,}, distinct names {t['after'][4]:,}")


if __name__ == "__main__":
    sys.exit(main())
