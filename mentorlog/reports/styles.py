"""Colours, paragraph styles and wording shared by every report, built once per process."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from xml.sax.saxutils import escape

from babel.dates import format_date
from babel.numbers import format_decimal
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from mentorlog.i18n import SOURCE_LANGUAGE, current_language
from mentorlog.i18n.messages import N_, gettext
from mentorlog.reports.fonts import BOLD, OBLIQUE, REGULAR, register_fonts

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
ACCENT = colors.HexColor("#1D4E89")
ACCENT_LIGHT = colors.HexColor("#E8EEF6")
RULE = colors.HexColor("#C9D2DC")
ZEBRA = colors.HexColor("#F6F8FA")
WARN = colors.HexColor("#B4531A")
WARN_LIGHT = colors.HexColor("#FBEDE4")
GOOD = colors.HexColor("#2F7D4F")
# One colour per domain in charts; colour-blind-safe (Okabe-Ito) and readable in grey.
SERIES = [
    colors.HexColor(c)
    for c in (
        "#0072B2",
        "#D55E00",
        "#009E73",
        "#CC79A7",
        "#E69F00",
        "#56B4E9",
        "#000000",
        "#8C6D31",
        "#7F3C8D",
    )
]


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    cell_right: ParagraphStyle
    head_cell: ParagraphStyle
    head_cell_right: ParagraphStyle  # over a column of numbers, aligned with them
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    note: ParagraphStyle
    entry: ParagraphStyle


@cache
def styles() -> Styles:
    """The report's paragraph styles (made once: a cohort export reuses them)."""
    register_fonts()

    def style(name: str, **kw: object) -> ParagraphStyle:
        base = {"fontName": REGULAR, "fontSize": 9, "leading": 12.2, "textColor": INK}
        base.update(kw)
        return ParagraphStyle(name, **base)  # type: ignore[arg-type]

    return Styles(
        body=style("body", spaceAfter=4),
        small=style("small", fontSize=8, leading=10.5),
        muted=style("muted", fontSize=8, leading=10.5, textColor=MUTED),
        cell=style("cell", fontSize=8, leading=10.2),
        cell_bold=style("cell_bold", fontName=BOLD, fontSize=8, leading=10.2),
        cell_small=style("cell_small", fontSize=7.2, leading=9.2, textColor=MUTED),
        cell_right=style("cell_right", fontSize=8, leading=10.2, alignment=TA_RIGHT),
        head_cell=style("head_cell", fontName=BOLD, fontSize=7.5, leading=9.5, textColor=ACCENT),
        head_cell_right=style(
            "head_cell_right",
            fontName=BOLD,
            fontSize=7.5,
            leading=9.5,
            textColor=ACCENT,
            alignment=TA_RIGHT,
        ),
        title=style(
            "title", fontName=BOLD, fontSize=20, leading=24, textColor=ACCENT, spaceAfter=2
        ),
        subtitle=style("subtitle", fontSize=12, leading=16, textColor=INK, spaceAfter=10),
        h1=style(
            "h1",
            fontName=BOLD,
            fontSize=13.5,
            leading=17,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=6,
        ),
        h2=style(
            "h2",
            fontName=BOLD,
            fontSize=10.5,
            leading=13.5,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        h3=style(
            "h3",
            fontName=BOLD,
            fontSize=9,
            leading=12,
            spaceBefore=5,
            spaceAfter=1,
            keepWithNext=1,
            alignment=TA_LEFT,
        ),
        note=style(
            "note", fontName=OBLIQUE, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=6
        ),
        # An observation: its heading line and body in one paragraph under a hairline.
        entry=style(
            "entry",
            fontSize=8.4,
            leading=11,
            spaceBefore=5,
            spaceAfter=1,
            borderWidth=0,
        ),
    )


# A list table: a header rule, hairlines between rows, light zebra stripes, even padding.
LIST_TABLE: tuple[tuple[object, ...], ...] = (
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
    ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
    ("ROWBACKGROUNDS", (0, 1), (-1, -1), ["white", ZEBRA]),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
)


MIN_HEAD_SIZE = 5.5


def fit_header(row: Sequence[object], widths: Sequence[float], padding: float = 6) -> list[object]:
    """``row`` (a table's header) with a heading's type made smaller where its longest word
    would not fit its column: a translation's long compound ("Havaintomerkinnät",
    "Ontwikkelingsdoelen") is shrunk whole rather than broken inside the word."""
    fitted: list[object] = []
    for cell, width in zip(row, widths, strict=False):
        if isinstance(cell, Paragraph) and cell.text:
            style = cell.style
            words = re.sub(r"<[^>]*>", " ", cell.text).split()
            need = max((stringWidth(w, style.fontName, style.fontSize) for w in words), default=0)
            room = width - padding
            if need > room > 0:
                size = max(MIN_HEAD_SIZE, style.fontSize * room / need)
                smaller = ParagraphStyle(
                    f"{style.name}-fit", parent=style, fontSize=size, leading=size * 1.25
                )
                cell = Paragraph(cell.text, smaller)
        fitted.append(cell)
    return fitted


def heading(markup: str) -> list[Flowable]:
    """A section title that starts a new page when little room is left. Not keepWithNext:
    ReportLab would bind it to a whole long table and leave the page above blank."""
    return [CondPageBreak(90), Paragraph(markup, styles().h1)]


def text(value: str) -> str:
    """User text made safe for ReportLab's paragraph markup; line breaks kept."""
    return escape(value.strip()).replace("\n", "<br/>")


def day(value: date | None) -> str:
    """A date in the reader's language: ISO 8601 in English (unambiguous for readers in
    every European country), the language's own medium form in the others ("2. des.
    2026", "2 déc. 2026")."""
    if not value:
        return "–"
    lang = current_language()
    if lang == SOURCE_LANGUAGE:
        return value.isoformat()
    return format_date(value, "medium", locale=lang)


def zone_name(value: datetime) -> str:
    """The zone of ``value`` as a reader knows it ("CET", "EEST"), else its UTC offset."""
    name = value.tzname() or ""
    if name and not name.startswith(("+", "-", "UTC+", "UTC-")):
        return name
    offset = value.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def moment(value: datetime) -> str:
    """A time as "2026-05-01 14:30 CEST": in the zone it carries, the zone named; the
    date in the reader's language (see ``day``)."""
    return f"{day(value.date())} {value:%H:%M} {zone_name(value)}".rstrip()


# Each stored vocabulary value (models/enums.py) as a reader writes it, for the catalogue.
_WORDS = {
    "induction": N_("Induction"),
    "early": N_("Early"),
    "midpoint": N_("Mid-point"),
    "final": N_("Final"),
    "planned": N_("Planned"),
    "active": N_("Active"),
    "completed": N_("Completed"),
    "withdrawn": N_("Withdrawn"),
    "interrupted": N_("Interrupted"),
    "late": N_("Late"),
    "night": N_("Night"),
    "day": N_("Day"),
    "shared": N_("Shared"),
    "private": N_("Private"),
    "draft": N_("Draft"),
    "published": N_("Published"),
    "free_text": N_("Free text"),
    "gibbs": N_("Gibbs cycle"),
    "socratic": N_("Socratic dialogue"),
    "open": N_("Open"),
    "in_progress": N_("In progress"),
    "achieved": N_("Achieved"),
    "dropped": N_("Dropped"),
    "on_track": N_("On track"),
    "needs_support": N_("Needs support"),
    "at_risk": N_("At risk"),
    "passed": N_("Passed"),
    "not_passed": N_("Not passed"),
    "monitoring": N_("Monitoring"),
    "resolved": N_("Resolved"),
    "escalated": N_("Escalated"),
    "signed": N_("Signed"),
    "acknowledged": N_("Acknowledged"),
    "disagreed": N_("Disagreed"),
    "mentor": N_("Mentor"),
    "student": N_("Student"),
    "coordinator": N_("Coordinator"),
    "administrator": N_("Administrator"),
    "": "–",
}


def label(value: str) -> str:
    """A stored vocabulary value as a reader would write it ("on_track" -> "On track"),
    in the reader's language."""
    english = _WORDS.get(value)
    if english is None:
        return value.replace("_", " ").capitalize()
    return gettext(english) if english != "–" else english


def hours(value: float) -> str:
    """Hours with at most one decimal, in the reader's language ("7.5", "7,5")."""
    lang = current_language()
    if lang == SOURCE_LANGUAGE:
        return f"{value:.1f}".rstrip("0").rstrip(".")
    return format_decimal(round(value, 1), "#,##0.#", locale=lang)


def number(value: float, digits: int = 0) -> str:
    """A number in the reader's language, with ``digits`` decimals."""
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, pattern, locale=current_language())
