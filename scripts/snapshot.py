"""Write the JSON verdicts of every labelled claim set to a folder, or compare two such folders.

A refactor that must not change behaviour is checked by a snapshot before and after:

    python scripts/snapshot.py write OUT [--factcheck PATH] [--generated CLAIMS SOURCES]
    python scripts/snapshot.py compare BEFORE AFTER

Runs the command-line tool (so it works across any change of the package's insides) with
`--no-cache`, on every set of scripts/accuracy.py, the shipped claims, and optionally a
generated bench set. `compare` prints, per set, how many results differ and the first few.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from accuracy import SETS  # noqa: E402

ALL = {**SETS, "shipped": ("claims", "seeds")}


def write(out: Path, factcheck: str, generated: list[str] | None) -> int:
    out.mkdir(parents=True, exist_ok=True)
    sets = {name: (Path(c), Path(s)) for name, (c, s) in ALL.items()}  # relative: any clone compares
    if generated:
        sets["generated"] = (Path(generated[0]), Path(generated[1]))
    for name, (claims, sources) in sets.items():
        if not (ROOT / claims).exists():
            continue
        proc = subprocess.run(
            [factcheck, "verify", str(claims), "--sources", str(sources), "--format", "json",
             "--no-cache", "--fail-on", "none"],
            capture_output=True, text=True, cwd=ROOT)
        try:  # bad claims in a set (exit 2) still leave a report of the others
            json.loads(proc.stdout)
        except ValueError:
            print(f"{name}: exit {proc.returncode}: {proc.stderr.strip()[:300]}", file=sys.stderr)
            return 2
        (out / f"{name}.json").write_text(proc.stdout)
        print(f"{name}: {len(json.loads(proc.stdout)['results'])} results")
    return 0


def compare(before: Path, after: Path) -> int:
    differing = 0
    for path in sorted(before.glob("*.json")):
        other = after / path.name
        if not other.exists():
            print(f"{path.stem}: missing in {after}")
            differing += 1
            continue
        a = json.loads(path.read_text())["results"]
        b = json.loads(other.read_text())["results"]
        diffs = [(x, y) for x, y in zip(a, b) if x != y]
        diffs += [(x, None) for x in a[len(b):]] + [(None, y) for y in b[len(a):]]
        print(f"{path.stem}: {len(a)} results, {len(diffs)} differ")
        for x, y in diffs[:5]:
            print(f"  before: {json.dumps(x)[:300]}\n  after:  {json.dumps(y)[:300]}")
        differing += len(diffs)
    return 1 if differing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("write")
    w.add_argument("out", type=Path)
    w.add_argument("--factcheck", default=str(ROOT / ".venv" / "bin" / "factcheck"))
    w.add_argument("--generated", nargs=2, metavar=("CLAIMS", "SOURCES"))
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.cmd == "write":
        return write(args.out, args.factcheck, args.generated)
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
