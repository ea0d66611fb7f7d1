"""Reading a table from a CSV or XLSX file: rows of text keyed by lower-case header, each
remembering its row number in the file, so a problem can be named where the person will
look for it ("row 7, column mentor (D)").

CSV is read as Excel writes it in European locales too: UTF-8 with or without a byte
order mark, ``;`` or ``,`` between fields, quoted fields (with quotes, separators and line
breaks inside). XLSX is read with openpyxl: the first sheet, values as shown.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from mentorlog.i18n import SOURCE_LANGUAGE, Message, msg, word
from mentorlog.services.errors import ServiceError

MAX_ROWS = 100_000


class ImportFileError(ServiceError):
    """A file that cannot be read as a table at all (not CSV or XLSX, empty, no header)."""


@dataclass(frozen=True)
class Problem:
    row: int  # the row in the file (the header is row 1); 0 for the file as a whole
    column: str  # the header's name, "" for the whole row
    message: Message | str
    letter: str = ""  # the spreadsheet column letter, for an XLSX file

    def worded(self, lang: str | None = None) -> str:
        """Where in the file, and what is wrong there, in ``lang``."""
        problem = word(self.message, lang)
        if not self.row:
            return problem
        if self.column and self.letter:
            where = msg(
                "row {row}, column {column} ({letter}): {problem}",
                row=str(self.row),
                column=self.column,
                letter=self.letter,
                problem=problem,
            )
        elif self.column:
            where = msg(
                "row {row}, column {column}: {problem}",
                row=str(self.row),
                column=self.column,
                problem=problem,
            )
        else:
            where = msg("row {row}: {problem}", row=str(self.row), problem=problem)
        return where.word(lang)

    def __str__(self) -> str:
        return self.worded(SOURCE_LANGUAGE)


@dataclass
class Table:
    name: str  # the file's name, for messages
    columns: list[str]  # lower-case headers, in file order
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    spreadsheet: bool = False

    def letter(self, column: str) -> str:
        if not self.spreadsheet or column not in self.columns:
            return ""
        return _column_letter(self.columns.index(column) + 1)

    def problem(self, row: int, column: str, message: Message | str) -> Problem:
        return Problem(row, column, message, self.letter(column))


def _column_letter(n: int) -> str:
    letters = ""
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def read_table(path: Path, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> Table:
    """The table in ``path``; ImportFileError when it is no table or lacks a column."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(
            msg("Cannot read {file}: {reason}.", file=path.name, reason=exc.strerror or exc)
        ) from exc
    if not data.strip():
        raise ImportFileError(
            msg("{file} is empty: it needs a header row and a row per entry.", file=path.name)
        )
    is_zip = data[:4] == b"PK\x03\x04"  # an XLSX workbook is a zip archive
    table = _read_xlsx(path.name, data) if is_zip else _read_csv(path.name, data)
    missing = [c for c in required if c not in table.columns]
    if missing:
        raise ImportFileError(
            # TRANSLATORS: {names} are the missing columns, {names2} all the columns.
            msg(
                "{file} has no column {names}. Its first row must name the columns: {names2} (in "
                "any order and case).",
                file=path.name,
                names=", ".join(missing),
                names2=", ".join(required + optional),
            )
        )
    if not table.rows:
        raise ImportFileError(
            msg("{file} has a header row but no entries below it.", file=path.name)
        )
    return table


def _headers(name: str, cells: list[Any]) -> list[str]:
    headers = [str(c or "").strip().lower().replace(" ", "_") for c in cells]
    while headers and not headers[-1]:
        headers.pop()
    seen: set[str] = set()
    for h in headers:
        if h and h in seen:
            raise ImportFileError(
                msg("{name} names the column {column} twice in its first row.", name=name, column=h)
            )
        seen.add(h)
    if not any(headers):
        raise ImportFileError(msg("{name} has no header row naming its columns.", name=name))
    return headers


def _read_csv(name: str, data: bytes) -> Table:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            msg(
                "{name} is neither a CSV file in UTF-8 nor an XLSX workbook. In Excel, save it as "
                "“CSV UTF-8” or as an Excel workbook (.xlsx).",
                name=name,
            )
        ) from exc
    if "\x00" in text:
        raise ImportFileError(msg("{name} is not a CSV file or an XLSX workbook.", name=name))
    if not text.strip():
        raise ImportFileError(
            msg("{name} is empty: it needs a header row and a row per entry.", name=name)
        )
    first = text.splitlines()[0] if text.splitlines() else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        lines = list(reader)
    except csv.Error as exc:
        raise ImportFileError(
            msg("{name} is not a readable CSV file: {reason}.", name=name, reason=exc)
        ) from exc
    headers = _headers(name, lines[0])
    table = Table(name, headers)
    row_number = 1
    for cells in lines[1:]:
        row_number += 1
        if not any(c.strip() for c in cells):
            continue
        if len(table.rows) >= MAX_ROWS:
            raise ImportFileError(
                msg("{name} has more than {limit} rows; split it.", name=name, limit=MAX_ROWS)
            )
        table.rows.append((row_number, _cells(headers, cells)))
    return table


def _cells(headers: list[str], cells: list[Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for header, cell in zip(headers, cells, strict=False):
        if header:
            values[header] = cell.strip() if isinstance(cell, str) else cell
    return values


def _read_xlsx(name: str, data: bytes) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ImportFileError(
            msg("{name} is not an XLSX workbook that can be read: {reason}.", name=name, reason=exc)
        ) from exc
    try:
        sheet = book.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None:
            raise ImportFileError(msg("{name} is empty: its first sheet has no rows.", name=name))
        headers = _headers(name, list(header))
        table = Table(name, headers, spreadsheet=True)
        for row_number, cells in enumerate(rows, start=2):
            if not any(c is not None and str(c).strip() for c in cells):
                continue
            if len(table.rows) >= MAX_ROWS:
                raise ImportFileError(
                    msg(
                        "{name} has more than {limit} rows; split it.",
                        name=name,
                        limit=MAX_ROWS,
                    )
                )
            table.rows.append((row_number, _cells(headers, [_xlsx_value(c) for c in cells])))
        return table
    finally:
        book.close()


def _xlsx_value(cell: Any) -> Any:
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        return cell.date() if not (cell.hour or cell.minute or cell.second) else cell
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, date):
        return cell
    return str(cell).strip()


def text(values: dict[str, Any], column: str) -> str:
    value = values.get(column, "")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip() if value is not None else ""


def parse_day(value: Any) -> date | None:
    """A date from a cell: an XLSX date, ISO ``2027-01-31`` or ``31.01.2027``."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raw = str(value or "").strip()
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    return None
