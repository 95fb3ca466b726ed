"""Print accuracy, macro-F1 and false "supported" for the labelled development sets.

Usage: python scripts/accuracy.py [--show-errors] [SET ...]
Each set is a claim file with `expected` labels and the sources folder it is checked against.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from factcheck.engine import verify  # noqa: E402
from factcheck.judge.evaluate import labelled_pairs, score  # noqa: E402

SETS = {
    "seeds": ("tests/devset/seeds.yaml", "seeds"),
    "numbers-seeds": ("tests/devset/numbers-seeds.yaml", "seeds"),
    "numbers-bbc": ("tests/devset/numbers-bbc.yaml", "tests/devset/bbc"),
    # Written blind, after the matcher was tuned on the sets above: the honest figure.
    "holdout-seeds": ("tests/holdout/seeds.yaml", "seeds"),
    "holdout-bbc": ("tests/holdout/bbc.yaml", "tests/holdout/bbc"),
    # Written blind and never looked at while tuning.
    "holdout2-seeds": ("tests/holdout2/seeds.yaml", "seeds"),
    "holdout2-bbc": ("tests/holdout2/bbc.yaml", "tests/holdout2/bbc"),
    # Writers' long sentences (attributions, clauses, a second fact, role traps), written
    # blind before the frame matcher: its development set.
    "writers-seeds": ("tests/writers/seeds.yaml", "seeds"),
    "writers-bbc": ("tests/writers/bbc.yaml", "tests/writers/bbc"),
    # Written blind in the same manner, held out: never looked at while tuning the frames.
    "writers-holdout-seeds": ("tests/writers-holdout/seeds.yaml", "seeds"),
    "writers-holdout-bbc": ("tests/writers-holdout/bbc.yaml", "tests/writers-holdout/bbc"),
    # Written blind by a helper who saw only the articles (session of 2026-12-01, after the
    # reference weights): held out, never looked at while tuning.
    "writers-holdout2-seeds": ("tests/writers-holdout2/seeds.yaml", "seeds"),
    "writers-holdout2-bbc": ("tests/writers-holdout2/bbc.yaml", "tests/writers-holdout2/bbc"),
    # Written blind by a helper from the articles alone (second session of 2026-12-01):
    # measured once as held out, then the frame's development set.
    "writers-dev2-seeds": ("tests/writers-dev2/seeds.yaml", "seeds"),
    "writers-dev2-bbc": ("tests/writers-dev2/bbc.yaml", "tests/writers-dev2/bbc"),
    # Written blind by a helper from the articles alone, at the end of that session: held
    # out, never looked at while tuning.
    "writers-holdout3-seeds": ("tests/writers-holdout3/seeds.yaml", "seeds"),
    "writers-holdout3-bbc": ("tests/writers-holdout3/bbc.yaml", "tests/writers-holdout3/bbc"),
    # Written blind by a helper from the articles alone (session of 2026-12-01, third):
    # the frame's development set from then on.
    "writers-dev3-seeds": ("tests/writers-dev3/seeds.yaml", "seeds"),
    "writers-dev3-bbc": ("tests/writers-dev3/bbc.yaml", "tests/writers-dev3/bbc"),
    # Written blind in the same session by another helper: held out, never looked at while tuning.
    "writers-holdout4-seeds": ("tests/writers-holdout4/seeds.yaml", "seeds"),
    "writers-holdout4-bbc": ("tests/writers-holdout4/bbc.yaml", "tests/writers-holdout4/bbc"),
    # Written blind by two helpers from the articles alone (session of 2026-12-01, fourth), on 16
    # BBC articles no set had used: dev4 is development, holdout5 held out (never looked at).
    "writers-dev4-seeds": ("tests/writers-dev4/seeds.yaml", "seeds"),
    "writers-dev4-bbc": ("tests/writers-dev4/bbc.yaml", "tests/writers-dev4/bbc"),
    "writers-dev5-bbc": ("tests/writers-dev5/bbc.yaml", "tests/writers-dev5/bbc"),
    "writers-traps1-bbc": ("tests/writers-traps1/bbc.yaml", "tests/writers-traps1/bbc"),
    "writers-traps2-bbc": ("tests/writers-traps2/bbc.yaml", "tests/writers-traps2/bbc"),
    "writers-holdout5-seeds": ("tests/writers-holdout5/seeds.yaml", "seeds"),
    "writers-holdout5-bbc": ("tests/writers-holdout5/bbc.yaml", "tests/writers-holdout5/bbc"),
    "writers-holdout6-bbc": ("tests/writers-holdout6/bbc.yaml", "tests/writers-holdout6/bbc"),
    # Written blind by a helper from 10 BBC articles no set had used (fifth session of
    # 2026-12-01): figures with units, durations, rates, ranges, multiples and changes
    # (issue 14); scored once before any look, then a development set.
    "writers-units1-bbc": ("tests/writers-units1/bbc.yaml", "tests/writers-units1/bbc"),
    # Written blind by a helper in the seventh session of 2026-12-01 on eight unused articles: held out.
    "writers-holdout7-bbc": ("tests/writers-holdout7/bbc.yaml", "tests/writers-holdout7/bbc"),
    # Written blind by another helper in the same session, on eight more unused articles: held out.
    "writers-holdout8-bbc": ("tests/writers-holdout8/bbc.yaml", "tests/writers-holdout8/bbc"),
    # Written blind by a helper in the eighth session (2026-12-02) on eight more unused articles: held out.
    "writers-holdout9-bbc": ("tests/writers-holdout9/bbc.yaml", "tests/writers-holdout9/bbc"),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", default=list(SETS), help=f"any of: {', '.join(SETS)}")
    parser.add_argument("--show-errors", action="store_true", help="print every wrong verdict")
    args = parser.parse_args()
    all_pairs = []
    print(f"{'set':<22}{'claims':>7}{'accuracy':>10}{'macro-F1':>10}{'false sup.':>12}")
    for name in args.sets:
        claims, sources = SETS[name]
        run = verify([ROOT / claims], ROOT / sources)
        pairs = labelled_pairs(run.results)
        all_pairs += pairs
        s = score(pairs)
        print(f"{name:<22}{s.total:>7}{s.accuracy:>10.3f}{s.macro_f1:>10.3f}{s.false_supported:>12}")
        if args.show_errors:
            for r in run.results:
                if r.claim.expected and r.claim.expected != r.verdict.value:
                    where = f"{r.passage.source}:{r.passage.line}" if r.passage else "-"
                    print(f"  {r.claim.id}: expected {r.claim.expected}, got {r.verdict.value} "
                          f"({r.reason}) [{where}]\n    {r.claim.sentence}")
    s = score(all_pairs)
    print(f"{'all':<22}{s.total:>7}{s.accuracy:>10.3f}{s.macro_f1:>10.3f}{s.false_supported:>12}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
