"""The entry sections of a student report: goals, reviews, concerns, observations and
reflections. Long lists are plain paragraphs and tables that split across pages with
their header repeated; no KeepTogether around hundreds of entries (it doubles layout)."""

from __future__ import annotations

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from mentorlog.i18n.messages import N_, gettext
from mentorlog.reports.content import (
    ConcernEntry,
    GoalEntry,
    ObservationEntry,
    ReflectionEntry,
    ReviewEntry,
    SignatureEntry,
)
from mentorlog.reports.fonts import BOLD, OBLIQUE, REGULAR
from mentorlog.reports.styles import (
    ACCENT,
    GOOD,
    INK,
    LIST_TABLE,
    MUTED,
    RULE,
    WARN,
    day,
    fit_header,
    heading,
    label,
    styles,
    text,
)
from mentorlog.reports.textblock import Para, Run, TextBlock

_SOFT = '<font color="#5F6B7A">'


def _table(rows: list[list[object]], widths: list[float], width: float) -> Table:
    # splitInRow: one long entry (a pasted action plan) may run over a page.
    columns = [w * width for w in widths]
    rows = [fit_header(rows[0], columns), *rows[1:]]
    table = Table(rows, colWidths=columns, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(list(LIST_TABLE)))
    return table


def _empty(title: str, message: str) -> list[Flowable]:
    s = styles()
    return [*heading(title), Paragraph(message, s.muted)]


def goals(items: tuple[GoalEntry, ...], width: float) -> list[Flowable]:
    if not items:
        return _empty(
            gettext("Goals and action plans"), gettext("No goals have been set for this placement.")
        )
    s = styles()
    rows: list[list[object]] = [
        [
            Paragraph(h, s.head_cell)
            for h in (
                gettext("Goal"),
                gettext("Action plan and progress"),
                gettext("Due"),
                gettext("Status"),
            )
        ]
    ]
    for goal in items:
        title = f"<b>{text(goal.title)}</b>"
        if goal.competencies:
            title += f"<br/>{_SOFT}{text(', '.join(goal.competencies))}</font>"
        plan = text(goal.action_plan) or "–"
        for on, note in goal.progress_notes:
            plan += f"<br/>{_SOFT}{day(on)}:</font> {text(note)}"
        rows.append(
            [
                Paragraph(title, s.cell),
                Paragraph(plan, s.cell),
                Paragraph(day(goal.due_on), s.cell),
                Paragraph(label(goal.status), s.cell),
            ]
        )
    return [
        *heading(gettext("Goals and action plans")),
        _table(rows, [0.3, 0.46, 0.11, 0.13], width),
    ]


def reviews(items: tuple[ReviewEntry, ...], width: float) -> list[Flowable]:
    if not items:
        return _empty(
            gettext("Reviews"),
            gettext("No mid-point or final review has been held in this period."),
        )
    s = styles()
    story: list[Flowable] = [*heading(gettext("Reviews"))]
    for review in items:
        story.append(CondPageBreak(60))
        opening: list[Flowable] = [
            Paragraph(
                gettext(
                    "{kind} review, {held_on}: {overall_progress}",
                    kind=label(review.kind),
                    held_on=day(review.held_on),
                    overall_progress=text(label(review.overall_progress)),
                ),
                s.h2,
            ),
            Paragraph(
                f"{_SOFT}{gettext('Held by {author}', author=text(review.author))}</font>",
                s.small,
            ),
        ]
        if review.summary:
            opening.append(Paragraph(text(review.summary), s.body))
        story.append(KeepTogether(opening))  # never a review's heading alone at a foot
        if review.agreed_actions:
            story.append(
                Paragraph(
                    gettext(
                        "<b>Agreed actions:</b> {agreed_actions}",
                        agreed_actions=text(review.agreed_actions),
                    ),
                    s.body,
                )
            )
        if review.domain_summaries:
            rows: list[list[object]] = [
                [
                    Paragraph(h, s.head_cell)
                    for h in (gettext("Domain"), gettext("Level"), gettext("Summary"))
                ]
            ]
            for d in review.domain_summaries:
                level = (
                    f"<b>{text(d.level_code)}</b> {text(d.level_label)}" if d.level_code else "–"
                )
                rows.append(
                    [
                        Paragraph(text(d.domain), s.cell),
                        Paragraph(level, s.cell),
                        Paragraph(text(d.summary) or "–", s.cell),
                    ]
                )
            story.append(_table(rows, [0.3, 0.25, 0.45], width))
        signed = "; ".join(
            # TRANSLATORS: e.g. "Signed by Kadri Tamm (mentor) 2026-05-01".
            gettext(
                "{kind} by {name} ({role}) {day}",
                kind=label(sig.kind),
                name=text(sig.name),
                role=label(sig.role).lower(),
                day=day(sig.signed_at.date()),
            )
            for sig in review.signatures
        )
        awaited = _awaited_signers(review.signatures)
        if awaited:
            waiting = gettext(_AWAITING[tuple(awaited)])
            signed = (
                f"{signed}. {waiting}"
                if signed
                else gettext("Not yet signed. {waiting}", waiting=waiting)
            )
        story.append(Spacer(0, 3))
        story.append(Paragraph(signed, s.muted))
    return story


# A shift named whole: "Early" alone is also a phase, which a language may word otherwise.
SHIFT_WORDS = {
    "early": N_("Early shift"),
    "late": N_("Late shift"),
    "night": N_("Night shift"),
    "day": N_("Day shift"),
}
REVIEW_SIGNERS = ("mentor", "student", "coordinator")  # the order they sign in
# Who is still to sign, each set as one sentence (joining translated roles would not read).
_AWAITING = {
    ("mentor",): N_("Awaiting the signature of the mentor."),
    ("student",): N_("Awaiting the signature of the student."),
    ("coordinator",): N_("Awaiting the signature of the coordinator."),
    ("mentor", "student"): N_("Awaiting the signature of the mentor and the student."),
    ("mentor", "coordinator"): N_("Awaiting the signature of the mentor and the coordinator."),
    ("student", "coordinator"): N_("Awaiting the signature of the student and the coordinator."),
    ("mentor", "student", "coordinator"): N_(
        "Awaiting the signature of the mentor and the student and the coordinator."
    ),
}


def _awaited_signers(signatures: tuple[SignatureEntry, ...]) -> list[str]:
    done = {sig.role for sig in signatures if sig.kind == "signed"}
    return [role for role in REVIEW_SIGNERS if role not in done]


def concerns(items: tuple[ConcernEntry, ...], width: float, title: str = "") -> list[Flowable]:
    title = title or gettext("Causes for concern")
    if not items:
        return _empty(title, gettext("No cause for concern was raised in this period."))
    s = styles()
    rows: list[list[object]] = [
        [
            Paragraph(h, s.head_cell)
            for h in (
                gettext("Raised"),
                gettext("Concern"),
                gettext("Action plan"),
                gettext("Status and outcome"),
            )
        ]
    ]
    for c in items:
        status = f"<b>{label(c.status)}</b>"
        if c.status == "escalated":
            status += (
                f"<br/>{_SOFT}{gettext('handed on to the academy; open until resolved')}</font>"
            )
        if c.review_on:
            status += f"<br/>{_SOFT}{gettext('review {day}', day=day(c.review_on))}</font>"
        if c.closed_on:
            status += f"<br/>{_SOFT}{gettext('closed {day}', day=day(c.closed_on))}</font>"
        if c.outcome:
            status += f"<br/>{text(c.outcome)}"
        raised = f"{day(c.raised_on)}<br/>{_SOFT}{text(c.raised_by)}</font>"
        if c.placement:
            raised += f"<br/>{_SOFT}{text(c.placement)}</font>"
        rows.append(
            [
                Paragraph(raised, s.cell),
                Paragraph(text(c.description), s.cell),
                Paragraph(text(c.action_plan) or "–", s.cell),
                Paragraph(status, s.cell),
            ]
        )
    return [*heading(title), _table(rows, [0.15, 0.33, 0.3, 0.22], width)]


def _rating_runs(entry: ObservationEntry) -> list[Run]:
    small = 7.4
    runs: list[Run] = []
    for n, r in enumerate(entry.ratings):
        runs.append(Run(f"{' · ' if n else ''}{r.key} {r.name}:", REGULAR, small, INK))
        runs.append(Run(f" {r.code}", BOLD, small, INK))
        if r.not_responding:
            runs.append(Run(gettext(" NRT (not responding to training)"), BOLD, small, WARN))
        if r.comment:
            runs.append(Run(f" – {r.comment}", OBLIQUE, small, MUTED))
    return runs


def _sign_off(entry: ObservationEntry) -> list[Run]:
    """The mentor's signature on the reported version, and why it was amended."""
    small = 7.4
    if entry.signed_by:
        runs = [
            Run(
                gettext(
                    "Signed by {signed_by} {signed_on}",
                    signed_by=entry.signed_by,
                    signed_on=day(entry.signed_on),
                ),
                REGULAR,
                small,
                INK,
            )
        ]
    else:
        runs = [Run(gettext("Not yet signed by the mentor"), REGULAR, small, MUTED)]
    if entry.version > 1:
        runs.append(
            Run(gettext(" · Version {version}, amended", version=entry.version), BOLD, small, INK)
        )
        if entry.amendment_reason:
            runs.append(Run(f": {entry.amendment_reason}", OBLIQUE, small, MUTED))
    runs.append(Run(" · ", REGULAR, small, MUTED))
    return runs


def _response(entry: ObservationEntry) -> list[Run]:
    small = 7.4
    # Which version the student answered: an amendment after it needs a new answer.
    version = entry.response_version
    if entry.response == "acknowledged":
        if version:
            said = gettext(
                "Acknowledged by the student (version {version}) {response_on}",
                version=version,
                response_on=day(entry.response_on),
            )
        else:
            said = gettext(
                "Acknowledged by the student {response_on}", response_on=day(entry.response_on)
            )
        runs = [Run(said, REGULAR, small, GOOD)]
    elif entry.response == "disagreed":
        if version:
            said = gettext("Student disagreed (version {version}) ", version=version)
        else:
            said = gettext("Student disagreed ")
        runs = [
            Run(said, BOLD, small, WARN),
            Run(day(entry.response_on), REGULAR, small, WARN),
        ]
        if entry.response_comment:
            runs.append(Run(f": {entry.response_comment}", REGULAR, small, WARN))
    else:
        return [Run(gettext("Not yet acknowledged by the student"), REGULAR, small, MUTED)]
    if entry.response_version and entry.response_version < entry.version:
        runs.append(
            Run(
                gettext("; version {version} not yet acknowledged", version=entry.version),
                REGULAR,
                small,
                MUTED,
            )
        )
    return runs


def _observation_block(o: ObservationEntry) -> TextBlock:
    shift = SHIFT_WORDS.get(o.shift)
    when = f"{day(o.observed_on)} · {gettext(shift) if shift else label(o.shift)}"
    if o.duration_minutes:
        when += f", {o.duration_minutes // 60} h {o.duration_minutes % 60:02d}"
    where = " · ".join(v for v in (o.setting, o.situation_type) if v)
    if where:
        when += f" · {where}"
    paras = [
        Para(
            (Run(when, BOLD, 8.2, ACCENT), Run(f" · {o.author}", REGULAR, 8.2, MUTED)),
            leading=11,
            space_before=7,
        ),
        Para((Run(o.narrative.strip() or "–", REGULAR, 8.4, INK),), leading=11, space_before=1.5),
    ]
    if o.ratings:
        paras.append(Para(tuple(_rating_runs(o)), leading=9.6, space_before=1.5))
    if o.remedial_minutes:
        paras.append(
            Para(
                (
                    Run(
                        gettext(
                            "Remedial training: {remedial_minutes} min",
                            remedial_minutes=o.remedial_minutes,
                        ),
                        REGULAR,
                        7.4,
                        MUTED,
                    ),
                ),
                leading=9.6,
            )
        )
    paras.append(Para((*_sign_off(o), *_response(o)), leading=9.6, space_before=1))
    return TextBlock(paras, rule=RULE)


def observations(items: tuple[ObservationEntry, ...], width: float) -> list[Flowable]:
    """Each observation as a TextBlock (see textblock.py: a Paragraph per entry made a
    400-observation report ten times slower), under a hairline, oldest first."""
    if not items:
        return _empty(
            gettext("Observations"),
            gettext("No observation was shared with the student in this period."),
        )
    s = styles()
    story: list[Flowable] = [
        *heading(gettext("Observations")),
        Paragraph(
            gettext(
                "Observations the mentor shared with the student, oldest first. "
                "Private mentor notes are never part of this report."
            ),
            s.note,
        ),
    ]
    story.extend(_observation_block(o) for o in items)
    return story


def reflections(items: tuple[ReflectionEntry, ...]) -> list[Flowable]:
    if not items:
        return _empty(
            gettext("Reflections"),
            gettext("The student has not shared a reflection in this period."),
        )
    s = styles()
    story: list[Flowable] = [*heading(gettext("Reflections"))]
    for r in items:
        parts = [
            Paragraph(f"<b>{text(part)}.</b> {text(body)}", s.body) for part, body in r.sections
        ]
        # The heading, its template and the first section together: a heading is never
        # left at a page foot with its text on the next page.
        story.append(
            KeepTogether(
                [
                    Paragraph(
                        f"{day(r.written_on)} · {text(r.title) or gettext('Untitled')}", s.h2
                    ),
                    Paragraph(f"{_SOFT}{label(r.template)}</font>", s.small),
                    *parts[:1],
                ]
            )
        )
        story.extend(parts[1:])
    return story
