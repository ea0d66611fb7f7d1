"""The student progress report: summary, competency table, charts, entries and sign-off."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from itertools import groupby

from babel.numbers import format_percent
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from mentorlog.i18n import current_language
from mentorlog.i18n.messages import N_, gettext
from mentorlog.reports import entries
from mentorlog.reports.charts import domain_chart, sparkline
from mentorlog.reports.content import (
    ALL_SECTIONS,
    SECTION_CHARTS,
    SECTION_COMPETENCIES,
    SECTION_CONCERNS,
    SECTION_GOALS,
    SECTION_OBSERVATIONS,
    SECTION_REFLECTIONS,
    SECTION_REVIEWS,
    SECTION_SIGN_OFF,
    SECTION_SUMMARY,
    CompetencyRow,
    StudentReport,
)
from mentorlog.reports.fonts import BOLD, REGULAR
from mentorlog.reports.page import PageFrame, build_pdf, content_width
from mentorlog.reports.styles import (
    ACCENT_LIGHT,
    INK,
    MUTED,
    RULE,
    WARN,
    WARN_LIGHT,
    ZEBRA,
    day,
    fit_header,
    heading,
    hours,
    label,
    moment,
    number,
    styles,
    text,
)
from mentorlog.reports.textblock import Para, Run, TextBlock

TITLE = N_("Placement progress report")


def render_student_report(
    report: StudentReport,
    *,
    generated_at: datetime,
    sections: Iterable[str] = ALL_SECTIONS,
) -> tuple[bytes, int]:
    """The PDF for ``report`` and its page count. ``sections`` picks what to include."""
    frame = PageFrame(
        academy=report.academy,
        title=gettext(TITLE),
        subject=report.student,
        place=report.prison,
        period=f"{day(report.period_from)} – {day(report.period_to)}",
        generated_at=generated_at,
        audit_head=report.audit_head,
    )
    story = [*_title(report), *placement_story(report, content_width(frame), set(sections))]
    return build_pdf(
        story,
        frame,
        subject=gettext("{title} for {student}", title=gettext(TITLE), student=report.student),
    )


def placement_story(report: StudentReport, width: float, wanted: set[str]) -> list[Flowable]:
    """One placement's sections (those in ``wanted``), after its title."""
    story: list[Flowable] = []
    if SECTION_SUMMARY in wanted:
        story += _summary(report, width)
    if SECTION_COMPETENCIES in wanted:
        story += _competencies(report, width)
    if SECTION_CHARTS in wanted:
        story += _charts(report, width)
    if SECTION_GOALS in wanted:
        story += entries.goals(report.goals, width)
    if SECTION_REVIEWS in wanted:
        story += entries.reviews(report.reviews, width)
    if SECTION_CONCERNS in wanted:
        story += entries.concerns(report.concerns, width)
    if SECTION_OBSERVATIONS in wanted:
        story += entries.observations(report.observations, width)
    if SECTION_REFLECTIONS in wanted:
        story += entries.reflections(report.reflections)
    if SECTION_SIGN_OFF in wanted:
        story += _sign_off(report, width)
    return story


def _title(report: StudentReport) -> list[Flowable]:
    s = styles()
    return [
        Paragraph(text(report.student), s.title),
        Paragraph(
            text(
                f"{gettext(TITLE)} · {report.prison} · "
                f"{day(report.period_from)} – {day(report.period_to)}"
            ),
            s.subtitle,
        ),
    ]


def _facts_table(pairs: list[tuple[str, str]], width: float) -> Table:
    s = styles()
    half = (len(pairs) + 1) // 2
    rows = []
    for i in range(half):
        row: list[object] = []
        for pair in (pairs[i], pairs[i + half] if i + half < len(pairs) else ("", "")):
            row += [Paragraph(text(pair[0]), s.cell_small), Paragraph(pair[1], s.cell)]
        rows.append(row)
    col = width / 2
    table = Table(rows, colWidths=[col * 0.34, col * 0.66, col * 0.34, col * 0.66], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _summary(report: StudentReport, width: float) -> list[Flowable]:
    s = styles()
    share = (
        f" ({format_percent(report.hours_logged / report.target_hours, locale=current_language())})"
        if report.target_hours
        else ""
    )
    concerns = str(report.open_concerns)
    if report.open_concerns:
        concerns = f'<font color="#B4531A"><b>{concerns}</b></font>'
    pairs = [
        (gettext("Student"), text(report.student)),
        (
            gettext("Training prison"),
            text(report.prison + (f", {report.unit}" if report.unit else "")),
        ),
        (gettext("Cohort"), text(report.cohort or "–")),
        (gettext("Mentor(s)"), text(", ".join(report.mentors) or "–")),
        (
            gettext("Placement"),
            f"{day(report.placement_starts_on)} – {day(report.placement_ends_on)}",
        ),
        (gettext("Period reported"), f"{day(report.period_from)} – {day(report.period_to)}"),
        (gettext("Phase"), label(report.phase)),
        (gettext("Placement status"), label(report.status)),
        (
            gettext("Hours logged"),
            gettext(
                "{hours} of {target}{share}",
                hours=hours(report.hours_logged),
                target=report.target_hours,
                share=share,
            ),
        ),
        (gettext("Remedial training"), gettext("{n} min", n=report.remedial_minutes)),
        (gettext("Observations shared"), str(report.observation_count)),
        (
            gettext("Overall status"),
            text(label(report.overall_status))
            if report.overall_status
            else gettext("No review yet"),
        ),
        (gettext("Open concerns"), concerns),
        (gettext("Framework"), text(report.framework or "–")),
    ]
    story: list[Flowable] = [*heading(gettext("Summary")), _facts_table(pairs, width)]
    if report.learning_contract.strip():
        story += [
            Paragraph(gettext("Learning contract"), s.h3),
            Paragraph(text(report.learning_contract), s.body),
        ]
    if report.scale:
        scale = " · ".join(f"<b>{text(st.code)}</b> {text(st.label)}" for st in report.scale)
        expected = (
            " "
            + gettext(
                "Expected by {day}, {phase} phase: <b>{value}</b> (it rises through each phase "
                "towards the level expected at its end, and is never the lowest level).",
                day=day(report.expected_on),
                phase=label(report.phase).lower(),
                value=number(report.expected_value, 1),
            )
            if report.expected_value is not None
            else ""
        )
        story.append(Spacer(1, 4))
        story.append(
            Paragraph(
                gettext(
                    "Rating scale: {scale}. N.O. = not observed.{expected}",
                    scale=scale,
                    expected=expected,
                ),
                s.muted,
            )
        )
    return story


COMPETENCY_WIDTHS = (0.22, 0.17, 0.28, 0.08, 0.1, 0.15)  # "Seen": room for "Vaadeldud"


def _competencies(report: StudentReport, width: float) -> list[Flowable]:
    """One short table per domain, its name in the header row: a table never splits
    after its header alone, so a domain's name never sits alone at the foot of a page
    (and no KeepTogether, which would lay every table out twice)."""
    s = styles()
    story: list[Flowable] = [
        *heading(gettext("Competencies")),
        Paragraph(
            gettext(
                "The mentor's most recent rating of each competency in the period, what that "
                "level looks like for the competency, how often it was rated, and the trend. "
                "The student's self-assessment is shown beside it, never averaged into it."
            ),
            s.note,
        ),
    ]
    widths = [w * width for w in COMPETENCY_WIDTHS]
    for domain, rows in groupby(report.competencies, key=lambda row: row.domain):
        story.append(_domain_table(domain, list(rows), widths, _scale_range(report)))
    return story


def _line(*runs: Run, leading: float = 10.2) -> Para:
    return Para(runs, leading=leading)


def _domain_table(
    domain: str, items: list[CompetencyRow], widths: list[float], scale: tuple[int, int]
) -> Table:
    s = styles()
    header = [Paragraph(text(domain), s.cell_bold)] + [
        Paragraph(h, s.head_cell_right if h == gettext("Seen") else s.head_cell)
        for h in (
            gettext("Mentor's latest rating"),
            gettext("What this level looks like"),
            gettext("Seen"),
            gettext("Trend"),
            gettext("Self-assessment"),
        )
    ]
    rows: list[list[object]] = [header]
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    style += [("FONT", (3, 1), (3, -1), REGULAR, 8), ("ALIGN", (3, 1), (3, -1), "RIGHT")]
    # Cells are TextBlocks, not Paragraphs: 30 rows of anchors parsed as markup cost a
    # fifth of a report's time.
    for n, row in enumerate(items, start=1):
        rating: list[Para] = [_line(Run("–", REGULAR, 8, INK))]
        if row.latest_code:
            rating = [
                _line(
                    Run(row.latest_code, BOLD, 8, INK), Run(f" {row.latest_label}", REGULAR, 8, INK)
                ),
                _line(Run(day(row.latest_on), REGULAR, 6.8, MUTED), leading=9),
            ]
            if row.below_expected:
                rating.append(_line(Run(gettext("below expected"), REGULAR, 6.8, WARN), leading=9))
                style.append(("BACKGROUND", (1, n), (1, n), WARN_LIGHT))
        own = (
            _line(Run(row.self_code, BOLD, 8, INK), Run(f" {row.self_label}", REGULAR, 8, INK))
            if row.self_code
            else _line(Run("–", REGULAR, 8, INK))
        )
        rows.append(
            [
                TextBlock(
                    [
                        _line(Run(row.name, REGULAR, 8, INK)),
                        _line(Run(row.key, REGULAR, 6.8, MUTED), leading=9),
                    ]
                ),
                TextBlock(rating),
                TextBlock([_line(Run(row.anchor or "–", REGULAR, 7.2, MUTED), leading=9.2)]),
                str(row.times_observed),
                sparkline(row.trend, width=widths[4] - 8, scale=scale),
                TextBlock([own]),
            ]
        )
    rows[0] = fit_header(rows[0], widths)
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(style))
    return table


def _scale_range(report: StudentReport) -> tuple[int, int]:
    """The rated levels' lowest and highest value (1–5 by default, 1–7 for San Jose)."""
    values = [step.value for step in report.scale if step.value > 0]
    return (min(values), max(values)) if len(values) > 1 else (1, 5)


def _charts(report: StudentReport, width: float) -> list[Flowable]:
    s = styles()
    columns = 3
    cell_w = width / columns
    titles = [Paragraph(text(series.domain), s.cell_bold) for series in report.domain_series]
    charts = [
        domain_chart(
            series.points,
            report.period_from,
            report.period_to,
            report.expected_curve,
            cell_w - 8,
            scale=_scale_range(report),
        )
        for series in report.domain_series
    ]
    intro: list[Flowable] = [
        *heading(gettext("Ratings over time")),
        Paragraph(
            gettext(
                "Mean mentor rating per domain per week (per month for long periods). The dashed "
                "line is the level expected through the placement, phase by phase."
            ),
            s.note,
        ),
    ]
    if not charts:
        return [*intro, Paragraph(gettext("No ratings in this period."), s.body)]
    # Each row of charts is a table of its own with its titles (a row of their own, aligned
    # to its foot, so a two-line domain name does not push its chart below its
    # neighbours'), kept together: a title never sits at a page foot above its chart.
    grids: list[Table] = []
    for i in range(0, len(charts), columns):
        pad = [""] * (columns - len(charts[i : i + columns]))
        grid = Table(
            [[*titles[i : i + columns], *pad], [*charts[i : i + columns], *pad]],
            colWidths=[cell_w] * columns,
        )
        grid.setStyle(TableStyle(list(_CHART_GRID)))
        grids.append(grid)
    # The heading and note go with the first row of charts.
    first = KeepTogether([*intro[-2:], grids[0]])
    return [*intro[:-2], first, *(KeepTogether([grid]) for grid in grids[1:])]


_CHART_GRID: tuple[tuple[object, ...], ...] = (
    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 4),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ("BOTTOMPADDING", (0, 1), (-1, 1), 8),
    ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
    ("LINEBELOW", (0, 1), (-1, 1), 3, "white"),
    ("LINEAFTER", (0, 0), (-2, -1), 3, "white"),
)


class SignatureLine(Flowable):
    """A line to sign on by hand, drawn as wide as its cell: typed underscores wrapped into
    a second line ("____ __") wherever the cell was narrower than they were."""

    def __init__(self, height: float = 10.2) -> None:
        super().__init__()
        self.height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 0, self.width, 0)


def sign_off_table(report: StudentReport, width: float) -> Table:
    """Role, name, signature and date: a recorded signature, or lines to sign on."""
    s = styles()
    signed = {entry.role: entry for entry in report.sign_offs}
    rows: list[list[object]] = [
        [
            Paragraph(h, s.head_cell)
            for h in (gettext("Role"), gettext("Name"), gettext("Signature"), gettext("Date"))
        ]
    ]
    for role, title in (
        ("mentor", gettext("Mentor")),
        ("student", gettext("Student")),
        ("coordinator", gettext("Academy coordinator")),
    ):
        entry = signed.get(role)
        if entry:
            rows.append(
                [
                    Paragraph(title, s.cell_bold),
                    Paragraph(text(entry.name), s.cell),
                    Paragraph(
                        gettext("Signed in mentorlog: {comment}", comment=text(entry.comment))
                        if entry.comment
                        else gettext("Signed in mentorlog"),
                        s.cell,
                    ),
                    Paragraph(moment(entry.signed_at), s.cell),
                ]
            )
        else:
            rows.append(
                [Paragraph(title, s.cell_bold), SignatureLine(), SignatureLine(), SignatureLine()]
            )
    # Each on one line: "Academy coordinator", and a date with its time.
    table = Table(rows, colWidths=[w * width for w in (0.24, 0.26, 0.27, 0.23)])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
                ("TOPPADDING", (0, 1), (-1, -1), 14),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _sign_off(report: StudentReport, width: float) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [
        *heading(gettext("Sign-off")),
        Paragraph(
            gettext(
                "Signatures recorded in mentorlog are shown with their date; where none is "
                "recorded, sign by hand."
            ),
            s.note,
        ),
        sign_off_table(report, width),
    ]
    if report.audit_head is not None:
        head = report.audit_head
        story += [
            Spacer(1, 8 * mm),
            Paragraph(
                gettext(
                    "Audit trail when generated: {events} events; head event {seq}, hash {hash}. "
                    "<i>mentorlog verify-report</i> checks this file against the database it came "
                    "from.",
                    events=head.events,
                    seq=head.seq,
                    hash=text(head.hash),
                ),
                s.muted,
            ),
        ]
    return [KeepTogether(story)]
