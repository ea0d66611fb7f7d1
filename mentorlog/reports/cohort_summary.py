"""The cohort summary for coordinators: one table per training prison, landscape A4."""

from __future__ import annotations

from datetime import datetime
from itertools import groupby

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from mentorlog.reports.content import CohortStudentLine, CohortSummary
from mentorlog.reports.page import PageFrame, build_pdf, content_width
from mentorlog.reports.styles import (
    LIST_TABLE,
    day,
    heading,
    hours,
    label,
    styles,
    text,
)

TITLE = "Cohort summary"
HEADERS = (
    "Student",
    "Phase",
    "Hours logged",
    "Last entry",
    "Observations",
    "Below expected level",
    "Open concerns",
    "To acknowledge",
)
WIDTHS = (0.2, 0.08, 0.12, 0.09, 0.1, 0.23, 0.08, 0.1)


def _period(summary: CohortSummary) -> str:
    if summary.period_from is None and summary.period_to is None:
        return "whole placements"
    return f"{day(summary.period_from)} – {day(summary.period_to)}"


def render_cohort_summary(summary: CohortSummary, *, generated_at: datetime) -> tuple[bytes, int]:
    """The PDF for ``summary`` and its page count."""
    prisons = sorted({line.prison for line in summary.lines})
    frame = PageFrame(
        academy=summary.academy,
        title=TITLE,
        subject=summary.cohort,
        place=f"{len(prisons)} training prison{'s' if len(prisons) != 1 else ''}",
        period=_period(summary),
        generated_at=generated_at,
        landscape=True,
        confidentiality="Confidential: personal data of students",
        audit_head=summary.audit_head,
    )
    width = content_width(frame)
    s = styles()
    story: list[Flowable] = [
        Paragraph(text(summary.cohort), s.title),
        Paragraph(f"{TITLE} · {text(summary.academy)} · {_period(summary)}", s.subtitle),
        Paragraph(_overview(summary, len(prisons)), s.body),
    ]
    if summary.expected_by_phase:
        expected = ", ".join(
            f"{label(phase).lower()} {value}"
            for phase, value in sorted(summary.expected_by_phase.items(), key=lambda kv: kv[1])
        )
        story.append(
            Paragraph(
                "A competency counts as below the expected level when the mentor's latest "
                "rating of it is under the level expected by the end of the student's phase "
                f"({expected}).",
                s.note,
            )
        )
    if not summary.lines:
        story.append(Paragraph("This cohort has no placements yet.", s.body))
    for prison, group in groupby(summary.lines, key=lambda line: line.prison):
        lines = list(group)
        story += heading(
            f"{text(prison)} <font color='#5F6B7A' size='9'>· {len(lines)} "
            f"placement{'s' if len(lines) != 1 else ''}</font>"
        )
        story.append(_prison_table(lines, width))
    return build_pdf(story, frame, subject=f"{TITLE} for {summary.cohort}")


def _overview(summary: CohortSummary, prisons: int) -> str:
    lines = summary.lines
    concerns = sum(line.open_concerns for line in lines)
    backlog = sum(line.unacknowledged for line in lines)
    behind = sum(1 for line in lines if line.below_expected)
    return (
        f"<b>{len(lines)}</b> placement{'s' if len(lines) != 1 else ''} in <b>{prisons}</b> "
        f"training prison{'s' if prisons != 1 else ''}. <b>{concerns}</b> open cause"
        f"{'s' if concerns != 1 else ''} for concern; <b>{behind}</b> placement"
        f"{'s' if behind != 1 else ''} below the expected level in at least one competency; "
        f"<b>{backlog}</b> shared observation{'s' if backlog != 1 else ''} not yet "
        "acknowledged."
    )


def _prison_table(lines: list[CohortStudentLine], width: float) -> Table:
    s = styles()
    rows: list[list[object]] = [[Paragraph(h, s.head_cell) for h in HEADERS]]
    for line in lines:
        share = f" ({line.hours_logged / line.target_hours:.0%})" if line.target_hours else ""
        below = text(", ".join(line.below_expected)) if line.below_expected else "none"
        if line.below_expected:
            below = f"<font color='#B4531A'><b>{len(line.below_expected)}</b></font>: {below}"
        dates = f"{day(line.starts_on)} – {day(line.ends_on)}" if line.starts_on else ""
        rows.append(
            [
                Paragraph(
                    f"<b>{text(line.student)}</b><br/><font size='6.8' color='#5F6B7A'>"
                    f"{label(line.status)} · {dates}</font>",
                    s.cell,
                ),
                Paragraph(label(line.phase), s.cell),
                Paragraph(f"{hours(line.hours_logged)} / {line.target_hours}{share}", s.cell),
                Paragraph(day(line.last_entry_on), s.cell),
                Paragraph(str(line.observation_count), s.cell_right),
                Paragraph(below, s.cell),
                Paragraph(
                    f"<font color='#B4531A'><b>{line.open_concerns}</b></font>"
                    if line.open_concerns
                    else "0",
                    s.cell_right,
                ),
                Paragraph(str(line.unacknowledged), s.cell_right),
            ]
        )
    table = Table(rows, colWidths=[w * width for w in WIDTHS], repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(list(LIST_TABLE)))
    return table
