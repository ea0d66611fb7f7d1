"""The words the dashboard uses for attention levels and reasons (translatable, context
"AttentionLabels"); the reports and the CSV word them in services.attention_rules."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from mentorlog.services.attention_row import AttentionRow
from mentorlog.services.attention_rules import WAITING_ENTRIES, Level
from mentorlog.ui import colors, formats, labels

CONTEXT = "AttentionLabels"


class AttentionLabels(QObject):
    """The context (CONTEXT) the words are looked up in: pyside6-lupdate reads a string,
    and a count, from ``AttentionLabels.tr(text, "", n)``, not from a helper."""


def level(value: Level) -> str:
    return {
        Level.ACT_NOW: AttentionLabels.tr("Act now"),
        Level.ATTENTION: AttentionLabels.tr("Needs attention"),
        Level.WATCH: AttentionLabels.tr("Keep an eye on"),
        Level.NONE: AttentionLabels.tr("On track"),
    }[value]


def level_color(value: Level) -> QColor | None:
    """Act now in the attention colour; keep-an-eye-on and on-track quieter."""
    if value >= Level.ATTENTION:
        return colors.attention_text()
    if value == Level.NONE:
        return colors.secondary_text()
    return None


def reason(key: str, row: AttentionRow) -> str:
    """One reason for ``row``'s attention, in the user's words."""
    if key == "not_passed":
        return AttentionLabels.tr("final review: not passed")
    if key == "escalated":
        return AttentionLabels.tr(
            "%n concern(s) escalated to the academy", "", row.escalated_concerns
        )
    if key == "at_risk":
        return AttentionLabels.tr("latest review: at risk")
    if key == "open_concerns":
        return AttentionLabels.tr(
            "%n open cause(s) for concern", "", row.open_concerns - row.escalated_concerns
        )
    if key == "final_review_due":
        if row.ended:
            return AttentionLabels.tr("no final review")
        if row.days_left < 0:
            return AttentionLabels.tr("past its end with no final review")
        return AttentionLabels.tr("final review not held, %n day(s) left", "", row.days_left)
    if key == "not_responding":
        return AttentionLabels.tr(
            "not responding to training (%n rating(s) in 4 weeks)", "", row.recent_nrt
        )
    if key == "midpoint_review_overdue":
        return AttentionLabels.tr("mid-point review overdue (due %1)").replace(
            "%1", labels.short_date(row.midpoint_due_on)
        )
    if key == "below_expected":
        return AttentionLabels.tr(
            "%n competencies below the level expected by now", "", row.below_expected
        )
    if key == "not_observed":
        if row.days_since_observed is None:
            return AttentionLabels.tr("not observed yet")
        return AttentionLabels.tr("no observation for %n day(s)", "", row.days_since_observed)
    if key == "needs_support":
        return AttentionLabels.tr("latest review: needs support")
    if key == "concern_review_due":
        return AttentionLabels.tr("a concern's review date has passed")
    if key == "hours_behind":
        return (
            AttentionLabels.tr("hours behind (%1 of %2 by now)")
            .replace("%1", formats.number(round(row.hours_logged)))
            .replace("%2", formats.number(round(row.hours_expected)))
        )
    if key == "disagreements":
        return AttentionLabels.tr(
            "disagreed with %n entries in 4 weeks", "", row.recent_disagreements
        )
    if key == "waiting":
        parts = []
        if row.awaiting_answer >= WAITING_ENTRIES:
            parts.append(
                AttentionLabels.tr("%1 for the student's answer").replace(
                    "%1", formats.number(row.awaiting_answer)
                )
            )
        if row.awaiting_signature >= WAITING_ENTRIES:
            parts.append(
                AttentionLabels.tr("%1 for the mentor's signature").replace(
                    "%1", formats.number(row.awaiting_signature)
                )
            )
        return AttentionLabels.tr("entries waiting over a week: %1").replace("%1", ", ".join(parts))
    return key


def reasons(row: AttentionRow) -> list[str]:
    return [reason(key, row) for key in row.reasons]


def outcome(row: AttentionRow) -> str:
    """The outcome so far: the final review's result, else the latest review's."""
    if row.final_progress:
        return labels.overall_progress(row.final_progress)
    if row.latest_progress:
        at = labels.phase(row.latest_review_kind).lower()  # the review's kind: "mid-point"
        return f"{labels.overall_progress(row.latest_progress)} ({at})"
    return ""
