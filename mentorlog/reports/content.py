"""What a report says, as plain frozen data: the contract between gathering and rendering.

``services.report_data`` fills these from the database (checking access, leaving out
private notes); the renderers in this package lay them out. Nothing here knows SQL or Qt,
so reports stay a leaf and can be rendered from any source, e.g. in tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from mentorlog.i18n.messages import gettext

# The sections a student report can hold, in the order they appear.
SECTION_SUMMARY = "summary"
SECTION_COMPETENCIES = "competencies"
SECTION_CHARTS = "charts"
SECTION_GOALS = "goals"
SECTION_REVIEWS = "reviews"
SECTION_CONCERNS = "concerns"
SECTION_OBSERVATIONS = "observations"
SECTION_REFLECTIONS = "reflections"
SECTION_SIGN_OFF = "sign_off"
ALL_SECTIONS: tuple[str, ...] = (
    SECTION_SUMMARY,
    SECTION_COMPETENCIES,
    SECTION_CHARTS,
    SECTION_GOALS,
    SECTION_REVIEWS,
    SECTION_CONCERNS,
    SECTION_OBSERVATIONS,
    SECTION_REFLECTIONS,
    SECTION_SIGN_OFF,
)


# How a PDF keeps its audit head in its keywords, for ``mentorlog verify-report``.
AUDIT_KEYWORD = "mentorlog-audit-head"


@dataclass(frozen=True)
class AuditHead:
    """The audit trail when a report was made: how many events, the newest one's number
    and hash (its signature covers the whole trail up to it)."""

    seq: int
    hash: str
    events: int

    def footer(self) -> str:
        return gettext(
            "Audit trail when generated: {events} events, head event {seq} · {hash}",
            events=self.events,
            seq=self.seq,
            hash=self.hash,
        )

    def keywords(self) -> str:
        return f"{AUDIT_KEYWORD} seq={self.seq} hash={self.hash} events={self.events}"


@dataclass(frozen=True)
class ScaleStep:
    value: int
    code: str  # "1".."5"
    label: str


@dataclass(frozen=True)
class CompetencyRow:
    """One competency in the table: the mentor's latest rating beside the student's own."""

    domain: str
    key: str
    name: str
    latest_code: str = ""  # "" when never rated (or only "not observed")
    latest_label: str = ""
    latest_value: int | None = None
    latest_on: date | None = None
    anchor: str = ""  # what the latest level looks like for this competency
    times_observed: int = 0
    trend: tuple[int, ...] = ()  # rating values in date order
    self_code: str = ""
    self_label: str = ""
    self_on: date | None = None
    below_expected: bool = False


@dataclass(frozen=True)
class DomainSeries:
    """A domain's mean rating per period (week or month), for the chart."""

    domain: str
    points: tuple[tuple[date, float], ...]


@dataclass(frozen=True)
class GoalEntry:
    title: str
    status: str
    action_plan: str = ""
    due_on: date | None = None
    competencies: tuple[str, ...] = ()
    progress_notes: tuple[tuple[date, str], ...] = ()


@dataclass(frozen=True)
class SignatureEntry:
    """A recorded sign-off, acknowledgement or disagreement."""

    role: str  # "mentor", "student", "coordinator"
    name: str
    kind: str  # "signed", "acknowledged", "disagreed"
    signed_at: datetime
    comment: str = ""


@dataclass(frozen=True)
class DomainSummaryEntry:
    domain: str
    level_code: str
    level_label: str
    summary: str


@dataclass(frozen=True)
class ReviewEntry:
    kind: str  # "midpoint", "final"
    held_on: date
    author: str
    overall_progress: str
    summary: str = ""
    agreed_actions: str = ""
    domain_summaries: tuple[DomainSummaryEntry, ...] = ()
    signatures: tuple[SignatureEntry, ...] = ()


@dataclass(frozen=True)
class ConcernEntry:
    raised_on: date
    raised_by: str
    status: str
    description: str
    action_plan: str = ""
    review_on: date | None = None
    outcome: str = ""
    closed_on: date | None = None
    placement: str = ""  # which placement, in a report over several


@dataclass(frozen=True)
class RatingEntry:
    key: str
    name: str
    code: str
    label: str
    comment: str = ""
    not_responding: bool = False


@dataclass(frozen=True)
class ObservationEntry:
    observed_on: date
    shift: str
    duration_minutes: int
    author: str
    setting: str = ""
    situation_type: str = ""
    narrative: str = ""
    ratings: tuple[RatingEntry, ...] = ()
    remedial_minutes: int = 0
    # The student's response: "acknowledged", "disagreed" or "" when not yet read.
    response: str = ""
    response_on: date | None = None
    response_comment: str = ""
    response_version: int = 0  # the version the student responded to
    version: int = 1  # 2 and on: amended, for amendment_reason
    amendment_reason: str = ""
    signed_by: str = ""  # the mentor's signature on this version, "" while unsigned
    signed_on: date | None = None


@dataclass(frozen=True)
class ReflectionEntry:
    written_on: date
    title: str
    template: str
    sections: tuple[tuple[str, str], ...]  # (heading, text) in template order


@dataclass(frozen=True)
class StudentReport:
    """Everything one student's progress report shows, for one placement and period."""

    academy: str
    student: str
    prison: str
    unit: str
    cohort: str
    placement_starts_on: date
    placement_ends_on: date
    period_from: date
    period_to: date
    phase: str
    status: str
    mentors: tuple[str, ...]
    hours_logged: float
    target_hours: int
    remedial_minutes: int
    observation_count: int
    overall_status: str
    open_concerns: int
    framework: str
    expected_value: float | None  # the level expected by ``expected_on``
    scale: tuple[ScaleStep, ...]
    competencies: tuple[CompetencyRow, ...]
    domain_series: tuple[DomainSeries, ...]
    goals: tuple[GoalEntry, ...] = ()
    reviews: tuple[ReviewEntry, ...] = ()
    concerns: tuple[ConcernEntry, ...] = ()
    observations: tuple[ObservationEntry, ...] = ()
    reflections: tuple[ReflectionEntry, ...] = ()
    # Latest "signed" per role on the placement or its final review.
    sign_offs: tuple[SignatureEntry, ...] = ()
    learning_contract: str = ""
    audit_head: AuditHead | None = None  # the trail when the report was made
    expected_on: date | None = None
    # The level expected through the placement, at each phase boundary: (day, level).
    expected_curve: tuple[tuple[date, float], ...] = ()


@dataclass(frozen=True)
class CohortStudentLine:
    """One placement of the cohort, as the attention dashboard has it."""

    student: str
    prison: str
    phase: str
    status: str
    hours_logged: float
    target_hours: int
    last_entry_on: date | None
    below_expected: int  # competencies below the level expected by now
    open_concerns: int  # escalated ones included
    unacknowledged: int  # shared entries waiting over a week for the student's answer
    starts_on: date | None = None
    ends_on: date | None = None
    attention: str = ""  # "Act now", "Needs attention", "Keep an eye on", "On track"
    level: int = 0  # 3 act now .. 0 on track
    reasons: tuple[str, ...] = ()  # in words
    reason_keys: tuple[str, ...] = ()  # the same, as the dashboard's rule keys
    unit: str = ""
    lead_mentor: str = ""
    outcome: str = ""  # the final review's result, else the latest review's ("" before)
    outcome_review: str = ""  # which review gave it: "midpoint", "final"
    escalated_concerns: int = 0
    hours_expected: float = 0.0  # the target pro-rated to the summary's day
    nrt: int = 0
    remedial_minutes: int = 0
    disagreements: int = 0
    unsigned: int = 0  # shared entries waiting over a week for the mentor's signature


@dataclass(frozen=True)
class CohortConcern:
    student: str
    prison: str
    raised_on: date
    status: str  # "open", "monitoring", "escalated"
    review_on: date | None
    description: str
    raised_by: str


@dataclass(frozen=True)
class CohortOverdueReview:
    student: str
    prison: str
    lead_mentor: str
    review: str  # "midpoint", "final"
    due_on: date | None  # the mid-point day; for a final review, the placement's end
    ended: bool = False


@dataclass(frozen=True)
class RaterLine:
    """A mentor's (or prison's) ratings beside their peers' (services.calibration)."""

    name: str
    prison: str
    students: int
    ratings: int
    counts: tuple[int, ...]  # per level, lowest first
    peer_counts: tuple[int, ...]
    mean: float
    peers_mean: float | None
    difference: float | None
    drift: int  # +1 rates higher than peers, -1 lower, 0 alike


@dataclass(frozen=True)
class CalibrationPage:
    levels: tuple[str, ...]  # the level codes, lowest first
    mentors: tuple[RaterLine, ...]  # marked first; only the first few of a long list
    prisons: tuple[RaterLine, ...]
    more_mentors: int = 0  # mentors left out of ``mentors`` (none of them marked)
    drift_levels: float = 0.5


@dataclass(frozen=True)
class CohortSummary:
    academy: str
    cohort: str
    period_from: date | None
    period_to: date | None
    lines: tuple[CohortStudentLine, ...] = field(default_factory=tuple)  # by attention
    as_of: date | None = None  # the day the figures are for
    concerns: tuple[CohortConcern, ...] = ()  # open ones, escalated included
    overdue_reviews: tuple[CohortOverdueReview, ...] = ()
    calibration: CalibrationPage | None = None
    audit_head: AuditHead | None = None
