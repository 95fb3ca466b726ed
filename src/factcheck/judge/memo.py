"""What a source figure offers every claim, worked out once per run: many claims meet one sentence."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.text.sentence import Analysed

_KEPT_FOR: dict[tuple[int, int, str], tuple[Analysed, object]] = {}


_MOST = 50_000


def memo(a: Analysed, k: int, what: str, work: Callable[[], object]):
    """What a source figure offers every claim (its context, its clause), worked out once
    per run: many claims meet one sentence."""
    key = (id(a), k, what)
    held = _KEPT_FOR.get(key)
    if held is None or held[0] is not a:
        if len(_KEPT_FOR) >= _MOST:
            _KEPT_FOR.clear()
        held = _KEPT_FOR[key] = (a, work())
    return held[1]
