"""A competency framework as an XLSX workbook (see framework_files.py for the layout)."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mentorlog.services.frameworks import FrameworkFileError

COMPETENCIES, SCALE, FRAMEWORK = "Competencies", "Scale", "Framework"
SCALE_COLUMNS = ("value", "code", "label", "anchor", "requires_comment", "not_observed")
PHASES = ("induction", "early", "midpoint", "final")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _truthy(value: Any) -> bool:
    return _cell(value).lower() in ("1", "yes", "true", "x", "ja", "jah", "kyllä", "oui")


def read_xlsx_framework(path: Path, raw: bytes, next_version: Callable[[str], int]) -> dict:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise FrameworkFileError(f"{path.name} is not an XLSX workbook ({exc}).") from exc
    try:
        sheets = {ws.title.strip().lower(): ws for ws in book.worksheets}
        comp_sheet = sheets.get(COMPETENCIES.lower(), book.worksheets[0])
        rows = [[_cell(c) for c in r] for r in comp_sheet.iter_rows(values_only=True)]
        meta = {}
        if FRAMEWORK.lower() in sheets:
            for r in sheets[FRAMEWORK.lower()].iter_rows(values_only=True):
                if r and _cell(r[0]):
                    meta[_cell(r[0]).lower()] = _cell(r[1]) if len(r) > 1 else ""
        scale_rows = (
            [list(r) for r in sheets[SCALE.lower()].iter_rows(values_only=True)]
            if SCALE.lower() in sheets
            else None
        )
    finally:
        book.close()
    return _framework(path, rows, scale_rows, meta, next_version)


def _framework(path, rows, scale_rows, meta, next_version) -> dict:
    name = path.name

    def fail(message: str) -> None:
        raise FrameworkFileError(f"The framework {name} is not valid: {message}")

    rows = [r for r in rows if any(r)]
    if not rows:
        fail("its first sheet is empty")
    header = [h.lower() for h in rows[0]]
    for column in ("domain", "code", "title"):
        if column not in header:
            fail(f"the {COMPETENCIES} sheet has no column {column} (row 1 names the columns)")
    level_columns = {i: int(h) for i, h in enumerate(header) if h.isdigit()}
    if not level_columns:
        fail("the competencies sheet needs one column per level, headed 1, 2, 3 …")
    scale = _scale(scale_rows, sorted(level_columns.values()), fail)
    domains: dict[str, dict[str, Any]] = {}
    for number, r in enumerate(rows[1:], start=2):
        r = r + [""] * (len(header) - len(r))
        get = {h: r[i] for i, h in enumerate(header)}
        domain_name = get["domain"]
        if not domain_name or not get["code"] or not get["title"]:
            fail(f"row {number} needs a domain, a code and a title")
        domain = domains.setdefault(
            domain_name, {"key": slug(domain_name)[:40], "name": domain_name, "competencies": []}
        )
        domain["competencies"].append(
            {
                "key": get["code"],
                "name": get["title"],
                "description": get.get("description", ""),
                "anchors": {str(v): r[i] for i, v in level_columns.items() if r[i]},
            }
        )
    key = meta.get("key") or slug(meta.get("name") or path.stem)
    version = meta.get("version", "")
    expectations = {}
    for phase in PHASES:
        value = meta.get(f"expected_{phase}", "")
        if value:
            if not value.lstrip("-").isdigit():
                fail(f"expected_{phase} in the {FRAMEWORK} sheet must be a level number")
            expectations[phase] = int(value)
    return {
        "key": key,
        "name": meta.get("name") or path.stem,
        "version": int(version) if version.isdigit() else next_version(key),
        "description": meta.get("description", ""),
        "change_note": meta.get("change_note", ""),
        "scale": scale,
        "phase_expectations": expectations,
        "domains": list(domains.values()),
    }


def _scale(scale_rows, rated: list[int], fail) -> list[dict[str, Any]]:
    if scale_rows is None:
        return [
            {
                "value": 0,
                "code": "N.O.",
                "label": "Not observed",
                "is_not_observed": True,
                "anchor": "The behaviour did not come up on this shift, or was not seen.",
            },
            *(
                {
                    "value": v,
                    "code": str(v),
                    "label": f"Level {v}",
                    "anchor": f"Level {v}.",
                    "requires_comment": False,
                    "is_not_observed": False,
                }
                for v in rated
            ),
        ]
    header = [_cell(h).lower() for h in scale_rows[0]]
    if "value" not in header or "code" not in header:
        fail(f"the {SCALE} sheet needs the columns {', '.join(SCALE_COLUMNS)}")
    levels = []
    for number, r in enumerate(scale_rows[1:], start=2):
        get = {h: r[i] if i < len(r) else None for i, h in enumerate(header)}
        if not any(_cell(v) for v in get.values()):
            continue
        raw = _cell(get.get("value"))
        if not raw.isdigit():
            fail(f"row {number} of the {SCALE} sheet: the value must be a whole number")
        levels.append(
            {
                "value": int(raw),
                "code": _cell(get.get("code")),
                "label": _cell(get.get("label")),
                "anchor": _cell(get.get("anchor")),
                "requires_comment": _truthy(get.get("requires_comment")),
                "is_not_observed": _truthy(get.get("not_observed")),
            }
        )
    return levels


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "framework"


def xlsx_bytes(data: dict[str, Any]) -> bytes:
    """The workbook for a framework in the JSON format."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.worksheet import Worksheet

    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)  # a new workbook's one sheet
    sheet.title = COMPETENCIES
    rated = [lv["value"] for lv in data["scale"] if not lv.get("is_not_observed")]
    sheet.append(["domain", "code", "title", "description", *[str(v) for v in rated]])
    for domain in data["domains"]:
        for c in domain["competencies"]:
            sheet.append(
                [
                    domain["name"],
                    c["key"],
                    c["name"],
                    c.get("description", ""),
                    *[c["anchors"].get(str(v), "") for v in rated],
                ]
            )
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, width in zip("ABCD", (28, 10, 34, 40), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    scale = book.create_sheet(SCALE)
    scale.append(list(SCALE_COLUMNS))
    for lv in data["scale"]:
        scale.append(
            [
                lv["value"],
                lv["code"],
                lv["label"],
                lv["anchor"],
                "yes" if lv.get("requires_comment") else "",
                "yes" if lv.get("is_not_observed") else "",
            ]
        )
    meta = book.create_sheet(FRAMEWORK)
    for key in ("key", "name", "version", "description", "change_note"):
        meta.append([key, data.get(key, "")])
    for phase, value in data.get("phase_expectations", {}).items():
        meta.append([f"expected_{phase}", value])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
