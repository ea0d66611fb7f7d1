"""The audit trail window for coordinators and administrators: browse and filter events
(filtered and paged in SQL), and *Verify records…* (ui/verify_records_dialog.py): the
whole trail and every signed record, checked in the background.

Open it with ``open_audit_view(ctx, parent)``.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorlog.services import audit_trail
from mentorlog.services.audit_trail import AuditFilter, AuditRow
from mentorlog.services.changes import ChangeKind, ChangeSet
from mentorlog.ui import colors, formats, trust_labels
from mentorlog.ui.context import AppContext
from mentorlog.ui.ops import Op
from mentorlog.ui.rows_model import RowsModel
from mentorlog.ui.table_parts import TableOrEmpty, row_table, search_field

PAGE = 500
ANY_TIME = -1
# Period choices: (label, days back). Item data is never None: PySide6 6.12 on CPython
# 3.11 hands None back without its reference (a PySide6 6.12 defect, see the pin in pyproject.toml).
PERIODS: tuple[tuple[str, int], ...] = (
    (QT_TRANSLATE_NOOP("AuditView", "Any time"), ANY_TIME),
    (QT_TRANSLATE_NOOP("AuditView", "Today"), 0),
    (QT_TRANSLATE_NOOP("AuditView", "Last 7 days"), 6),
    (QT_TRANSLATE_NOOP("AuditView", "Last 30 days"), 29),
    (QT_TRANSLATE_NOOP("AuditView", "Last 12 months"), 364),
)


class AuditModel(RowsModel[AuditRow]):
    WHEN, WHO, WORKSTATION, ACTION, RECORD, DETAIL = range(6)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("When"),
            self.tr("Who"),
            self.tr("Workstation"),
            self.tr("What"),
            self.tr("Record"),
            self.tr("Details"),
        )

    def cell(self, row: Any, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.WHEN:
                return formats.moment(row.occurred_at, seconds=True)
            if col == self.WHO:
                return row.actor_name
            if col == self.WORKSTATION:
                return row.workstation
            if col == self.ACTION:
                return trust_labels.action(row.action)
            if col == self.RECORD:
                return trust_labels.record_kind(row.entity_type) if row.entity_type else ""
            return trust_labels.detail(row.detail) if row.detail else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.ACTION:
                return (
                    self.tr("Event %1 · %2").replace("%1", str(row.seq)).replace("%2", row.action)
                )
            if col == self.RECORD and row.entity_id:
                return str(row.entity_id)
            if col == self.DETAIL and row.detail:
                return json.dumps(row.detail, ensure_ascii=False, indent=1)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.ACTION and _alarming(row.action):
            return colors.attention_text()
        return None


def _alarming(action: str) -> bool:
    """Events a coordinator should notice: failures, lockouts and refusals."""
    return action.endswith((".failed", ".refused_locked")) or action in (
        "account.locked",
        "permission.refused",
        "key_file.failures",
        "key_file.attempts_reset",
    )


class AuditView(QDialog):
    """Filters above, events newest first, the chain check below."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("auditView")
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(980, 560)
        self._total = 0
        self._generation = 0  # answers to an older query are dropped

        self.search = search_field(
            self,
            "auditSearch",
            self.tr("Search names, workstations, actions…"),
            self.tr("Search the audit trail"),
            self.refresh,
        )
        self.action_filter = QComboBox(self)
        self.action_filter.setObjectName("auditAction")
        self.action_filter.setAccessibleName(self.tr("Show only this kind of event"))
        self.action_filter.addItem(self.tr("All events"), "")
        self.period = QComboBox(self)
        self.period.setObjectName("auditPeriod")
        self.period.setAccessibleName(self.tr("Period"))
        for label, days in PERIODS:
            self.period.addItem(self.tr(label), days)
        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("&Search:"), self.search),
            (self.tr("&Events:"), self.action_filter),
            (self.tr("&Period:"), self.period),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1 if widget is self.search else 0)

        self.model = AuditModel(self)
        self.table = row_table(
            self, self.model, "auditTable", self.tr("Audit events, newest first"), AuditModel.DETAIL
        )
        self.stack = TableOrEmpty(self.table, "auditEmpty", self)
        self.empty = self.stack.empty

        self.count = QLabel(self)
        self.count.setObjectName("auditCount")
        self.more_button = QPushButton(self.tr("Show &more"), self)
        self.more_button.setObjectName("auditMore")
        self.chain = QLabel(
            self.tr(
                "Each event is signed by whoever acted and chained to the one before; "
                "signed records carry the digest of what was signed."
            ),
            self,
        )
        self.chain.setObjectName("auditChain")
        self.chain.setWordWrap(True)
        colors.make_secondary(self.chain)
        self.verify_button = QPushButton(self.tr("&Verify records…"), self)
        self.verify_button.setObjectName("auditVerify")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.count, 1)
        footer.addWidget(self.more_button)
        chain_row = QHBoxLayout()
        chain_row.addWidget(self.chain, 1)
        chain_row.addWidget(self.verify_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer)
        layout.addLayout(chain_row)
        layout.addWidget(buttons)

        self.action_filter.currentIndexChanged.connect(self.refresh)
        self.period.currentIndexChanged.connect(self.refresh)
        self.more_button.clicked.connect(self.load_more)
        self.verify_button.clicked.connect(self.verify)
        ctx.changed.connect(self._changed)
        self._load_action_names()
        self.refresh()

    # --- loading --------------------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        days = self.period.currentData()
        since = date.today() - timedelta(days=days) if days != ANY_TIME else None
        action = self.action_filter.currentData() or None
        return AuditFilter(action=action, since=since, text=self.search.text())

    def _load_action_names(self) -> None:
        actor = self.ctx.actor
        op = Op(self, lambda s: audit_trail.action_names(s, actor))
        op.success(self._fill_actions).run(self.ctx)

    def _fill_actions(self, names: list[str]) -> None:
        chosen = self.action_filter.currentData()
        self.action_filter.blockSignals(True)
        while self.action_filter.count() > 1:
            self.action_filter.removeItem(1)
        for name in sorted(names, key=trust_labels.action):
            self.action_filter.addItem(trust_labels.action(name), name)
        found = self.action_filter.findData(chosen)
        self.action_filter.setCurrentIndex(max(found, 0))
        self.action_filter.blockSignals(False)

    def refresh(self) -> None:
        self._generation += 1
        generation, actor, flt = self._generation, self.ctx.actor, self.current_filter()

        def load(session: Any) -> tuple[list[AuditRow], int]:
            rows = audit_trail.list_events(session, actor, flt, limit=PAGE)
            return rows, audit_trail.count_events(session, actor, flt)

        def show(result: tuple[list[AuditRow], int]) -> None:
            if generation == self._generation:
                self.model.set_rows(result[0])
                self._total = result[1]
                self._update_state()

        Op(self, load).success(show).run(self.ctx)

    def load_more(self) -> None:
        generation, actor, flt = self._generation, self.ctx.actor, self.current_filter()
        offset = self.model.rowCount()

        def show(rows: list[AuditRow]) -> None:
            if generation == self._generation:
                self.model.add_rows(rows)
                self._update_state()

        def load(session: Any) -> list[AuditRow]:
            return audit_trail.list_events(session, actor, flt, limit=PAGE, offset=offset)

        Op(self, load).success(show).run(self.ctx)

    def _update_state(self) -> None:
        shown = self.model.rowCount()
        filtered = bool(self.search.text().strip()) or self.action_filter.currentIndex() > 0
        filtered = filtered or self.period.currentData() != ANY_TIME
        self.stack.show_rows(
            self.tr(
                "No events match these filters. Clear the search, choose “All events” "
                "or a longer period."
            )
            if filtered
            else self.tr("The audit trail is empty. Sign-ins and changes will appear here.")
        )
        self.count.setText(
            self.tr("Showing %1 of %2 events, newest first")
            .replace("%1", str(shown))
            .replace("%2", str(self._total))
        )
        self.more_button.setEnabled(shown < self._total)

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches(ChangeKind.AUDIT_EVENT):  # every audited act adds an event
            self._load_action_names()
            self.refresh()

    # --- verifying -------------------------------------------------------------------------

    def verify(self) -> None:
        from mentorlog.ui.verify_records_dialog import open_verify_records

        self.verify_dialog = open_verify_records(self.ctx, self)


def open_audit_view(ctx: AppContext, parent: QWidget | None = None) -> AuditView:
    view = AuditView(ctx, parent)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    return view
