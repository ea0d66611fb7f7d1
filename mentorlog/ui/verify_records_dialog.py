"""*Verify records…*: the whole audit trail and every signed record checked in the background
(services/trail_check.py), with progress and Cancel, and every problem found listed.

The check reads on a worker of its own with its own session, not the app's serial worker,
so saving goes on while it runs; the full check verifies signatures on every core.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorlog.services import trail_check
from mentorlog.services.trail_findings import Finding, TrailCheck
from mentorlog.ui import colors, formats
from mentorlog.ui.context import AppContext
from mentorlog.ui.ops import Cancelled, Progress, TaskManager
from mentorlog.ui.rows_model import RowsModel
from mentorlog.ui.table_parts import row_table

KIND_LABELS = {
    "guard": QT_TRANSLATE_NOOP("FindingsModel", "Guard missing"),
    "chain": QT_TRANSLATE_NOOP("FindingsModel", "Trail broken"),
    "truncated": QT_TRANSLATE_NOOP("FindingsModel", "Trail cut short"),
    "signature": QT_TRANSLATE_NOOP("FindingsModel", "Signature fails"),
    "signer": QT_TRANSLATE_NOOP("FindingsModel", "Wrong key"),
    "unsigned": QT_TRANSLATE_NOOP("FindingsModel", "Not signed"),
    "key": QT_TRANSLATE_NOOP("FindingsModel", "Signing key"),
    "content": QT_TRANSLATE_NOOP("FindingsModel", "Content changed"),
    "unlocked": QT_TRANSLATE_NOOP("FindingsModel", "No longer locked"),
    "missing_sign_off": QT_TRANSLATE_NOOP("FindingsModel", "Sign-off missing"),
    "missing_record": QT_TRANSLATE_NOOP("FindingsModel", "Record missing"),
    "off_trail": QT_TRANSLATE_NOOP("FindingsModel", "Not on the trail"),
    "seal": QT_TRANSLATE_NOOP("FindingsModel", "Seal broken"),
}
# What services/trail_check.py says it is doing (its progress), for the catalogue.
STEPS = (
    QT_TRANSLATE_NOOP("VerifyRecordsDialog", "Checking the trail's events"),
    QT_TRANSLATE_NOOP("VerifyRecordsDialog", "Checking signed records"),
)


WHERE_WIDTH = 300


class FindingsModel(RowsModel[Finding]):
    KIND, WHERE, PROBLEM = range(3)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Problem"), self.tr("Where"), self.tr("What is wrong"))

    def cell(self, finding: Finding, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.KIND:
                label = KIND_LABELS.get(finding.kind)
                return self.tr(label) if label else finding.kind
            if col == self.WHERE:
                return finding.about or finding.subject
            return finding.message
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding.line()
        if role == Qt.ItemDataRole.ForegroundRole and col == self.KIND:
            return colors.attention_text()
        return None


class VerifyRecordsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("verifyRecords")
        self.setWindowTitle(self.tr("Verify records"))
        self.resize(900, 520)
        self._tasks = TaskManager(self)  # its own worker: saving goes on meanwhile
        self._progress: Progress | None = None
        self.result: TrailCheck | None = None

        intro = QLabel(
            self.tr(
                "Checks the whole audit trail and every signed record: that each record "
                "still says what was signed, that every signature is good, that no sign-off "
                "the trail mentions is missing, that the trail still holds every head this "
                "workstation, the backups and reports noted, and that its guard is in place."
            ),
            self,
        )
        intro.setWordWrap(True)
        colors.make_secondary(intro)
        self.full = QCheckBox(
            self.tr("Verify &every signature (slower; uses every processor core)"), self
        )
        self.full.setObjectName("verifyFull")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("verifyProgress")
        self.progress_bar.setAccessibleName(self.tr("Verification progress"))
        self.progress_bar.hide()
        self.status = QLabel(self.tr("Not checked yet."), self)
        self.status.setObjectName("verifyStatus")
        self.status.setWordWrap(True)
        self.model = FindingsModel(self)
        self.table = row_table(
            self, self.model, "verifyFindings", self.tr("Problems found"), FindingsModel.PROBLEM
        )
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FindingsModel.WHERE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FindingsModel.WHERE, WHERE_WIDTH)
        # Each row as tall as its wrapped text, at whatever width the columns have.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.hide()
        self.notes = QLabel(self)
        self.notes.setObjectName("verifyNotes")
        self.notes.setWordWrap(True)
        colors.make_secondary(self.notes)

        self.buttons = QDialogButtonBox(self)
        self.start_button = QPushButton(self.tr("&Verify"), self)
        self.start_button.setObjectName("verifyStart")
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("verifyCancel")
        self.cancel_button.setEnabled(False)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.full)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addStretch(0)
        layout.addWidget(self.buttons)

    # --- running ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._progress is not None

    def start(self) -> None:
        if self.running:
            return
        actor, db, full = self.ctx.actor, self.ctx.db, self.full.isChecked()
        progress = Progress(lambda *_: None)
        self._progress = progress

        def work() -> TrailCheck:
            with db.session() as session:
                result = trail_check.check_trail(
                    session, actor, full=full, progress=progress.update
                )
                session.commit()  # a sound head goes into this workstation's witness
                return result

        self.start_button.setEnabled(False)
        self.full.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Checking…"))
        self._tasks.submit(work, self._done, self._failed, self._progressed, progress)

    def _progressed(self, done: int, total: int, what: str) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)
        if what and self.running:
            self.status.setText(self.tr(what) + "…")

    def cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping…"))

    def _finished(self) -> None:
        self._progress = None
        self.progress_bar.hide()
        self.start_button.setEnabled(True)
        self.start_button.setText(self.tr("&Verify again"))
        self.full.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _done(self, result: TrailCheck) -> None:
        self._finished()
        self.result = result
        self.model.set_rows(result.sorted_findings())
        self.table.setVisible(not result.ok)
        checked = (
            self.tr("%1 events and %2 signed records checked; %3 of %4 signatures verified.")
            .replace("%1", formats.number(result.events))
            .replace("%2", formats.number(result.signed_records))
            .replace("%3", formats.number(result.signatures_checked))
            .replace("%4", formats.number(result.signatures_total))
        )
        if result.ok:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Nothing is wrong. %1").replace("%1", checked))
        else:
            count = len(result.findings)
            self.status.setStyleSheet(f"QLabel {{ color: {colors.attention_text().name()}; }}")
            self.status.setText(
                self.tr("%n problem(s) found. %1", "", count).replace("%1", checked)
            )
        head = self.tr("The trail's head: event %1, %2.").replace(
            "%1", formats.number(result.head_seq)
        ).replace("%2", result.head)
        self.notes.setText("\n".join([*result.notes, head]))

    def _failed(self, exc: BaseException) -> None:
        self._finished()
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Stopped before the end: nothing was concluded."))
            return
        from mentorlog.ui.errors import show_error

        self.status.setText(self.tr("The records could not be checked."))
        show_error(self, exc)

    # --- closing ----------------------------------------------------------------------------

    def stop_and_wait(self) -> None:
        """Cancel a check still running and wait for its worker (closing, tests)."""
        self.cancel()
        self._tasks.wait_idle(-1)

    def done(self, code: int) -> None:
        self.stop_and_wait()
        super().done(code)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_and_wait()
        super().closeEvent(event)


def open_verify_records(ctx: AppContext, parent: QWidget | None = None) -> VerifyRecordsDialog:
    dialog = VerifyRecordsDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
