"""The attention dashboard's table model: one row per placement, as SQL ordered them (by
attention), each figure in its own column and the reasons in words at the end."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from mentorlog.services.attention_row import AttentionRow
from mentorlog.services.attention_rules import Level
from mentorlog.ui import attention_labels, colors, labels
from mentorlog.ui.rows_model import RowsModel

(
    ATTENTION,
    STUDENT,
    REASONS,
    PRISON,
    MENTOR,
    PHASE,
    DAYS_LEFT,
    OUTCOME,
    CONCERNS,
    REVIEWS,
    NRT,
    REMEDIAL,
    DISAGREED,
    WAITING,
    LAST_OBSERVED,
    HOURS,
    BELOW,
) = range(17)
NUMERIC = (DAYS_LEFT, CONCERNS, NRT, REMEDIAL, DISAGREED, WAITING, LAST_OBSERVED, HOURS, BELOW)
PlacementIdRole = Qt.ItemDataRole.UserRole + 1
LevelRole = Qt.ItemDataRole.UserRole + 2
MARK = "●"


def _t(text: str) -> str:
    return QCoreApplication.translate("DashboardModel", text)


class DashboardModel(RowsModel[AttentionRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = self._words()  # asked for on every repaint: translated once
        self._cells: dict[uuid.UUID, tuple[tuple[str, ...], frozenset[int]]] = {}

    def headers(self) -> tuple[str, ...]:
        return self._headers

    @staticmethod
    def _words() -> tuple[str, ...]:
        return (
            _t("Attention"),
            _t("Student"),
            _t("Reasons"),
            _t("Prison"),
            _t("Lead mentor"),
            _t("Phase"),
            _t("Days left"),
            _t("Outcome so far"),
            _t("Concerns"),
            _t("Reviews"),
            _t("NRT"),
            _t("Remedial"),
            _t("Disagreed"),
            _t("Waiting"),
            _t("Last obs."),
            _t("Hours"),
            _t("Below exp."),
        )

    def header_tip(self, section: int) -> str | None:
        return _header_tips().get(section)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.TextAlignmentRole
            and section in NUMERIC
        ):
            return _RIGHT
        return super().headerData(section, orientation, role)

    def set_rows(self, rows: Sequence[AttentionRow]) -> None:
        self._cells = {}
        super().set_rows(rows)

    def _cached(self, row: AttentionRow) -> tuple[tuple[str, ...], frozenset[int]]:
        """A row's texts and flagged columns, worked out once: Qt asks for each cell's
        data in several roles on every paint, and sizing the columns asks for many rows."""
        cell = self._cells.get(row.placement_id)
        if cell is None:
            cell = (
                tuple(_display(row, column) for column in range(len(self._headers))),
                frozenset(c for c in range(len(self._headers)) if _flagged(row, c)),
            )
            self._cells[row.placement_id] = cell
        return cell

    def cell(self, row: AttentionRow, column: int, role: int) -> Any:
        if role in _UNUSED:
            return None  # most of Qt's questions per cell, answered first
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cached(row)[0][column]
        if role == PlacementIdRole:
            return row.placement_id
        if role == LevelRole:
            return int(row.level)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == ATTENTION:
                return attention_labels.level(row.level)
            return self._cached(row)[0][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return _RIGHT
        flagged = column in self._cached(row)[1]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == ATTENTION:
                return attention_labels.level_color(row.level)
            if flagged:
                return colors.attention_text()
        if role == Qt.ItemDataRole.FontRole and (
            (column == ATTENTION and row.level >= Level.ATTENTION) or flagged
        ):
            return _bold()
        return None

    def column_texts(self, column: int, rows: int) -> list[tuple[str, bool]]:
        """The first ``rows`` texts of ``column`` and whether each is drawn bold: what
        the view sizes its columns by."""
        out = []
        for row in self._rows[:rows]:
            texts, flagged = self._cached(row)
            bold = column in flagged or (column == ATTENTION and row.level >= Level.ATTENTION)
            out.append((texts[column], bold))
        return out


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_UNUSED = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.SizeHintRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.StatusTipRole,
        Qt.ItemDataRole.WhatsThisRole,
    )
)


@cache
def _bold() -> QFont:
    font = QFont(QApplication.font())
    font.setBold(True)
    return font


def _header_tips() -> dict[int, str]:  # read when the header asks: translated by then
    return {
        ATTENTION: _t("How soon to look, from the reasons at the end of the row"),
        DAYS_LEFT: _t("Days until the placement ends"),
        OUTCOME: _t("The final review's result, else the latest review's"),
        CONCERNS: _t("Open causes for concern, escalated ones included"),
        REVIEWS: _t("Reviews overdue or missing"),
        NRT: _t("Ratings marked 'not responding to training' in the placement"),
        REMEDIAL: _t("Minutes of remedial training logged"),
        REASONS: _t("Why, in words (the whole list in the row's tooltip)"),
        DISAGREED: _t("Entries the student disagreed with"),
        WAITING: _t(
            "Entries shared over a week ago still waiting: for the student's answer / "
            "for the mentor's signature"
        ),
        LAST_OBSERVED: _t("Days since the last observation"),
        HOURS: _t("Hours logged / the target pro-rated to today"),
        BELOW: _t("Competencies whose recent ratings are below the level expected by now"),
    }


def _reviews(row: AttentionRow) -> str:
    if row.midpoint_review_overdue:
        return _t("Mid-point overdue")
    if row.final_review_due:
        return _t("No final review") if row.ended else _t("Final due")
    return ""


def _days_left(row: AttentionRow) -> str:
    if row.ended:
        return labels.placement_status(row.status).lower()
    if row.status == "planned":
        return _t("planned")
    return _t("{n} d").format(n=max(row.days_left, 0))


def _display(row: AttentionRow, column: int) -> str:
    if column == ATTENTION:
        return f"{MARK} {attention_labels.level(row.level)}"
    if column == STUDENT:
        return row.student
    if column == PRISON:
        return row.prison
    if column == MENTOR:
        return row.lead_mentor
    if column == PHASE:
        return labels.phase(row.phase)
    if column == DAYS_LEFT:
        return _days_left(row)
    if column == OUTCOME:
        return attention_labels.outcome(row)
    if column == CONCERNS:
        if not row.open_concerns:
            return ""
        if row.escalated_concerns:
            return _t("{n} ({e} esc.)").format(n=row.open_concerns, e=row.escalated_concerns)
        return str(row.open_concerns)
    if column == REVIEWS:
        return _reviews(row)
    if column == NRT:
        return str(row.nrt) if row.nrt else ""
    if column == REMEDIAL:
        return str(row.remedial_minutes) if row.remedial_minutes else ""
    if column == DISAGREED:
        return str(row.disagreements) if row.disagreements else ""
    if column == WAITING:
        if not (row.awaiting_answer or row.awaiting_signature):
            return ""
        return f"{row.awaiting_answer} / {row.awaiting_signature}"
    if column == LAST_OBSERVED:
        if row.days_since_observed is None:
            return "—" if not row.ended else ""
        return _t("{n} d").format(n=row.days_since_observed)
    if column == HOURS:
        if not row.target_hours:
            return f"{row.hours_logged:.0f}"
        return f"{row.hours_logged:.0f} / {row.hours_expected:.0f}"
    if column == BELOW:
        return str(row.below_expected) if row.below_expected else ""
    if column == REASONS:
        return "; ".join(attention_labels.reasons(row))
    return ""


def _tooltip(row: AttentionRow, column: int) -> str | None:
    if column in (ATTENTION, REASONS):
        why = attention_labels.reasons(row)
        head = f"{attention_labels.level(row.level)} ({row.score})"
        return "\n".join([head, *(f"• {line}" for line in why)]) if why else head
    if column in (STUDENT, PRISON, PHASE):
        where = ", ".join(part for part in (row.prison, row.unit) if part)
        return _t("{name}: {where}; {cohort}; {start} – {end}").format(
            name=row.student,
            where=where,
            cohort=row.cohort or "—",
            start=labels.short_date(row.starts_on),
            end=labels.short_date(row.ends_on),
        )
    if column == HOURS and row.target_hours:
        return _t("{logged} of {target} hours; {expected} expected by today").format(
            logged=f"{row.hours_logged:.0f}",
            target=row.target_hours,
            expected=f"{row.hours_expected:.0f}",
        )
    if column == NRT and row.nrt:
        return _t("{recent} in the last four weeks").format(recent=row.recent_nrt)
    if column == BELOW and row.expected_level is not None:
        return _t("Level expected by now: {level}").format(level=f"{row.expected_level:.1f}")
    if column == LAST_OBSERVED and row.last_observed_on is not None:
        return labels.long_date(row.last_observed_on)
    if column == WAITING:
        return _header_tips()[WAITING]
    return None


def _flagged(row: AttentionRow, column: int) -> bool:
    reasons = set(row.reasons)
    return {
        CONCERNS: bool(reasons & {"open_concerns", "escalated"}),
        REVIEWS: bool(reasons & {"midpoint_review_overdue", "final_review_due"}),
        NRT: "not_responding" in reasons,
        OUTCOME: bool(reasons & {"not_passed", "at_risk"}),
        WAITING: "waiting" in reasons,
        LAST_OBSERVED: "not_observed" in reasons,
        HOURS: "hours_behind" in reasons,
        BELOW: "below_expected" in reasons,
        DISAGREED: "disagreements" in reasons,
    }.get(column, False)
