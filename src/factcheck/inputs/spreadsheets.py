"""A workbook (.xlsx) read as a CSV table is (tables.py), sheet by sheet, from the values
the spreadsheet program saved with its formulas.

openpyxl (the `xlsx` extra; imported only when a workbook is read) reads it in read-only
mode, streaming, with the cached values of formulas. A workbook saved by a program that
does not compute its formulas holds none: those cells are empty, and a warning says so.
A cell formatted as a percentage or a currency reads as one ("6.5%", "£18"). A place
names the sheet when the workbook has several: 'sheet "2013", row 4, column "Cases"'.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
import zipfile

from factcheck.inputs.source_text import SourceText, Unreadable
from factcheck.inputs.tables import table_rows

INSTALL_XLSX = "pip install 'factcheck-figures[xlsx]'"
# A formula cell saved with no value: <f>…</f> (or a shared formula's <f …/>), then no <v> or an empty one.
_UNCACHED = re.compile(rb"<f\b[^>]*(?:/>|>[^<]*</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>")
_CHUNK = 1 << 20
_OVERLAP = 1 << 16  # longer than any cell's formula and value
_CURRENCIES = ("£", "$", "€", "¥")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: what Excel saves an encrypted workbook (or an .xls) as


def workbook_source(name: str, data: bytes) -> SourceText:
    """Every sheet's statements, one SourceText; Unreadable names what is wrong."""
    try:
        from openpyxl import load_workbook
    except ImportError:
        raise Unreadable(f"reading XLSX needs the xlsx extra: {INSTALL_XLSX}")
    if data.startswith(_OLE):
        raise Unreadable("an encrypted workbook, or an old .xls saved as .xlsx: not readable")
    with warnings.catch_warnings():  # openpyxl warns of what it leaves out (styles, extensions): not the reader's
        warnings.simplefilter("ignore")
        return _read(name, data, load_workbook)


def _read(name: str, data: bytes, load_workbook) -> SourceText:
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises what its zip and XML readers raise
        raise Unreadable(f"not a readable XLSX workbook ({type(exc).__name__}: {exc})")
    texts: list[str] = []
    lines: list[int] = []
    places: list[str] = []
    found: list[str] = []
    try:
        sheets = book.worksheets
        for sheet in sheets:
            rows = [(number, [_cell_text(cell) for cell in row])
                    for number, row in enumerate(sheet.iter_rows(), start=1)]
            table = table_rows(rows, sheet.title if len(sheets) > 1 else "")
            if table.text:
                texts.append(table.text)
                lines += table.lines
                places += table.places
            found += table.warnings
    except Exception as exc:
        raise Unreadable(f"not a readable XLSX workbook ({type(exc).__name__}: {exc})")
    finally:
        book.close()
    uncached = _uncached_formulas(data)
    if uncached:
        found.append(f"{uncached:,} formula cell{'s' if uncached > 1 else ''} with no saved value (read as "
                        f"empty): open and save the workbook in a spreadsheet program to keep their values")
    return SourceText(name, "\n".join(texts), tuple(lines), tuple(places), warnings=tuple(found))


def _cell_text(cell) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (int, float)):
        style = getattr(cell, "number_format", "") or ""
        if "%" in style:
            return f"{value * 100:.6g}%"
        text = str(int(value)) if isinstance(value, float) and value.is_integer() else f"{value:.12g}"
        symbol = next((c for c in _CURRENCIES if c in style), "")
        return f"-{symbol}{text[1:]}" if symbol and text.startswith("-") else symbol + text
    return " ".join(str(value).split())


def _uncached_formulas(data: bytes) -> int:
    """How many formula cells of the workbook's sheets hold no saved value (read from the
    sheets' XML as it streams: a workbook that passed openpyxl is a readable zip)."""
    found = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for member in archive.namelist():
            if not (member.startswith("xl/worksheets/") and member.endswith(".xml")):
                continue
            with archive.open(member) as stream:
                rest = b""
                while chunk := stream.read(_CHUNK):
                    buffer = rest + chunk
                    done, last = max(0, len(buffer) - _OVERLAP), 0
                    for match in _UNCACHED.finditer(buffer):
                        if match.end() <= done:  # one ending later is counted with the next chunk
                            found += 1
                            last = match.end()
                    rest = buffer[max(last, done - _OVERLAP):]
                found += len(_UNCACHED.findall(rest))
    return found
