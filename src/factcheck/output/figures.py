"""`factcheck figures`: every figure read in a text, as a table or one JSON document."""

from __future__ import annotations

import json
from collections.abc import Sequence

from rich.table import Table
from rich.text import Text

from factcheck.output.common import clean
from factcheck.text.figures import Figure

FIGURES_JSON_VERSION = 1


def figures_json(figures: Sequence[Figure]) -> str:
    """`{"version": 1, "figures": [{"text", "line", "column", "value", "kind", "unit",
    "qualifier", "change", "low", "high"}...]}`"""
    return json.dumps({"version": FIGURES_JSON_VERSION, "figures": [f._asdict() for f in figures]},
                      ensure_ascii=False, indent=2)


def figures_table(figures: Sequence[Figure]) -> Table | Text:
    if not figures:
        return Text("no figures", style="dim")
    table = Table(header_style="bold")
    for name in ("where", "figure", "value", "kind", "unit", "change"):
        table.add_column(name, no_wrap=name != "figure")
    for f in figures:
        table.add_row(f"{f.line}:{f.column}", Text(clean(f.text)), f"{f.value:,.12g}", f.kind, f.unit, f.change)
    return table
