"""What makes a placement need the coordinator's attention, and how much.

Each rule is a condition on one dashboard row's figures (an SQL expression over the
metrics the dashboard query computes) and a weight. A row's score is the sum of the
weights of the rules it meets; its level follows from the score; the reasons are the
rules it meets, in the order below (the weightiest first). The query computes all of it,
so the dashboard sorts and filters on it in SQL, and the words for each reason are
written once, here (``reason_text``) for the reports and CSV, and in the UI's own
translatable labels.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement

from mentorlog.i18n.messages import N_, gettext, ngettext

# A mid-point review held within this many days of the placement's half-way day is in
# time; a final review is expected once a placement is this close to its end.
MIDPOINT_GRACE_DAYS = 7
FINAL_NOTICE_DAYS = 7
# "Below expected" calls for attention from this many competencies on: one or two are
# the ordinary spread of a student's strengths.
BELOW_EXPECTED_COMPETENCIES = 3
# Hours are behind when under this share of the target pro-rated to today (judged once a
# fifth of the placement has passed: the first weeks' rota is uneven).
HOURS_BEHIND_SHARE = 0.75
HOURS_JUDGED_FROM = 0.2
# An entry is waiting for the student's answer or the mentor's signature once it is this
# old; this many waiting call for attention. So do this many disagreements in 4 weeks.
WAITING_AFTER_DAYS = 7
WAITING_ENTRIES = 10
DISAGREEMENTS = 2


class Level(enum.IntEnum):
    """How soon the coordinator should look; rows are ordered by it."""

    NONE = 0  # on track
    WATCH = 1  # keep an eye on
    ATTENTION = 2  # needs attention
    ACT_NOW = 3  # act now

    @classmethod
    def of(cls, score: int) -> Level:
        if score >= ACT_NOW_FROM:
            return cls.ACT_NOW
        if score >= ATTENTION_FROM:
            return cls.ATTENTION
        if score >= WATCH_FROM:
            return cls.WATCH
        return cls.NONE


ACT_NOW_FROM = 50
ATTENTION_FROM = 20
WATCH_FROM = 5

LEVEL_WORDS = {  # the English; reports word them with gettext, the UI has its own
    Level.ACT_NOW: N_("Act now"),
    Level.ATTENTION: N_("Needs attention"),
    Level.WATCH: N_("Keep an eye on"),
    Level.NONE: N_("On track"),
}


@dataclass(frozen=True)
class Rule:
    key: str
    weight: int
    # The condition, given the metrics row (an object with the dashboard's columns).
    applies: Callable[[Any], ColumnElement[bool]]


def _rules() -> tuple[Rule, ...]:
    return (
        Rule("not_passed", 100, lambda m: m.final_progress == "not_passed"),
        Rule("escalated", 50, lambda m: m.escalated_concerns > 0),
        Rule("at_risk", 30, lambda m: m.latest_progress == "at_risk"),
        Rule("open_concerns", 30, lambda m: m.open_concerns > m.escalated_concerns),
        Rule("final_review_due", 30, lambda m: m.final_review_due),
        Rule("not_responding", 25, lambda m: m.recent_nrt > 0),
        Rule("midpoint_review_overdue", 25, lambda m: m.midpoint_review_overdue),
        Rule("below_expected", 20, lambda m: m.below_expected >= BELOW_EXPECTED_COMPETENCIES),
        Rule("not_observed", 15, lambda m: m.not_observed),
        Rule("needs_support", 10, lambda m: m.latest_progress == "needs_support"),
        Rule("concern_review_due", 10, lambda m: m.concern_reviews_due > 0),
        Rule("hours_behind", 10, lambda m: m.hours_behind),
        Rule("disagreements", 5, lambda m: m.recent_disagreements >= DISAGREEMENTS),
        Rule(
            "waiting",
            5,
            lambda m: (
                m.active
                & (
                    (m.awaiting_answer >= WAITING_ENTRIES)
                    | (m.awaiting_signature >= WAITING_ENTRIES)
                )
            ),
        ),
    )


RULES = _rules()
RULE_KEYS = tuple(rule.key for rule in RULES)


@dataclass(frozen=True)
class ReasonFacts:
    """The figures a reason's words need (a dashboard row has them all)."""

    open_concerns: int
    escalated_concerns: int
    concern_reviews_due: int
    recent_nrt: int
    below_expected: int
    days_since_observed: int | None
    days_left: int
    hours_logged: float
    hours_expected: float
    recent_disagreements: int
    awaiting_answer: int
    awaiting_signature: int
    midpoint_due_on: Any  # date
    ended: bool


def reason_text(key: str, f: ReasonFacts) -> str:
    """A reason in words, as the PDF and the CSV give it, in the current language."""
    if key == "not_passed":
        return gettext("final review: not passed")
    if key == "escalated":
        return ngettext(
            "{n} concern escalated to the academy",
            "{n} concerns escalated to the academy",
            f.escalated_concerns,
        )
    if key == "at_risk":
        return gettext("latest review: at risk")
    if key == "open_concerns":
        return ngettext(
            "{n} open cause for concern",
            "{n} open causes for concern",
            f.open_concerns - f.escalated_concerns,
        )
    if key == "final_review_due":
        if f.ended:
            return gettext("no final review")
        if f.days_left < 0:
            return gettext("past its end with no final review")
        return ngettext(
            "final review not held, {n} day left",
            "final review not held, {n} days left",
            f.days_left,
        )
    if key == "not_responding":
        return ngettext(
            "not responding to training ({n} rating in 4 weeks)",
            "not responding to training ({n} ratings in 4 weeks)",
            f.recent_nrt,
        )
    if key == "midpoint_review_overdue":
        return gettext(
            "mid-point review overdue (due {day})", day=f.midpoint_due_on.strftime("%Y-%m-%d")
        )
    if key == "below_expected":
        return ngettext(
            "{n} competency below expected by now",
            "{n} competencies below expected by now",
            f.below_expected,
        )
    if key == "not_observed":
        if f.days_since_observed is None:
            return gettext("not observed yet")
        return ngettext(
            "no observation for {n} day", "no observation for {n} days", f.days_since_observed
        )
    if key == "needs_support":
        return gettext("latest review: needs support")
    if key == "concern_review_due":
        return gettext("a concern's review date has passed")
    if key == "hours_behind":
        return gettext(
            "hours behind ({logged} of {expected} by now)",
            logged=round(f.hours_logged),
            expected=round(f.hours_expected),
        )
    if key == "disagreements":
        return ngettext(
            "disagreed with {n} entry in 4 weeks",
            "disagreed with {n} entries in 4 weeks",
            f.recent_disagreements,
        )
    if key == "waiting":
        answer, signature = f.awaiting_answer, f.awaiting_signature
        wait_answer, wait_signature = answer >= WAITING_ENTRIES, signature >= WAITING_ENTRIES
        if wait_answer and wait_signature:
            return gettext(
                "entries waiting over a week: {answer} for the student's answer, "
                "{signature} for the mentor's signature",
                answer=answer,
                signature=signature,
            )
        if wait_answer:
            return gettext(
                "entries waiting over a week: {answer} for the student's answer", answer=answer
            )
        if wait_signature:
            return gettext(
                "entries waiting over a week: {signature} for the mentor's signature",
                signature=signature,
            )
        return gettext("entries waiting over a week: ")
    return key
