"""The cohort summary for coordinators, landscape A4, following the attention dashboard:
its first page gathers who needs attention (open causes for concern, overdue reviews,
the students to act on), then every placement ordered by attention with its lead mentor,
outcome so far and reasons, then the mentors' calibration."""

from __future__ import annotations

from datetime import datetime
from functools import cache

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Table, TableStyle

from mentorlog.i18n.messages import N_, gettext, ngettext
from mentorlog.reports.content import (
    CalibrationPage,
    CohortConcern,
    CohortOverdueReview,
    CohortStudentLine,
    CohortSummary,
    RaterLine,
)
from mentorlog.reports.page import PageFrame, build_pdf, content_width
from mentorlog.reports.styles import (
    LIST_TABLE,
    day,
    fit_header,
    heading,
    hours,
    label,
    number,
    styles,
    text,
)

TITLE = N_("Cohort summary")
ATTENTION_FROM = 2  # "needs attention" and "act now" are listed on the first page
# (header, share of the width, numeric: right-aligned under a right-aligned header)
COLUMNS = (
    (N_("Attention"), 0.07, False),
    (N_("Student"), 0.13, False),
    (N_("Prison"), 0.13, False),
    (N_("Lead mentor"), 0.1, False),
    (N_("Phase"), 0.062, False),
    (N_("Outcome so far"), 0.08, False),
    (N_("Hours / by now"), 0.07, True),
    (N_("Below exp."), 0.05, True),
    (N_("Concerns"), 0.06, True),
    (N_("Waiting"), 0.055, True),
    (N_("NRT"), 0.035, True),
    (N_("Reasons"), 0.158, False),
)
# Level colours for a rater's distribution, lowest first (as in the app).
LEVEL_COLOURS = [
    colors.HexColor(c) for c in ("#b2182b", "#ef8a62", "#c9c9c9", "#67a9cf", "#2166ac")
]
_SOFT = "<font color='#5F6B7A'>"


def _period(summary: CohortSummary) -> str:
    if summary.period_from is None and summary.period_to is None:
        if summary.as_of:
            return gettext("whole placements, as of {day}", day=day(summary.as_of))
        return gettext("whole placements")
    return f"{day(summary.period_from)} – {day(summary.period_to)}"


def render_cohort_summary(summary: CohortSummary, *, generated_at: datetime) -> tuple[bytes, int]:
    """The PDF for ``summary`` and its page count."""
    prisons = sorted({line.prison for line in summary.lines})
    frame = PageFrame(
        academy=summary.academy,
        title=gettext(TITLE),
        subject=summary.cohort,
        place=ngettext("{n} training prison", "{n} training prisons", len(prisons)),
        period=_period(summary),
        generated_at=generated_at,
        landscape=True,
        confidentiality=gettext("Confidential: personal data of students"),
        audit_head=summary.audit_head,
    )
    width = content_width(frame)
    s = styles()
    story: list[Flowable] = [
        Paragraph(text(summary.cohort), s.title),
        Paragraph(f"{gettext(TITLE)} · {text(summary.academy)} · {_period(summary)}", s.subtitle),
        Paragraph(_overview(summary, len(prisons)), s.body),
    ]
    if not summary.lines:
        story.append(Paragraph(gettext("This cohort has no placements yet."), s.body))
        return build_pdf(story, frame, subject=_subject(summary))
    story += _concerns(summary.concerns, width)
    story += _overdue(summary.overdue_reviews, width)
    story += _needing_attention(summary.lines, width)
    story.append(PageBreak())
    story += heading(gettext("Every placement, by attention"))
    story.append(
        Paragraph(
            gettext(
                "Ordered as the dashboard orders them: those to act on now first. A competency is "
                "below the level expected by now when the mentor's ratings of it in the last four "
                "weeks average more than half a level under it; the expected level rises through "
                "each phase and is never the lowest level. Waiting: entries shared over a week "
                "ago still unanswered by the student."
            ),
            s.note,
        )
    )
    story.append(_placements_table(summary.lines, width))
    if summary.calibration is not None:
        story += _calibration(summary.calibration, width)
    return build_pdf(story, frame, subject=_subject(summary))


def _subject(summary: CohortSummary) -> str:
    return gettext("{title} for {cohort}", title=gettext(TITLE), cohort=summary.cohort)


def _overview(summary: CohortSummary, prisons: int) -> str:
    lines = summary.lines

    act_now = sum(1 for line in lines if line.level == 3)
    attention = sum(1 for line in lines if line.level == 2)
    behind = sum(1 for line in lines if "below_expected" in line.reason_keys)
    overdue = len(summary.overdue_reviews)
    # TRANSLATORS: each {…} is a counted phrase worded below, e.g. "<b>3</b> placements".
    return gettext(
        "{placements} in {prisons}: {act_now}, {attention}. {concerns} (escalated ones "
        "included); {reviews} overdue; {behind} with several competencies below the level "
        "expected by now.",
        placements=ngettext("<b>{n}</b> placement", "<b>{n}</b> placements", len(lines)),
        prisons=ngettext("<b>{n}</b> training prison", "<b>{n}</b> training prisons", prisons),
        act_now=ngettext("<b>{n}</b> to act on now", "<b>{n}</b> to act on now", act_now),
        attention=ngettext(
            "<b>{n}</b> needing attention", "<b>{n}</b> needing attention", attention
        ),
        concerns=ngettext(
            "<b>{n}</b> open cause for concern",
            "<b>{n}</b> open causes for concern",
            len(summary.concerns),
        ),
        reviews=ngettext("<b>{n}</b> review", "<b>{n}</b> reviews", overdue),
        behind=ngettext("<b>{n}</b> placement", "<b>{n}</b> placements", behind),
    )


def _table(rows: list[list[object]], widths: list[float], style: list[tuple[object, ...]]) -> Table:
    rows = [fit_header(rows[0], widths), *rows[1:]]
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([*LIST_TABLE, *style]))
    return table


def _concerns(items: tuple[CohortConcern, ...], width: float) -> list[Flowable]:
    s = styles()
    title = _subheading(gettext("Open causes for concern"))
    if not items:
        return [*title, Paragraph(gettext("None is open."), s.muted)]
    rows: list[list[object]] = [
        [
            Paragraph(h, s.head_cell)
            for h in (
                gettext("Student"),
                gettext("Prison"),
                gettext("Raised"),
                gettext("Status"),
                gettext("Review on"),
                gettext("Concern"),
            )
        ]
    ]
    for c in items:
        status = f"<b>{label(c.status)}</b>"
        if c.status == "escalated":
            status += f" {_SOFT}{gettext('(to the academy)')}</font>"
        rows.append(
            [
                Paragraph(f"<b>{text(c.student)}</b>", s.cell),
                Paragraph(text(c.prison), s.cell),
                Paragraph(f"{day(c.raised_on)}<br/>{_SOFT}{text(c.raised_by)}</font>", s.cell),
                Paragraph(status, s.cell),
                Paragraph(day(c.review_on), s.cell),
                Paragraph(text(_first_line(c.description)), s.cell),
            ]
        )
    widths = [w * width for w in (0.16, 0.16, 0.12, 0.12, 0.08, 0.36)]
    return [*title, _table(rows, widths, [])]


def _overdue(items: tuple[CohortOverdueReview, ...], width: float) -> list[Flowable]:
    s = styles()
    title = _subheading(gettext("Reviews overdue or missing"))
    if not items:
        return [*title, Paragraph(gettext("None."), s.muted)]
    rows: list[list[object]] = [
        [
            Paragraph(h, s.head_cell)
            for h in (
                gettext("Student"),
                gettext("Prison"),
                gettext("Lead mentor"),
                gettext("Review"),
                gettext("Due"),
            )
        ]
    ]
    for r in items:
        what = gettext("Mid-point review") if r.review == "midpoint" else gettext("Final review")
        if r.ended:
            what += ", never held"
        rows.append(
            [
                Paragraph(f"<b>{text(r.student)}</b>", s.cell),
                Paragraph(text(r.prison), s.cell),
                Paragraph(text(r.lead_mentor), s.cell),
                Paragraph(what, s.cell),
                Paragraph(day(r.due_on), s.cell),
            ]
        )
    widths = [w * width for w in (0.2, 0.22, 0.2, 0.22, 0.16)]
    return [*title, _table(rows, widths, [])]


def _needing_attention(lines: tuple[CohortStudentLine, ...], width: float) -> list[Flowable]:
    s = styles()
    needing = [line for line in lines if line.level >= ATTENTION_FROM]
    title = _subheading(gettext("Who needs attention"))
    if not needing:
        return [*title, Paragraph(gettext("No placement needs attention now."), s.muted)]
    rows: list[list[object]] = [
        [
            Paragraph(h, s.head_cell)
            for h in (
                gettext("Attention"),
                gettext("Student"),
                gettext("Prison"),
                gettext("Lead mentor"),
                gettext("Why"),
            )
        ]
    ]
    for line in needing:
        rows.append(
            [
                Paragraph(_attention(line), s.cell),
                Paragraph(f"<b>{text(line.student)}</b><br/>{_dates(line)}", s.cell),
                Paragraph(text(line.prison), s.cell),
                Paragraph(text(line.lead_mentor), s.cell),
                Paragraph(text("; ".join(line.reasons)), s.cell),
            ]
        )
    widths = [w * width for w in (0.1, 0.16, 0.16, 0.14, 0.44)]
    return [*title, _table(rows, widths, [])]


def _dates(line: CohortStudentLine) -> str:
    """The placement's status and dates, small: a student's two placements told apart."""
    dates = f" · {day(line.starts_on)} – {day(line.ends_on)}" if line.starts_on else ""
    return f"<font size='6.8' color='#5F6B7A'>{label(line.status)}{dates}</font>"


def _attention(line: CohortStudentLine) -> str:
    if line.level >= ATTENTION_FROM:
        return f"<font color='#B4531A'><b>{gettext(line.attention)}</b></font>"
    attention = gettext(line.attention)  # services/attention_rules.LEVEL_WORDS
    return f"{_SOFT}{attention}</font>" if line.level == 0 else attention


def _placements_table(lines: tuple[CohortStudentLine, ...], width: float) -> Table:
    s = styles()
    rows: list[list[object]] = [
        [
            Paragraph(gettext(h), s.head_cell_right if numeric else s.head_cell)
            for h, _w, numeric in COLUMNS
        ]
    ]
    for line in lines:
        outcome = label(line.outcome) if line.outcome else "–"
        if line.outcome and line.outcome_review:
            review = gettext("{kind} review", kind=label(line.outcome_review).lower())
            outcome += f"<br/>{_SOFT}{review}</font>"
        concerns = str(line.open_concerns) if line.open_concerns else "0"
        if line.escalated_concerns:
            escalated = gettext("{n} escalated", n=line.escalated_concerns)
            concerns += f"<br/>{_SOFT}{escalated}</font>"
        if line.open_concerns:
            concerns = f"<font color='#B4531A'><b>{concerns}</b></font>"
        hours_cell = (
            f"{hours(line.hours_logged)} / {line.hours_expected:.0f}"
            if line.target_hours
            else hours(line.hours_logged)
        )
        rows.append(
            [
                Paragraph(_attention(line), s.cell),
                Paragraph(f"<b>{text(line.student)}</b><br/>{_dates(line)}", s.cell),
                Paragraph(text(line.prison + (f", {line.unit}" if line.unit else "")), s.cell),
                Paragraph(text(line.lead_mentor) or "–", s.cell),
                Paragraph(label(line.phase), s.cell),
                Paragraph(outcome, s.cell),
                Paragraph(hours_cell, s.cell_right),
                Paragraph(str(line.below_expected), s.cell_right),
                Paragraph(concerns, s.cell_right),
                Paragraph(str(line.unacknowledged), s.cell_right),
                Paragraph(str(line.nrt), s.cell_right),
                Paragraph(text("; ".join(line.reasons)) or "–", s.cell),
            ]
        )
    widths = [share * width for _h, share, _n in COLUMNS]
    total = sum(widths)
    widths[-1] += width - total  # the reasons take what is left
    rows = [fit_header(rows[0], widths), *rows[1:]]
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(list(LIST_TABLE)))
    return table


def _first_line(value: str, length: int = 140) -> str:
    line = " ".join(value.split())
    return line if len(line) <= length else line[: length - 1] + "…"


def _bars(line: RaterLine, width: float, height: float = 14) -> Drawing:
    """The rater's ratings by level (above) beside everyone else's (below)."""
    drawing = Drawing(width, height)
    for counts, top, h in ((line.counts, height - 8, 8), (line.peer_counts, 0, 4.5)):
        total = sum(counts)
        x = 0.0
        for position, count in enumerate(counts):
            if not total or not count:
                continue
            w = width * count / total
            colour = LEVEL_COLOURS[min(position, len(LEVEL_COLOURS) - 1)]
            drawing.add(Rect(x, top, w, h, fillColor=colour, strokeColor=None))
            x += w
    return drawing


def _raters_table(items: tuple[RaterLine, ...], width: float, *, mentors: bool) -> Table:
    s = styles()
    heads = (
        ("", False),
        (N_("Mentor") if mentors else N_("Prison"), False),
        (N_("Prison") if mentors else "", False),
        (N_("Students") if mentors else "", True),
        (N_("Ratings"), True),
        (N_("Theirs (above) and everyone else's (below), lowest level left"), False),
        (N_("Mean"), True),
        (N_("Others' mean"), True),
        (N_("Difference"), True),
    )
    shares = (0.03, 0.17, 0.17, 0.06, 0.06, 0.3, 0.06, 0.07, 0.08)
    widths = [share * width for share in shares]
    rows: list[list[object]] = [
        [
            Paragraph(gettext(h) if h else "", s.head_cell_right if numeric else s.head_cell)
            for h, numeric in heads
        ]
    ]
    for line in items:
        mark = {1: "▲", -1: "▼"}.get(line.drift, "")
        difference = "–" if line.difference is None else f"{line.difference:+.2f}"
        if line.drift:
            difference = f"<font color='#B4531A'><b>{difference}</b></font>"
        rows.append(
            [
                Paragraph(f"<font color='#B4531A'><b>{mark}</b></font>", s.cell),
                Paragraph(text(line.name), s.cell),
                Paragraph(text(line.prison) if mentors else "", s.cell),
                Paragraph(str(line.students) if mentors else "", s.cell_right),
                Paragraph(str(line.ratings), s.cell_right),
                _bars(line, widths[5] - 8),
                Paragraph(f"{line.mean:.2f}", s.cell_right),
                Paragraph(
                    "–" if line.peers_mean is None else f"{line.peers_mean:.2f}", s.cell_right
                ),
                Paragraph(difference, s.cell_right),
            ]
        )
    rows = [fit_header(rows[0], widths), *rows[1:]]
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([*LIST_TABLE, ("VALIGN", (5, 1), (5, -1), "MIDDLE")]))
    return table


def _calibration(page: CalibrationPage, width: float) -> list[Flowable]:
    s = styles()
    legend = " ".join(
        f"<font color='{LEVEL_COLOURS[i].hexval().replace('0x', '#')}'>■</font> {text(code)}"
        for i, code in enumerate(page.levels)
    )
    story: list[Flowable] = [
        PageBreak(),
        *heading(gettext("Mentor calibration")),
        Paragraph(
            gettext(
                "Each mentor's ratings beside everyone else's in the same competencies and phases "
                "(and first or later placement). The difference is the mentor's own: how far their "
                "ratings sit from their peers' apart from their students' level, as far as other "
                "mentors rating the same students tell it. ▲ rates higher, ▼ lower, by "
                "{drift_levels} of a level or more over several students: an invitation to talk "
                "about the scale, not a verdict.",
                drift_levels=number(page.drift_levels, 2).rstrip("0").rstrip(".,"),
            ),
            s.note,
        ),
        Paragraph(gettext("Levels: {legend}", legend=legend), s.small),
        _raters_table(page.mentors, width, mentors=True),
    ]
    if page.more_mentors:
        story.append(
            Paragraph(
                ngettext(
                    "{n} more mentor, not marked, sits closer to their peers.",
                    "{n} more mentors, none marked, sit closer to their peers.",
                    page.more_mentors,
                ),
                s.muted,
            )
        )
    if page.prisons:
        story += [
            *_subheading(gettext("Training prisons")),
            _raters_table(page.prisons, width, mentors=False),
        ]
    return story


def _subheading(title: str) -> list[Flowable]:
    """A title over a table: on a new page when too little room is left for the title and
    a few rows (not keepWithNext, which would move a long table whole to the next page)."""
    return [CondPageBreak(70), Paragraph(title, _free_h2())]


@cache
def _free_h2() -> ParagraphStyle:
    return ParagraphStyle("h2_free", parent=styles().h2, keepWithNext=0)
