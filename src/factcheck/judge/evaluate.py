"""Score verdicts against labels: accuracy, macro-F1, and the count of false "supported".

Claims may carry an `expected` verdict; labelled sets of them measure the matcher.
False "supported" is counted on its own because it is the error that matters most.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.models import Result, Verdict

LABELS = tuple(v.value for v in Verdict)


@dataclass(frozen=True)
class Scores:
    total: int
    correct: int
    macro_f1: float
    false_supported: int
    confusion: dict[tuple[str, str], int]  # (expected, got) -> count

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def score(pairs: Iterable[tuple[str, str]]) -> Scores:
    """Scores for (expected, got) verdict pairs."""
    confusion = Counter(pairs)
    total = sum(confusion.values())
    correct = sum(n for (e, g), n in confusion.items() if e == g)
    f1s = []
    for label in LABELS:
        tp = confusion[(label, label)]
        fp = sum(n for (e, g), n in confusion.items() if g == label and e != label)
        fn = sum(n for (e, g), n in confusion.items() if e == label and g != label)
        if tp + fp + fn:
            f1s.append(2 * tp / (2 * tp + fp + fn))
    false_supported = sum(n for (e, g), n in confusion.items() if g == "supported" and e != "supported")
    return Scores(total, correct, sum(f1s) / len(f1s) if f1s else 0.0, false_supported, dict(confusion))


def labelled_pairs(results: Iterable[Result]) -> list[tuple[str, str]]:
    return [(r.claim.expected, r.verdict.value) for r in results if r.claim.expected]
