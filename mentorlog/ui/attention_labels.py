"""The words the dashboard uses for attention levels and reasons (translatable, context
"AttentionLabels"); the reports and the CSV word them in services.attention_rules."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from mentorlog.services.attention_row import AttentionRow
from mentorlog.services.attention_rules import WAITING_ENTRIES, Level
from mentorlog.ui import colors, labels

CONTEXT = "AttentionLabels"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _n(text: str, n: int) -> str:
    return QCoreApplication.translate(CONTEXT, text, "", n)


def level(value: Level) -> str:
    return {
        Level.ACT_NOW: _t("Act now"),
        Level.ATTENTION: _t("Needs attention"),
        Level.WATCH: _t("Keep an eye on"),
        Level.NONE: _t("On track"),
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
        return _t("final review: not passed")
    if key == "escalated":
        return _n("%n concern(s) escalated to the academy", row.escalated_concerns)
    if key == "at_risk":
        return _t("latest review: at risk")
    if key == "open_concerns":
        return _n("%n open cause(s) for concern", row.open_concerns - row.escalated_concerns)
    if key == "final_review_due":
        if row.ended:
            return _t("no final review")
        if row.days_left < 0:
            return _t("past its end with no final review")
        return _n("final review not held, %n day(s) left", row.days_left)
    if key == "not_responding":
        return _n("not responding to training (%n rating(s) in 4 weeks)", row.recent_nrt)
    if key == "midpoint_review_overdue":
        return _t("mid-point review overdue (due %1)").replace(
            "%1", labels.short_date(row.midpoint_due_on)
        )
    if key == "below_expected":
        return _n("%n competencies below the level expected by now", row.below_expected)
    if key == "not_observed":
        if row.days_since_observed is None:
            return _t("not observed yet")
        return _n("no observation for %n day(s)", row.days_since_observed)
    if key == "needs_support":
        return _t("latest review: needs support")
    if key == "concern_review_due":
        return _t("a concern's review date has passed")
    if key == "hours_behind":
        return (
            _t("hours behind (%1 of %2 by now)")
            .replace("%1", f"{row.hours_logged:.0f}")
            .replace("%2", f"{row.hours_expected:.0f}")
        )
    if key == "disagreements":
        return _n("disagreed with %n entries in 4 weeks", row.recent_disagreements)
    if key == "waiting":
        parts = []
        if row.awaiting_answer >= WAITING_ENTRIES:
            parts.append(_t("%1 for the student's answer").replace("%1", str(row.awaiting_answer)))
        if row.awaiting_signature >= WAITING_ENTRIES:
            parts.append(
                _t("%1 for the mentor's signature").replace("%1", str(row.awaiting_signature))
            )
        return _t("entries waiting over a week: %1").replace("%1", ", ".join(parts))
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
