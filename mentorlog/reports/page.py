"""The page every report shares: a running header (academy, report title, student, prison,
period), a footer with the generation date, "Page x of y" and the audit trail's head when
it was made, and the build itself.

The head (its event count, the newest event's number and hash) is printed on every page
and kept in the PDF's keywords as ``mentorlog-audit-head seq=N hash=H events=E``:
``mentorlog verify-report FILE.pdf`` reads it there and checks it against the database.

Documents are built in ReportLab's invariant mode, so the same data and the same
generation date give byte-identical PDFs (coordinators can compare and file them).
"""

from __future__ import annotations

import gc
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from mentorlog.i18n.messages import document_tag, gettext
from mentorlog.reports.content import AuditHead
from mentorlog.reports.fonts import BOLD, REGULAR, register_fonts
from mentorlog.reports.styles import ACCENT, INK, MUTED, RULE, moment

MARGIN_X = 16 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 17 * mm


@dataclass(frozen=True)
class PageFrame:
    """What the header and footer of each page say."""

    academy: str
    title: str
    subject: str  # the student, or the cohort
    place: str  # the prison, or the prisons
    period: str
    generated_at: datetime
    landscape: bool = False
    confidentiality: str = ""  # default: "Confidential: personal data of the student"
    audit_head: AuditHead | None = None


def _fit(canvas: Canvas, value: str, font: str, size: float, width: float) -> str:
    """Shorten ``value`` with an ellipsis so it never runs into the other column."""
    if canvas.stringWidth(value, font, size) <= width:
        return value
    while value and canvas.stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value.rstrip() + "…"


def _draw_furniture(canvas: Canvas, frame: PageFrame) -> None:
    width, height = canvas._pagesize
    left, right = MARGIN_X, width - MARGIN_X
    half = (right - left) / 2 - 6
    top = height - 11 * mm
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 8)
    canvas.drawString(left, top, _fit(canvas, frame.academy, BOLD, 8, half))
    canvas.setFillColor(INK)
    canvas.setFont(REGULAR, 8)
    canvas.drawString(left, top - 10, _fit(canvas, frame.title, REGULAR, 8, half))
    canvas.setFont(BOLD, 8)
    canvas.drawRightString(right, top, _fit(canvas, frame.subject, BOLD, 8, half))
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(MUTED)
    line = " · ".join(part for part in (frame.place, frame.period) if part)
    canvas.drawRightString(right, top - 10, _fit(canvas, line, REGULAR, 8, half))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(left, top - 15, right, top - 15)
    canvas.line(left, MARGIN_BOTTOM - 5 * mm, right, MARGIN_BOTTOM - 5 * mm)
    canvas.setFont(REGULAR, 7.5)
    confidentiality = frame.confidentiality or gettext("Confidential: personal data of the student")
    canvas.drawString(
        left,
        MARGIN_BOTTOM - 9 * mm,
        gettext(
            "Generated {moment} by mentorlog · {confidentiality}",
            moment=moment(frame.generated_at),
            confidentiality=confidentiality,
        ),
    )
    if frame.audit_head is not None:
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 6.5)
        line = frame.audit_head.footer()
        canvas.drawString(
            left, MARGIN_BOTTOM - 12.5 * mm, _fit(canvas, line, REGULAR, 6.5, right - left)
        )
    canvas.restoreState()


def _numbered_canvas(frame: PageFrame) -> type[Canvas]:
    """A canvas that holds pages back until the end so each can say "Page x of y" in one
    pass (a second layout pass would double the time of a 50-page report)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            # Invariant mode would date every file 2000-01-01: the generation time is the
            # real one, and keeps the same data giving the same bytes.
            self.setDateFormatter(lambda *_ignored: _pdf_date(frame.generated_at))

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                width = self._pagesize[0]
                self.saveState()
                self.setFont(BOLD, 7.5)
                self.setFillColor(INK)
                self.drawRightString(
                    width - MARGIN_X,
                    MARGIN_BOTTOM - 9 * mm,
                    gettext("Page {number} of {total}", number=number, total=total),
                )
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


def _pdf_date(value: datetime) -> str:
    """A PDF date string (D:YYYYMMDDHHmmSS+HH'mm') for an aware datetime."""
    offset = value.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    return f"D:{value:%Y%m%d%H%M%S}{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"


def build_pdf(story: Sequence[Flowable], frame: PageFrame, *, subject: str) -> tuple[bytes, int]:
    """Lay out ``story`` on report pages; returns the PDF and its page count."""
    register_fonts()
    buffer = io.BytesIO()
    size = landscape(A4) if frame.landscape else A4
    doc = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{frame.title}: {frame.subject}",
        author=frame.academy or "mentorlog",
        subject=subject,
        keywords=frame.audit_head.keywords() if frame.audit_head is not None else "",
        creator="mentorlog",
        invariant=1,
        # The reader's language, for screen readers and text extraction.
        lang=document_tag(),
        # The canvas starts every page in this face: no Helvetica reference in the PDF.
        initialFontName=REGULAR,
    )
    body = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates(
        [PageTemplate(id="report", frames=[body], onPage=lambda c, _d: _draw_furniture(c, frame))]
    )
    # Layout allocates hundreds of thousands of short-lived objects; the cyclic
    # collector's full passes over them cost ~15% of a report. Reference counting still
    # frees them; cycles are collected once the build is done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        doc.build(list(story), canvasmaker=_numbered_canvas(frame))
    finally:
        if collecting:
            gc.enable()
    return buffer.getvalue(), doc.page


def content_width(frame: PageFrame) -> float:
    size = landscape(A4) if frame.landscape else A4
    return size[0] - 2 * MARGIN_X
