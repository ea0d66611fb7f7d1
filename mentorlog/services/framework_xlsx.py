"""A competency framework as an XLSX workbook (see framework_files.py for the layout).

Languages: a column (or, in the Framework sheet, a row) holds the framework's own language
(the Framework sheet's ``language``, default ``en``); the same heading followed by a
language code in brackets holds that language: ``title [nb]``, ``3 [fi]``, ``label [fr]``,
``name [nl]``. A translator adds their language's columns beside the ones they translate,
and sees the source beside their wording in the same row; a sheet with no bracketed
column is a one-language framework, as before.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from mentorlog.i18n import LANGUAGES, SOURCE_LANGUAGE, msg
from mentorlog.i18n.messages import Message
from mentorlog.services.framework_checks import PHASES, FrameworkFileError, not_valid
from mentorlog.services.framework_texts import Fail, named, unknown

COMPETENCIES, SCALE, FRAMEWORK = "Competencies", "Scale", "Framework"
SCALE_COLUMNS = ("value", "code", "label", "anchor", "requires_comment", "not_observed")
META_TEXTS = ("name", "description", "change_note")
_BRACKETED = re.compile(r"^(.*?)\s*\[\s*([^\]]*?)\s*\]$")


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
        raise FrameworkFileError(
            msg("{file} is not an XLSX workbook ({reason}).", file=path.name, reason=str(exc))
        ) from exc
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


class _Headings:
    """A sheet's headings, each a text's own-language column or its column in a language
    (``title [nb]``): which column holds which text in which language."""

    def __init__(self, headings: list[str], own: str, sheet: str, fail: Fail) -> None:
        self.index: dict[tuple[str, str], int] = {}
        for i, heading in enumerate(headings):
            if not heading:
                continue
            base, lang = heading.lower(), own
            if match := _BRACKETED.match(heading):
                base, lang = match.group(1).lower(), match.group(2)
                if lang not in LANGUAGES:
                    fail(
                        msg(
                            "the {sheet} sheet's column {heading} names {code}, a language "
                            "mentorlog does not know (it knows {known}){hint}",
                            sheet=sheet,
                            heading=repr(heading),
                            **unknown(lang),
                        )
                    )
            if (base, lang) in self.index:
                fail(
                    msg(
                        "the {sheet} sheet has two columns for {column} in {language}",
                        sheet=sheet,
                        column=base,
                        language=named(lang),
                    )
                )
            self.index[(base, lang)] = i
        self.own = own
        self.languages = tuple(lang for lang in LANGUAGES if any(k[1] == lang for k in self.index))

    def has(self, base: str) -> bool:
        return (base, self.own) in self.index

    def plain(self, row: list[Any], base: str) -> str:
        """A cell that is no text to translate (a code, a value, a yes): the own column's."""
        i = self.index.get((base, self.own))
        return _cell(row[i]) if i is not None and i < len(row) else ""

    def text(self, row: list[Any], base: str) -> str | dict[str, str]:
        """The text of ``base`` in ``row``: a string, or an object by language when the
        sheet has a column for it in another language."""
        given = {
            lang: _cell(row[i]) if i < len(row) else ""
            for (b, lang), i in self.index.items()
            if b == base
        }
        if set(given) <= {self.own}:
            return given.get(self.own, "")
        return {
            lang: given.get(lang, "") for lang in LANGUAGES if lang in given or lang == self.own
        }


def _framework(path, rows, scale_rows, meta, next_version) -> dict:
    name = path.name

    def fail(problem: Message) -> NoReturn:
        raise not_valid(name, problem)

    own = meta.get("language") or SOURCE_LANGUAGE
    if own not in LANGUAGES:
        fail(
            msg(
                "the {sheet} sheet's language is {code}, a language mentorlog does not know "
                "(it knows {known}){hint}",
                sheet=FRAMEWORK,
                **unknown(own),
            )
        )
    rows = [r for r in rows if any(r)]
    if not rows:
        fail(msg("its first sheet is empty"))
    head = _Headings(rows[0], own, COMPETENCIES, fail)
    for column in ("domain", "code", "title"):
        if not head.has(column):
            fail(
                msg(
                    "the {sheet} sheet has no column {column} (row 1 names the columns)",
                    sheet=COMPETENCIES,
                    column=column,
                )
            )
    level_columns = sorted({int(b) for b, _ in head.index if b.isdigit()})
    if not level_columns:
        fail(msg("the competencies sheet needs one column per level, headed 1, 2, 3 …"))
    if scale_rows is None and len(head.languages) > 1:
        fail(
            msg(
                "a workbook in several languages needs a {sheet} sheet giving each level's "
                "label and anchor in each of them (columns label [nb], anchor [nb] …)",
                sheet=SCALE,
            )
        )
    scale = _scale(scale_rows, level_columns, own, fail)
    domains: dict[str, dict[str, Any]] = {}
    for number, r in enumerate(rows[1:], start=2):
        domain_name, code = head.plain(r, "domain"), head.plain(r, "code")
        if not domain_name or not code or not head.plain(r, "title"):
            fail(msg("row {number} needs a domain, a code and a title", number=str(number)))
        domain_text, title = head.text(r, "domain"), head.text(r, "title")
        domain = domains.setdefault(
            domain_name, {"key": slug(domain_name)[:40], "name": domain_text, "competencies": []}
        )
        _same_domain(domain, domain_text, number, fail)
        anchors = {str(v): head.text(r, str(v)) for v in level_columns}
        domain["competencies"].append(
            {
                "key": code,
                "name": title,
                "description": head.text(r, "description"),
                "anchors": {v: text for v, text in anchors.items() if text},
            }
        )
    key = meta.get("key") or slug(meta.get("name") or path.stem)
    version = meta.get("version", "")
    expectations = {}
    for phase in PHASES:
        setting = f"expected_{phase}"
        value = meta.get(setting, "")
        if value:
            if not value.lstrip("-").isdigit():
                fail(
                    msg(
                        "{setting} in the {sheet} sheet must be a level number",
                        setting=setting,
                        sheet=FRAMEWORK,
                    )
                )
            expectations[phase] = int(value)
    meta_head = _Headings(list(meta), own, FRAMEWORK, fail)
    values = list(meta.values())
    texts = {t: meta_head.text(values, t) for t in META_TEXTS}
    return {
        "key": key,
        "language": own,
        "name": texts["name"] or path.stem,
        "version": int(version) if version.isdigit() else next_version(key),
        "description": texts["description"],
        "change_note": texts["change_note"],
        "scale": scale,
        "phase_expectations": expectations,
        "domains": list(domains.values()),
    }


def _same_domain(domain: dict[str, Any], given: str | dict[str, str], row: int, fail: Fail) -> None:
    """A domain's name in each language, from the first of its rows to give it; a row
    giving it otherwise is refused."""
    known = domain["name"]
    if isinstance(given, str) or given is known:
        return
    for lang, text in given.items():
        if text and known.get(lang) and known[lang] != text:
            fail(
                msg(
                    "row {row} names the domain {key} {text} in {language}, an earlier row "
                    "{earlier}",
                    row=str(row),
                    key=domain["key"],
                    text=repr(text),
                    language=named(lang),
                    earlier=repr(known[lang]),
                )
            )
        if text:
            known[lang] = text


def _scale(scale_rows, rated: list[int], own: str, fail: Fail) -> list[dict[str, Any]]:
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
    head = _Headings([_cell(h) for h in scale_rows[0]], own, SCALE, fail)
    if not head.has("value") or not head.has("code"):
        fail(
            msg(
                "the {sheet} sheet needs the columns {columns}",
                sheet=SCALE,
                columns=", ".join(SCALE_COLUMNS),
            )
        )
    levels = []
    for number, r in enumerate(scale_rows[1:], start=2):
        if not any(_cell(v) for v in r):
            continue
        raw = head.plain(r, "value")
        if not raw.isdigit():
            fail(
                msg(
                    "row {number} of the {sheet} sheet: the value must be a whole number",
                    number=str(number),
                    sheet=SCALE,
                )
            )
        levels.append(
            {
                "value": int(raw),
                "code": head.plain(r, "code"),
                "label": head.text(r, "label"),
                "anchor": head.text(r, "anchor"),
                "requires_comment": _truthy(head.plain(r, "requires_comment")),
                "is_not_observed": _truthy(head.plain(r, "not_observed")),
            }
        )
    return levels


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "framework"


def _in(value: Any, lang: str, own: str) -> str:
    """A text of the JSON format in one language."""
    if isinstance(value, dict):
        return value.get(lang, "")
    return (value or "") if lang == own else ""


def _scale_cell(level: dict[str, Any], field: str, lang: str, own: str) -> Any:
    if field in ("requires_comment", "is_not_observed"):
        return "yes" if level.get(field) else ""
    if field in ("value", "code"):
        return level[field]
    return _in(level.get(field), lang, own)


def xlsx_bytes(data: dict[str, Any]) -> bytes:
    """The workbook for a framework in the JSON format: each text in the framework's own
    language, and beside it a column for each other language it has."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    own = data.get("language") or SOURCE_LANGUAGE
    others = [lang for lang in data.get("languages") or [own] if lang != own]

    def columns(base: str) -> list[tuple[str, str]]:
        return [(base, own), *((f"{base} [{lang}]", lang) for lang in others)]

    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)  # a new workbook's one sheet
    sheet.title = COMPETENCIES
    rated = [lv["value"] for lv in data["scale"] if not lv.get("is_not_observed")]
    layout = [
        *(("domain", h, lang) for h, lang in columns("domain")),
        ("code", "code", own),
        *(("name", h, lang) for h, lang in columns("title")),
        *(("description", h, lang) for h, lang in columns("description")),
        *((str(v), h, lang) for v in rated for h, lang in columns(str(v))),
    ]
    sheet.append([heading for _, heading, _ in layout])
    for domain in data["domains"]:
        for c in domain["competencies"]:
            texts = {"domain": domain["name"], "code": c["key"], **c, **c["anchors"]}
            sheet.append([_in(texts.get(field), lang, own) for field, _, lang in layout])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = {"domain": 28, "code": 10, "name": 34, "description": 40}
    for i, (field, _, _) in enumerate(layout, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = widths.get(field, 40)
    sheet.freeze_panes = f"{get_column_letter(len(columns('domain')) + 2)}2"  # domain, code
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    scale = book.create_sheet(SCALE)
    scale_layout = [
        ("value", "value", own),
        ("code", "code", own),
        *(("label", h, lang) for h, lang in columns("label")),
        *(("anchor", h, lang) for h, lang in columns("anchor")),
        ("requires_comment", "requires_comment", own),
        ("is_not_observed", "not_observed", own),
    ]
    scale.append([heading for _, heading, _ in scale_layout])
    for lv in data["scale"]:
        scale.append([_scale_cell(lv, field, lang, own) for field, _, lang in scale_layout])
    meta = book.create_sheet(FRAMEWORK)
    meta.append(["key", data.get("key", "")])
    meta.append(["language", own])
    meta.append(["version", data.get("version", "")])
    for field in META_TEXTS:
        for heading, lang in columns(field):
            meta.append([heading, _in(data.get(field), lang, own)])
    for phase, value in data.get("phase_expectations", {}).items():
        meta.append([f"expected_{phase}", value])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
