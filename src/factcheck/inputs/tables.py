"""A data table (CSV) read as statements: each cell holding a number becomes a line built
from its row's and its column's headers ("Officer allegations, 2013: 19"), so a claim
about the figure can be checked against the table; a line remembers the table's row.

The first row is the header when its cells are words; the first column names the rows
when its cells are. A table with no header row is read row by row as text.
"""

from __future__ import annotations

import csv
import io

from factcheck.text.numbers import read_quantities

_SNIFF_CHARS = 8192
_DELIMITERS = ",;\t|"


def _figures(cell: str) -> bool:
    """The cell states a figure (a year or a date names a column, it states nothing)."""
    return any(q.kind not in {"year", "date"} for q in read_quantities(cell))


def _is_label(cell: str) -> bool:
    return bool(cell.strip()) and not _figures(cell)


def table_text(data: str) -> tuple[str, tuple[int, ...]]:
    """The table's statements, one a line, and for each the line of the file its row is on."""
    head = data[:_SNIFF_CHARS]
    try:
        delimiter = csv.Sniffer().sniff(head, delimiters=_DELIMITERS).delimiter
    except csv.Error:  # ragged rows defeat the sniffer: the separator used most, then
        delimiter = max(_DELIMITERS, key=head.count)
    reader = csv.reader(io.StringIO(data), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    try:
        for cells in reader:
            rows.append((reader.line_num, [c.strip() for c in cells]))
    except csv.Error:
        pass  # a broken quote: what was read before it stands
    rows = [(line, cells) for line, cells in rows if any(cells)]
    if not rows:
        return "", ()
    _, first = rows[0]
    header = first if sum(map(_is_label, first)) >= max(1, len([c for c in first if c]) - 1) else None
    body = rows[1:] if header is not None else rows
    labelled = header is not None and all(_is_label(cells[0]) for _, cells in body if cells)
    lines: list[str] = []
    places: list[int] = []
    for line, cells in body:
        said = [(n, cell) for n, cell in enumerate(cells) if cell and _figures(cell) and not (labelled and n == 0)]
        if header is None or not said:
            lines.append(", ".join(c for c in cells if c))
            places.append(line)
            continue
        for n, cell in said:
            column = header[n] if n < len(header) and header[n] else f"column {n + 1}"
            lines.append(f"{cells[0]}, {column}: {cell}" if labelled else f"{column}: {cell}")
            places.append(line)
    return "\n".join(lines), tuple(places)
