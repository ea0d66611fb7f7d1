"""Export progress reports: one student, several, or a cohort; a period; the sections;
where to save. Rendering runs on the worker (Op with progress) so the window stays
responsive and the export can be cancelled; a preview shows the PDF before saving.

The shell opens it with ``open_export_dialog(ctx, parent, placement_id=None)``.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentorlog.services.report_targets import CohortTarget, StudentTarget
from mentorlog.ui.context import AppContext
from mentorlog.ui.errors import show_error
from mentorlog.ui.export_options import OptionsPanel
from mentorlog.ui.ops import Op
from mentorlog.ui.student_view import is_student_view
from mentorlog.ui.wording import fill

ONE, SEVERAL, COHORT = 0, 1, 2


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class ExportDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        placement_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export progress reports"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._wanted_placement = placement_id
        self._students: list[StudentTarget] = []
        self._cohorts: list[CohortTarget] = []
        self._batch: Any = None  # the BatchExport under way
        self._out_edited = False
        self.last_result: Any = None
        self.preview: QDialog | None = None
        self._build()
        from mentorlog.services.report_export import warm_up

        warm_up()
        self._load()

    # ---- layout -------------------------------------------------------------------
    def _build(self) -> None:
        who = QGroupBox(self.tr("Who"), self)
        self.mode_one = QRadioButton(self.tr("&One student"), who)
        self.mode_several = QRadioButton(self.tr("&Several students"), who)
        self.mode_cohort = QRadioButton(self.tr("A whole &cohort, with its summary"), who)
        self.modes = QButtonGroup(self)
        for mode, button in (
            (ONE, self.mode_one),
            (SEVERAL, self.mode_several),
            (COHORT, self.mode_cohort),
        ):
            self.modes.addButton(button, mode)
        self.mode_one.setChecked(True)

        self.student_combo = QComboBox(who)
        self.student_combo.setObjectName("studentCombo")
        self.student_combo.setAccessibleName(self.tr("Student"))
        self.student_list = QListWidget(who)
        self.student_list.setObjectName("studentList")
        self.student_list.setAccessibleName(self.tr("Students to export"))
        self.cohort_combo = QComboBox(who)
        self.cohort_combo.setObjectName("cohortCombo")
        self.cohort_combo.setAccessibleName(self.tr("Cohort"))
        self.stack = QStackedWidget(who)
        for widget in (self.student_combo, self.student_list, self.cohort_combo):
            if isinstance(widget, QComboBox):  # a combo keeps its height, at the top
                page = QWidget(self.stack)
                box = QVBoxLayout(page)
                box.setContentsMargins(0, 0, 0, 0)
                box.addWidget(widget)
                box.addStretch(1)
                widget = page
            self.stack.addWidget(widget)
        self.empty = QLabel(
            self.tr(
                "There are no placements you may report on yet. Once a student has a "
                "placement, their progress report can be exported here."
            ),
            who,
        )
        self.empty.setObjectName("exportEmpty")
        self.empty.setWordWrap(True)
        self.empty.hide()
        who_layout = QVBoxLayout(who)
        modes_row = QHBoxLayout()
        for button in (self.mode_one, self.mode_several, self.mode_cohort):
            modes_row.addWidget(button)
        modes_row.addStretch(1)
        # Only the choices this person has: a cohort summary is a coordinator's, and a
        # student reports on themself alone (no choice of who at all).
        student = is_student_view(self.ctx.actor)
        self.mode_cohort.setVisible(self.ctx.actor.sees_everything)
        for button in (self.mode_one, self.mode_several):
            button.setVisible(not student)
        who_layout.addLayout(modes_row)
        who_layout.addWidget(self.stack)
        who_layout.addWidget(self.empty)

        self.options = OptionsPanel(self)

        self.out_edit = QLineEdit(self)
        self.out_edit.setObjectName("outputPath")
        self.out_edit.setAccessibleName(self.tr("Save to"))
        self.browse = QPushButton(self.tr("C&hoose…"), self)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(self.browse)
        out_form = QFormLayout()
        out_label = QLabel(self.tr("Save &to:"), self)
        out_label.setBuddy(self.out_edit)
        out_form.addRow(out_label, out_row)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.preview_button = QPushButton(self.tr("&Preview"), self)
        self.export_button = QPushButton(self.tr("&Export"), self)
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel e&xport"), self)
        self.cancel_button.hide()
        self.open_file_button = QPushButton(self.tr("Open &file"), self)
        self.open_folder_button = QPushButton(self.tr("Open f&older"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        for b in (self.open_file_button, self.open_folder_button):
            b.hide()
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.open_file_button, self.open_folder_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.cancel_button, self.export_button, self.close_button):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(self.options)
        layout.addLayout(out_form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(640, 560)
        self._fit_who()

        self.modes.idClicked.connect(self._mode_changed)
        self.student_combo.currentIndexChanged.connect(self._suggest_output)
        self.cohort_combo.currentIndexChanged.connect(self._suggest_output)
        self.out_edit.textEdited.connect(lambda _t: setattr(self, "_out_edited", True))
        self.browse.clicked.connect(self._choose_output)
        self.preview_button.clicked.connect(self.show_preview)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.close_button.clicked.connect(self.close)
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button.clicked.connect(self.open_folder)

    # ---- data -----------------------------------------------------------------------
    def _load(self) -> None:
        from mentorlog.services.report_targets import cohort_targets, student_targets

        actor = self.ctx.actor
        self._set_busy(True, self.tr("Loading students…"))
        Op(self, lambda s: (student_targets(s, actor), cohort_targets(s, actor))).success(
            self._loaded
        ).failure(self._failed).run(self.ctx)

    def _loaded(self, found: tuple[list[StudentTarget], list[CohortTarget]]) -> None:
        self._students, self._cohorts = found
        self._set_busy(False, "")
        self.student_combo.clear()
        self.student_list.clear()
        for target in self._students:
            # Ids travel as text: Qt compares Python objects in a QVariant by identity.
            self.student_combo.addItem(target.describe(), str(target.placement_id))
            item = QListWidgetItem(target.describe(), self.student_list)
            item.setData(Qt.ItemDataRole.UserRole, str(target.placement_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.cohort_combo.clear()
        for cohort in self._cohorts:
            self.cohort_combo.addItem(
                self.tr("%1 (%2, %n placement(s))", "", cohort.placements)
                .replace("%1", cohort.name)
                .replace("%2", cohort.academy),
                str(cohort.cohort_id),
            )
        if self._wanted_placement is not None:
            index = self.student_combo.findData(str(self._wanted_placement))
            if index >= 0:
                self.student_combo.setCurrentIndex(index)
                names = [c.name for c in self._cohorts]  # the open student's cohort first
                if (cohort := self._students[index].cohort) in names:
                    self.cohort_combo.setCurrentIndex(names.index(cohort))
        # A cohort summary is for coordinators; mentors and students export students.
        self.mode_cohort.setEnabled(bool(self._cohorts) and self.ctx.actor.sees_everything)
        nothing = not self._students
        self.empty.setVisible(nothing)
        self.stack.setVisible(not nothing)
        for widget in (self.export_button, self.preview_button, self.mode_several):
            widget.setEnabled(not nothing)
        self._suggest_output()

    # ---- choices --------------------------------------------------------------------
    def mode(self) -> int:
        return self.modes.checkedId()

    def set_mode(self, mode: int) -> None:
        self.modes.button(mode).setChecked(True)
        self._mode_changed(mode)

    def _mode_changed(self, mode: int) -> None:
        self.stack.setCurrentIndex(mode)
        self.status.setText("")  # "Wrote 1 PDF, 14 pages" was the last choice's export
        self._fit_who()
        self._out_edited = False
        self._suggest_output()

    def _fit_who(self) -> None:
        """The Who box as tall as its current choice: a drop-down takes one line, the list
        of students its room (a stack is otherwise as tall as its tallest page)."""
        current = self.stack.currentIndex()
        # Several names to tick at a glance; no height kept for the list otherwise (a
        # stack keeps the largest minimum of its pages).
        self.student_list.setMinimumHeight(180 if current == SEVERAL else 0)
        for i in range(self.stack.count()):
            policy = QSizePolicy.Policy.Preferred if i == current else QSizePolicy.Policy.Ignored
            page = self.stack.widget(i)
            page.setSizePolicy(policy, policy)
            page.updateGeometry()
        self.stack.updateGeometry()
        # Once the layouts have taken the new policies in (they do so on posted events).
        QTimer.singleShot(0, self._fit_height)

    def _fit_height(self) -> None:
        self.resize(self.width(), self.sizeHint().height())

    def checked_placements(self) -> list[uuid.UUID]:
        items = (self.student_list.item(i) for i in range(self.student_list.count()))
        return [
            uuid.UUID(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    @staticmethod
    def _current_id(combo: QComboBox) -> uuid.UUID | None:
        value = combo.currentData()
        return uuid.UUID(value) if value else None

    def _suggest_output(self) -> None:
        if self._out_edited:
            return
        from mentorlog.services.report_export import safe_filename

        base = _documents()
        if self.mode() == ONE and self.student_combo.currentIndex() >= 0:
            student = self._students[self.student_combo.currentIndex()].student
            self.out_edit.setText(str(base / f"{safe_filename(student)} progress report.pdf"))
        elif self.mode() == COHORT and self.cohort_combo.currentIndex() >= 0:
            cohort = self._cohorts[self.cohort_combo.currentIndex()].name
            self.out_edit.setText(str(base / safe_filename(f"{cohort} reports")))
        else:
            self.out_edit.setText(str(base / "mentorlog reports"))

    def _choose_output(self) -> None:
        current = self.out_edit.text()
        if self.mode() == ONE:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the report as"), current, self.tr("PDF files (*.pdf)")
            )
        else:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Save the reports in"), current)
        if chosen:
            self.out_edit.setText(chosen)
            self._out_edited = True

    # ---- preview and export ---------------------------------------------------------
    def _problem(self) -> str:
        if self.mode() == SEVERAL and not self.checked_placements():
            return self.tr("Tick at least one student to export.")
        if not self.out_edit.text().strip():
            return self.tr("Choose where to save.")
        return self.options.problem()

    def show_preview(self) -> None:
        from mentorlog.services.report_export import render_cohort, render_student

        problem = self._problem() if self.mode() != SEVERAL else self.options.problem()
        if problem:
            self.status.setText(problem)
            return
        actor, options = self.ctx.actor, self.options.export_options()
        if self.mode() == COHORT:
            cohort_id = self._current_id(self.cohort_combo)

            def work(session: Any) -> tuple[bytes, int, str]:
                return render_cohort(session, actor, cohort_id, options)
        else:
            checked = self.checked_placements()
            placement_id = (
                checked[0]
                if self.mode() == SEVERAL and checked
                else self._current_id(self.student_combo)
            )

            def work(session: Any) -> tuple[bytes, int, str]:
                return render_student(session, actor, placement_id, options)

        self._set_busy(True, self.tr("Preparing the preview…"))
        Op(self, work).reading().success(self._show_preview).failure(self._failed).run(self.ctx)

    def _show_preview(self, rendered: tuple[bytes, int, str]) -> None:
        from mentorlog.ui.report_preview import ReportPreview

        self._set_busy(False, "")
        pdf, pages, title = rendered
        self.preview = ReportPreview(pdf, title, pages, self)
        self.preview.show()

    def start_export(self) -> None:
        from mentorlog.services import report_export as rx

        problem = self._problem()
        if problem:
            self.status.setText(problem)
            return
        actor, options = self.ctx.actor, self.options.export_options()
        mode, out = self.mode(), Path(self.out_edit.text().strip()).expanduser()
        placement = self._current_id(self.student_combo)
        placements = self.checked_placements()
        cohort_id = self._current_id(self.cohort_combo)

        if mode != ONE:
            # One report per job, so the rest of the app is not kept waiting meanwhile.
            from mentorlog.ui.export_batch import BatchExport

            batch = BatchExport(
                self.ctx,
                out,
                options,
                placement_ids=placements if mode == SEVERAL else None,
                cohort_id=cohort_id if mode == COHORT else None,
                parent=self,
            )
            batch.progressed.connect(lambda d, t, w: self._progressed(d, t, w))
            batch.finished.connect(self._batch_finished)
            batch.failed.connect(self._batch_failed)
            self._batch = batch
            self._set_busy(True, self.tr("Exporting…"), cancellable=True)
            batch.start()
            return

        def work(session: Any) -> rx.ExportResult:
            return rx.ExportResult((rx.export_student(session, actor, placement, out, options),))

        self._set_busy(True, self.tr("Exporting…"))
        Op(self, work).reading().success(self._finished).failure(self._failed).run(self.ctx)

    def cancel_export(self) -> None:
        if self._batch is not None:
            self._batch.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after the current report…"))

    def _batch_finished(self, result: Any) -> None:
        self._batch = None
        self._finished(result)

    def _batch_failed(self, exc: BaseException) -> None:
        self._batch = None
        self._failed(exc)

    def _progressed(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if what:
            self.status.setText(
                self.tr("Writing %1 (%2 of %3)…")
                .replace("%1", what)
                .replace("%2", str(done + 1))
                .replace("%3", str(total))
            )

    def _finished(self, result: Any) -> None:
        self.last_result = result
        self._set_busy(False, "")
        pages = sum(f.pages for f in result.files)
        if result.cancelled:
            text = self.tr(
                "Export cancelled: %n report(s) were written whole before it "
                "stopped; nothing half-written was left.",
                "",
                len(result.files),
            )
        else:
            text = fill(
                self.tr("Wrote %n PDF(s), %1 in all.", "", len(result.files)),
                self.tr("%n page(s)", "", pages),
            )
        if result.skipped:
            left_out = self.tr("Left out (nothing in the period): %1")
            text += "\n" + fill(left_out, "; ".join(result.skipped))
        self.status.setText(text)
        self.open_file_button.setVisible(len(result.files) == 1)
        self.open_folder_button.setVisible(bool(result.files))

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False, "")
        show_error(self, exc)

    def _set_busy(self, busy: bool, message: str, *, cancellable: bool = False) -> None:
        for widget in (
            self.export_button,
            self.preview_button,
            self.browse,
            self.options,
            self.stack,
            self.mode_one,
            self.mode_several,
            self.mode_cohort,
        ):
            widget.setEnabled(not busy)
        if not busy and self.ctx.actor is not None:
            self.mode_cohort.setEnabled(bool(self._cohorts) and self.ctx.actor.sees_everything)
        self.progress.setVisible(busy and cancellable)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy and cancellable)
        self.cancel_button.setEnabled(True)
        if busy:
            self.open_file_button.hide()
            self.open_folder_button.hide()
        self.status.setText(message)

    # ---- after the export -----------------------------------------------------------
    def open_file(self) -> None:
        if self.last_result and self.last_result.files:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_result.files[0].path)))

    def open_folder(self) -> None:
        if self.last_result and self.last_result.folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_result.folder)))

    def closeEvent(self, event: Any) -> None:
        # Closing mid-export stops it cleanly; the worker finishes the current file.
        self.cancel_export()
        super().closeEvent(event)


def open_export_dialog(
    ctx: AppContext, parent: QWidget | None, placement_id: uuid.UUID | None = None
) -> ExportDialog:
    """The shell's entry point: a non-modal dialog, preset to ``placement_id``'s student."""
    dialog = ExportDialog(ctx, parent, placement_id)
    dialog.show()
    dialog.raise_()
    return dialog
