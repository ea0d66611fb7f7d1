"""One row of the attention dashboard, as plain data: a placement's figures, its
attention level and the reasons (rule keys of ``attention_rules``, weightiest first)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from mentorlog.models import ENDED_STATUSES
from mentorlog.services import attention_rules as rules
from mentorlog.services.sql_days import EPOCH

ENDED = ENDED_STATUSES


@dataclass(frozen=True)
class AttentionRow:
    placement_id: uuid.UUID
    student_id: uuid.UUID
    student: str
    prison: str
    unit: str
    cohort: str
    academy: str
    lead_mentor: str
    phase: str
    status: str
    starts_on: date
    ends_on: date
    days_left: int  # negative once ended
    latest_review_kind: str  # "" before the first review
    latest_progress: str
    final_progress: str
    open_concerns: int  # open, monitored and escalated (concerns.OPEN_STATUSES)
    escalated_concerns: int
    concern_reviews_due: int
    midpoint_due_on: date
    midpoint_review_overdue: bool
    final_review_due: bool
    nrt: int  # ratings marked "not responding to training", in the whole placement
    recent_nrt: int  # ... in the last four weeks
    remedial_minutes: int
    disagreements: int  # entries the student disagreed with
    recent_disagreements: int  # ... of those observed in the last four weeks
    # Shared entries observed over a week ago (attention_rules.WAITING_AFTER_DAYS) that the
    # student has not acknowledged or answered, and that the mentor has not signed.
    awaiting_answer: int
    awaiting_signature: int
    last_observed_on: date | None
    days_since_observed: int | None
    hours_logged: float
    target_hours: int
    hours_expected: float  # the target pro-rated to today
    expected_level: float | None  # the level expected by now
    below_expected: int  # competencies below it
    score: int
    level: rules.Level
    reasons: tuple[str, ...] = field(default_factory=tuple)  # rule keys, weightiest first

    @property
    def ended(self) -> bool:
        return self.status in ENDED

    @property
    def facts(self) -> rules.ReasonFacts:
        return rules.ReasonFacts(
            open_concerns=self.open_concerns,
            escalated_concerns=self.escalated_concerns,
            concern_reviews_due=self.concern_reviews_due,
            recent_nrt=self.recent_nrt,
            below_expected=self.below_expected,
            days_since_observed=self.days_since_observed,
            days_left=self.days_left,
            hours_logged=self.hours_logged,
            hours_expected=self.hours_expected,
            recent_disagreements=self.recent_disagreements,
            awaiting_answer=self.awaiting_answer,
            awaiting_signature=self.awaiting_signature,
            midpoint_due_on=self.midpoint_due_on,
            ended=self.ended,
        )

    def reason_texts(self) -> tuple[str, ...]:
        facts = self.facts
        return tuple(rules.reason_text(key, facts) for key in self.reasons)


def row_from(r: dict[str, Any]) -> AttentionRow:
    """The row from one result row of the dashboard's query, by column name."""
    last = r["last_observed_on"]
    mask = int(r["rules"])
    return AttentionRow(
        placement_id=r["id"],
        student_id=r["student_id"],
        student=f"{r['given_name']} {r['family_name']}".strip(),
        prison=r["prison"],
        unit=r["unit"],
        cohort=r["cohort"],
        academy=r["academy"],
        lead_mentor=r["lead_mentor"].strip(),
        phase=str(r["phase"]),
        status=str(r["status"]),
        starts_on=r["starts_on"],
        ends_on=r["ends_on"],
        days_left=int(r["days_left"]),
        latest_review_kind=str(r["latest_review_kind"] or ""),
        latest_progress=str(r["latest_progress"] or ""),
        final_progress=str(r["final_progress"] or ""),
        open_concerns=int(r["open_concerns"]),
        escalated_concerns=int(r["escalated_concerns"]),
        concern_reviews_due=int(r["concern_reviews_due"]),
        midpoint_due_on=EPOCH + timedelta(days=int(r["midpoint_day"])),
        midpoint_review_overdue=bool(r["midpoint_overdue"]),
        final_review_due=bool(r["final_due"]),
        nrt=int(r["nrt"]),
        recent_nrt=int(r["recent_nrt"]),
        remedial_minutes=int(r["remedial_minutes"]),
        disagreements=int(r["disagreements"]),
        recent_disagreements=int(r["recent_disagreements"]),
        awaiting_answer=int(r["awaiting_answer"]),
        awaiting_signature=int(r["awaiting_signature"]),
        last_observed_on=last,
        days_since_observed=None if last is None else int(r["days_since_observed"]),
        hours_logged=float(r["hours_logged"]),
        target_hours=int(r["target_hours"]),
        hours_expected=float(r["hours_expected"] or 0),
        expected_level=None if r["expected"] is None else float(r["expected"]),
        below_expected=int(r["below_expected"] or 0),
        score=int(r["score"]),
        level=rules.Level(int(r["level"])),
        reasons=tuple(rule.key for i, rule in enumerate(rules.RULES) if mask >> i & 1),
    )
