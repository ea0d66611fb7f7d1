"""A student's progress report over all their placements, newest first: an overview of
the placements, their causes for concern carried across placements in one history, then
each placement's report in full (its own concerns being in the history)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime

from babel.numbers import format_percent
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle

from mentorlog.i18n import current_language
from mentorlog.i18n.messages import gettext
from mentorlog.reports import entries
from mentorlog.reports.content import ALL_SECTIONS, SECTION_CONCERNS, StudentReport
from mentorlog.reports.page import PageFrame, build_pdf, content_width
from mentorlog.reports.student_report import TITLE, placement_story, render_student_report
from mentorlog.reports.styles import (
    LIST_TABLE,
    day,
    fit_header,
    heading,
    hours,
    label,
    styles,
    text,
)

_SOFT = "<font color='#5F6B7A'>"


def render_student_reports(
    reports: Sequence[StudentReport],
    *,
    generated_at: datetime,
    sections: Iterable[str] = ALL_SECTIONS,
) -> tuple[bytes, int]:
    """One PDF for a student's placements (``reports``, newest first) and its page count;
    a single placement reads as its own report."""
    if len(reports) == 1:
        return render_student_report(reports[0], generated_at=generated_at, sections=sections)
    wanted = set(sections)
    newest, oldest = reports[0], reports[-1]
    frame = PageFrame(
        academy=newest.academy,
        title=gettext(TITLE),
        subject=newest.student,
        place=gettext("{n} placements", n=len(reports)),
        period=f"{day(oldest.period_from)} – {day(newest.period_to)}",
        generated_at=generated_at,
    )
    width = content_width(frame)
    s = styles()
    story: list[Flowable] = [
        Paragraph(text(newest.student), s.title),
        Paragraph(
            gettext(
                "{title} · all {count} placements, newest first · {period_from} – {period_to}",
                title=gettext(TITLE),
                count=len(reports),
                period_from=day(oldest.period_from),
                period_to=day(newest.period_to),
            ),
            s.subtitle,
        ),
        *heading(gettext("Placements")),
        _placements(reports, width),
    ]
    if SECTION_CONCERNS in wanted:
        story += _concern_history(reports, width)
    for n, report in enumerate(reports, start=1):
        where = report.prison + (f", {report.unit}" if report.unit else "")
        story += [
            PageBreak(),
            Paragraph(
                text(
                    gettext(
                        "Placement {n} of {count}: {where}", n=n, count=len(reports), where=where
                    )
                ),
                s.title,
            ),
            Paragraph(
                f"{day(report.placement_starts_on)} – {day(report.placement_ends_on)} · "
                f"{label(report.status)}",
                s.subtitle,
            ),
            *placement_story(report, width, wanted - {SECTION_CONCERNS}),
        ]
    subject = gettext(
        "{title} for {student}, all placements", title=gettext(TITLE), student=newest.student
    )
    return build_pdf(story, frame, subject=subject)


def _placements(reports: Sequence[StudentReport], width: float) -> Table:
    s = styles()
    rows: list[list[object]] = [
        [
            Paragraph(h, s.head_cell_right if n >= 5 else s.head_cell)
            for n, h in enumerate(
                (
                    gettext("Placement"),
                    gettext("Dates"),
                    gettext("Mentor(s)"),
                    gettext("Phase"),
                    gettext("Outcome"),
                    gettext("Hours"),
                    gettext("Open concerns"),
                )
            )
        ]
    ]
    for r in reports:
        share = (
            f" ({format_percent(r.hours_logged / r.target_hours, locale=current_language())})"
            if r.target_hours
            else ""
        )
        rows.append(
            [
                Paragraph(
                    f"<b>{text(r.prison)}</b>"
                    + (f"<br/>{_SOFT}{text(r.unit)}</font>" if r.unit else ""),
                    s.cell,
                ),
                Paragraph(
                    f"{day(r.placement_starts_on)} – {day(r.placement_ends_on)}<br/>"
                    f"{_SOFT}{label(r.status)}</font>",
                    s.cell,
                ),
                Paragraph(text(", ".join(r.mentors) or "–"), s.cell),
                Paragraph(label(r.phase), s.cell),
                Paragraph(text(label(r.overall_status)) if r.overall_status else "–", s.cell),
                Paragraph(
                    gettext(
                        "{hours_logged} of {target_hours}{share}",
                        hours_logged=hours(r.hours_logged),
                        target_hours=r.target_hours,
                        share=share,
                    ),
                    s.cell_right,
                ),
                Paragraph(
                    f"<font color='#B4531A'><b>{r.open_concerns}</b></font>"
                    if r.open_concerns
                    else "0",
                    s.cell_right,
                ),
            ]
        )
    columns = [w * width for w in (0.22, 0.17, 0.2, 0.09, 0.11, 0.11, 0.1)]
    table = Table(
        [fit_header(rows[0], columns), *rows[1:]],
        colWidths=columns,
        repeatRows=1,
        splitInRow=1,
    )
    table.setStyle(TableStyle(list(LIST_TABLE)))
    return table


def _concern_history(reports: Sequence[StudentReport], width: float) -> list[Flowable]:
    """Every placement's causes for concern in one table, each with its placement: a concern
    resolved on an earlier placement is part of the student's story on the next."""
    history = tuple(
        replace(
            c,
            placement=f"{r.prison}, {day(r.placement_starts_on)} – {day(r.placement_ends_on)}",
        )
        for r in reports
        for c in r.concerns
    )
    return entries.concerns(history, width, gettext("Causes for concern, all placements"))
