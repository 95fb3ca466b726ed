"""A data table (CSV, or a sheet of a workbook) read as statements: each cell holding a
number becomes a line built from its row's and its column's headers ("Officer
allegations, 2013: 19"), so a claim about the figure can be checked against the table;
a line remembers the row the cell is on, and its place names the cell
('row 4, column "2013"', the sheet first when a workbook has several).

The first row is the header when its cells are words; the first column names the rows
when its cells are. A table with no header row is read row by row as text. Rows are
counted as a spreadsheet counts them: the header is row 1, a blank line is a row.
"""

from __future__ import annotations

import csv
import io
from typing import NamedTuple

from factcheck.text.numbers import read_quantities

_SNIFF_CHARS = 8192
_DELIMITERS = ",;\t|"
_NAMED_ROWS = 3  # rows named in a warning about ragged rows


class Table(NamedTuple):
    """A table read as statements: the text, and for each line its row and its place."""

    text: str
    lines: tuple[int, ...]
    places: tuple[str, ...]
    warnings: tuple[str, ...] = ()


def _figures(cell: str) -> bool:
    """The cell states a figure (a year or a date names a column, it states nothing)."""
    return any(q.kind not in {"year", "date"} for q in read_quantities(cell))


def _is_label(cell: str) -> bool:
    return bool(cell.strip()) and not _figures(cell)


def table_text(data: str) -> Table:
    """A CSV or TSV file's statements; a broken quote or ragged rows are a warning, what
    could be read is read."""
    head = data[:_SNIFF_CHARS]
    try:
        delimiter = csv.Sniffer().sniff(head, delimiters=_DELIMITERS).delimiter
    except csv.Error:  # ragged rows defeat the sniffer: the separator used most, then
        delimiter = max(_DELIMITERS, key=head.count)
    reader = csv.reader(io.StringIO(data), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    broken = ""
    try:
        for number, cells in enumerate(reader, start=1):
            rows.append((number, [c.strip() for c in cells]))
    except csv.Error as exc:
        broken = f"unreadable from row {len(rows) + 1} on ({exc}): the rows before it are read"
    table = table_rows(rows)
    return table._replace(warnings=table.warnings + ((broken,) if broken else ()))


def table_rows(rows: list[tuple[int, list[str]]], sheet: str = "") -> Table:
    """Statements of a table given as (row number, cells); `sheet` names the sheet in each place."""
    rows = [(number, _trimmed(cells)) for number, cells in rows if any(cells)]
    if not rows:
        return Table("", (), ())
    prefix = f'sheet "{sheet}", ' if sheet else ""
    _, first = rows[0]
    header = first if sum(map(_is_label, first)) >= max(1, len([c for c in first if c]) - 1) else None
    body = rows[1:] if header is not None else rows
    labelled = header is not None and all(_is_label(cells[0]) for _, cells in body if cells)
    lines: list[str] = []
    numbers: list[int] = []
    places: list[str] = []
    for number, cells in body:
        said = [(n, cell) for n, cell in enumerate(cells) if cell and _figures(cell) and not (labelled and n == 0)]
        if header is None or not said:
            lines.append(", ".join(c for c in cells if c))
            numbers.append(number)
            places.append(f"{prefix}row {number}")
            continue
        for n, cell in said:
            named = n < len(header) and header[n]
            column = header[n] if named else f"column {n + 1}"
            lines.append(f"{cells[0]}, {column}: {cell}" if labelled else f"{column}: {cell}")
            numbers.append(number)
            places.append(f'{prefix}row {number}, column "{header[n]}"' if named else f"{prefix}row {number}, "
                          f"column {n + 1}")
    return Table("\n".join(lines), tuple(numbers), tuple(places), _ragged(rows, header is not None, sheet))


def _trimmed(cells: list[str]) -> list[str]:
    """The cells without the empty ones at the row's end (an export's trailing separators)."""
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


def _ragged(rows: list[tuple[int, list[str]]], headed: bool, sheet: str) -> tuple[str, ...]:
    """A warning when rows hold more cells than the header row (or, with none, than most
    rows): their cells may sit under the wrong column's name. Shorter rows are common
    (empty cells at the end) and read as they are."""
    widths = [len(cells) for _, cells in rows]
    width = widths[0] if headed else max(set(widths), key=widths.count)
    over = [number for number, cells in rows if len(cells) > width]
    if not over:
        return ()
    named = ", ".join(map(str, over[:_NAMED_ROWS])) + (", …" if len(over) > _NAMED_ROWS else "")
    where = f'sheet "{sheet}": ' if sheet else ""
    return (f"{where}ragged rows: {len(over)} row{'s' if len(over) > 1 else ''} ({named}) "
            f"{'have' if len(over) > 1 else 'has'} more cells than the {'header' if headed else 'other rows'} "
            f"({width}): read as they are",)
