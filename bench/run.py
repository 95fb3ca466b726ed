"""Benchmark driver: time factcheck (cold and warm cache) against the baseline.

Why: speed and accuracy claims need whole-process numbers on a realistic
archive.  For each scenario this builds the source folder (corpus.py) and the
labelled claims (gen_claims.py) under bench/out/ (git-ignored), then runs
  factcheck verify CLAIMS --sources DIR --format json   with a new, empty
      FACTCHECK_CACHE_DIR (cold), then again with the same dir (warm);
  python bench/baseline.py CLAIMS --sources DIR
R times, interleaved so each baseline run is paired with the factcheck runs
next to it in time.  Wall time comes from time.perf_counter around the child;
peak RSS from GNU /usr/bin/time -f %M (see timed() for why not os.wait4
alone); it covers the child and any grandchildren it waited for.  The table shows medians and
the median of the per-pair ratios baseline/factcheck (>1 = factcheck faster).
Accuracy is scored with score.py.  Raw numbers go to bench/out/results.json.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
import corpus  # noqa: E402
import gen_claims  # noqa: E402
import score  # noqa: E402

OUT = HERE / "out"
TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
CLAIM_SIZES = (100, 1000, 10000)
SOURCE_SIZES = (("10%", 0.1, 1), ("50%", 0.5, 1), ("100%", 1.0, 1), ("400%", 1.0, 4))


def timed(cmd: list[str], out: Path, env: dict | None = None, cwd: Path | None = None) -> dict:
    """Run cmd with stdout to `out`; wall seconds, peak RSS (MB), CPU s, exit code.

    Peak RSS: on Linux a child's ru_maxrss starts from the *parent's* RSS at
    fork (exec keeps the high-water mark), so os.wait4 alone would report
    this driver's ~100+ MB for `python -c pass`.  GNU /usr/bin/time measures
    its own freshly forked child, so we use its %M when present and fall back
    to wait4 (an upper bound) otherwise."""
    rss_file = out.with_suffix(".rss")
    if TIME:
        cmd = [TIME, "-f", "%M", "-o", str(rss_file), *cmd]
    with open(out, "wb") as fo, open(out.with_suffix(".err"), "wb") as fe:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=fo, stderr=fe, env=env, cwd=cwd)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
    p.returncode = rc = os.waitstatus_to_exitcode(status)
    try:
        rss_kb = int(rss_file.read_text().split()[-1])
    except (OSError, ValueError, IndexError):
        rss_kb = ru.ru_maxrss
    return {"wall": wall, "rss_mb": rss_kb / 1024, "cpu": ru.ru_utime + ru.ru_stime,
            "rc": rc, "out": str(out)}


def accuracy(claims: Path, run: dict) -> dict | None:
    """score.score() of a run's JSON output, or None (with a message) if unusable."""
    try:
        if run["rc"] not in (0, 1):
            raise ValueError(f"exit status {run['rc']}")
        doc = json.loads(Path(run["out"]).read_text(encoding="utf-8"))
        return score.score(score.load_labels(claims), score.load_verdicts(doc))
    except (ValueError, KeyError, TypeError) as e:
        err = Path(run["out"]).with_suffix(".err").read_text(errors="replace")[-800:]
        print(f"  ! {run['out']}: {e}\n{err}", file=sys.stderr)
        return None


def verdicts(run: dict) -> dict:
    try:
        return score.load_verdicts(Path(run["out"]).read_text(encoding="utf-8"))
    except (ValueError, KeyError):
        return {}


def scenario(name: str, n: int, fraction: float, copies: int, a) -> dict:
    """Build inputs, run everything a.reps times, return the row's numbers."""
    src = OUT / f"sources-{round(fraction * 100)}x{copies}"
    info = corpus.build(src, fraction, copies)
    claims = OUT / f"claims-{n}-{round(fraction * 100)}.yaml"
    gen_claims.write_yaml(gen_claims.generate(n, fraction), claims)
    print(f"[{name}] {n} claims, {info['files']} files, {info['bytes'] / 1e6:.1f} MB", file=sys.stderr)
    run_base = a.skip_baseline_above is None or n <= a.skip_baseline_above
    runs: dict[str, list[dict]] = {"cold": [], "warm": [], "baseline": []}
    tag = re.sub(r"[^a-z0-9]+", "-", name.replace("%", "pct"))
    for i in range(a.reps):
        if a.factcheck:
            cache = tempfile.mkdtemp(prefix="fc-cache-", dir=OUT)
            env = dict(os.environ, FACTCHECK_CACHE_DIR=cache)
            cmd = [a.factcheck, "verify", str(claims), "--sources", str(src), "--format", "json"]
            for kind in ("cold", "warm"):
                runs[kind].append(timed(cmd, OUT / f"{tag}-{kind}-{i}.json", env, REPO))
                print(f"  {kind} #{i + 1}: {runs[kind][-1]['wall']:.2f} s", file=sys.stderr)
            shutil.rmtree(cache, ignore_errors=True)
        if run_base:
            cmd = [sys.executable, str(HERE / "baseline.py"), str(claims), "--sources", str(src)]
            runs["baseline"].append(timed(cmd, OUT / f"{tag}-baseline-{i}.json", None, REPO))
            print(f"  baseline #{i + 1}: {runs['baseline'][-1]['wall']:.2f} s", file=sys.stderr)
    row = {"scenario": name, "claims": n, "files": info["files"], "mb": info["bytes"] / 1e6, "runs": runs}
    for kind, rs in runs.items():
        if rs:
            row[kind] = statistics.median(r["wall"] for r in rs)
            row[kind + "_rss"] = max(r["rss_mb"] for r in rs)
            row[kind + "_score"] = accuracy(claims, rs[-1]) or f"error (exit {rs[-1]['rc']})"
    for kind in ("cold", "warm"):
        pairs = [(b, f) for b, f in zip(runs["baseline"], runs[kind]) if f["rc"] in (0, 1)]
        if pairs:
            row["ratio_" + kind] = statistics.median(b["wall"] / f["wall"] for b, f in pairs)
    if runs["cold"] and verdicts(runs["cold"][-1]) != verdicts(runs["warm"][-1]):
        print(f"  ! {name}: cold and warm verdicts differ", file=sys.stderr)
        row["cold_warm_differ"] = True
    return row


def seeds(a, reps: int = 10) -> list[dict]:
    """Warm `factcheck verify claims/` on the shipped seeds vs interpreter start."""
    py = str(Path(a.factcheck).parent / "python")
    cache = tempfile.mkdtemp(prefix="fc-cache-", dir=OUT)
    env = dict(os.environ, FACTCHECK_CACHE_DIR=cache)
    cmds = {"factcheck verify claims/ (warm)": [a.factcheck, "verify", "claims/", "--sources", "seeds/"],
            "python -c pass": [py, "-c", "pass"],
            "python -c 'import factcheck'": [py, "-c", "import factcheck"]}
    timed(cmds["factcheck verify claims/ (warm)"], OUT / "seeds-warmup.out", env, REPO)
    runs: dict[str, list[dict]] = {k: [] for k in cmds}
    for i in range(reps):  # interleaved, so all three see the same machine load
        for j, (k, cmd) in enumerate(cmds.items()):
            runs[k].append(timed(cmd, OUT / f"seeds-{j}-{i}.out", env, REPO))
    shutil.rmtree(cache, ignore_errors=True)
    return [{"command": k, "median": statistics.median(r["wall"] for r in rs),
             "min": min(r["wall"] for r in rs), "rss": max(r["rss_mb"] for r in rs),
             "rc": sorted({r["rc"] for r in rs})} for k, rs in runs.items()]


def fmt(v, spec=".2f", dash="–"):
    return dash if v is None else format(v, spec)


def table(rows: list[dict]) -> str:
    def acc(s):
        if not isinstance(s, dict):
            return s or "–"
        return f"{s['accuracy']:.3f} / {s['macro_f1']:.3f} / {s['false_supported']}"
    out = ["| scenario | claims | sources (files, MB) | factcheck cold s | factcheck warm s | baseline s "
           "| ratio base/cold | ratio base/warm | peak RSS MB fc / base "
           "| factcheck acc / F1 / false-sup | baseline acc / F1 / false-sup |",
           "|---" * 11 + "|"]
    for r in rows:
        g = r.get
        rss = f"{fmt(max(g('cold_rss') or 0, g('warm_rss') or 0) or None, '.0f')} / {fmt(g('baseline_rss'), '.0f')}"
        out.append(f"| {r['scenario']} | {r['claims']:,} | {r['files']:,}, {r['mb']:.1f} | {fmt(g('cold'))} "
                   f"| {fmt(g('warm'))} | {fmt(g('baseline'))} | {fmt(g('ratio_cold'), '.1f')} "
                   f"| {fmt(g('ratio_warm'), '.1f')} | {rss} | {acc(g('warm_score') or g('cold_score'))} "
                   f"| {acc(g('baseline_score'))} |")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--factcheck", help="factcheck executable (default: .venv/bin/factcheck in the repo)")
    ap.add_argument("--reps", type=int, default=3, help="repetitions per scenario (median reported)")
    ap.add_argument("--claims-scale", action="store_true", help="100 / 1,000 / 10,000 claims, 100%% sources")
    ap.add_argument("--sources-scale", action="store_true", help="1,000 claims, sources 10/50/100/400%%")
    ap.add_argument("--seeds", action="store_true", help="warm run on claims/ + seeds/ vs interpreter start")
    ap.add_argument("--quick", action="store_true", help="smoke test: 100 and 1,000 claims, 1 repetition")
    ap.add_argument("--skip-baseline-above", type=int, default=1000, metavar="N",
                    help="skip the baseline for scenarios with more than N claims (default 1000; "
                         "the baseline takes ~0.1 s per claim on 100%% sources)")
    ap.add_argument("--no-factcheck", action="store_true", help="baseline only")
    a = ap.parse_args(argv)
    if not (a.claims_scale or a.sources_scale or a.seeds or a.quick):
        a.claims_scale = a.sources_scale = True
    fc = Path(a.factcheck) if a.factcheck else REPO / ".venv" / "bin" / "factcheck"
    a.factcheck = None if a.no_factcheck or not fc.exists() else str(fc.resolve())
    if not a.factcheck and not a.no_factcheck:
        print(f"note: {fc} not found; running the baseline only", file=sys.stderr)
    OUT.mkdir(parents=True, exist_ok=True)

    todo = []
    if a.quick:
        a.reps = 1
        todo += [(f"claims {n:,}", n, 1.0, 1) for n in CLAIM_SIZES[:2]]
    if a.claims_scale:
        todo += [(f"claims {n:,}", n, 1.0, 1) for n in CLAIM_SIZES]
    if a.sources_scale:
        todo += [(f"sources {p}", 1000, f, c) for p, f, c in SOURCE_SIZES]
    seen, rows = set(), []
    for name, n, f, c in todo:
        if (n, f, c) not in seen:
            seen.add((n, f, c))
            rows.append(scenario(name, n, f, c, a))
    report = {"rows": rows, "argv": sys.argv[1:], "factcheck": a.factcheck,
              "time": time.strftime("%Y-%m-%d %H:%M:%S")}
    if rows:
        print(table(rows))
    if a.seeds:
        if not a.factcheck:
            print("\n--seeds needs factcheck; skipped", file=sys.stderr)
        else:
            report["seeds"] = seeds(a)
            print("\n| command (10 runs, interleaved) | median s | min s | peak RSS MB | exit |\n|---|---|---|---|---|")
            for s in report["seeds"]:
                print(f"| {s['command']} | {s['median']:.3f} | {s['min']:.3f} | {s['rss']:.0f} | {s['rc']} |")
    (OUT / "results.json").write_text(json.dumps(report, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
