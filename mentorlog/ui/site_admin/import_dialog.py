"""Site › Import people or placements: choose the file (CSV or XLSX), see what it would
make, change and leave alone (a dry run: nothing is written), choose where the sign-in
sheet goes when new accounts are made, then import it all in one transaction. A file with
bad rows shows each by row and column and is not imported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorlog.i18n import word
from mentorlog.models import Role
from mentorlog.services.imports.outcome import ImportOutcome, ImportRefused
from mentorlog.services.imports.people import import_people
from mentorlog.services.imports.placements import import_placements
from mentorlog.services.imports.table import ImportFileError
from mentorlog.ui import formats
from mentorlog.ui.colors import make_secondary
from mentorlog.ui.context import AppContext
from mentorlog.ui.errors import show_error
from mentorlog.ui.ops import Op
from mentorlog.ui.site_admin.manage_dialog import open_window
from mentorlog.ui.wording import fill, translate

PEOPLE, PLACEMENTS = "people", "placements"


def outcome_text(outcome: ImportOutcome) -> str:
    dry = outcome.dry_run
    parts = []
    for title, lines in (
        (translate("ImportDialog", "New prisons, units and cohorts (%1):"), outcome.new_places),
        (
            translate("ImportDialog", "Would make (%1):")
            if dry
            else translate("ImportDialog", "Made (%1):"),
            outcome.made,
        ),
        (
            translate("ImportDialog", "Would change (%1):")
            if dry
            else translate("ImportDialog", "Changed (%1):"),
            outcome.changed,
        ),
        (translate("ImportDialog", "Left alone (%1):"), outcome.unchanged),
    ):
        if lines:
            parts.append(fill(title, formats.number(len(lines))))
            parts.extend(f"    {line}" for line in lines)
    return "\n".join(parts) or translate("ImportDialog", "The file holds nothing new.")


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import people or placements"))
        self.resize(780, 560)
        self.checked: tuple[str, str, float] | None = None  # what the preview is of
        self.outcome: ImportOutcome | None = None
        self.kind = QComboBox(self)
        self.kind.setObjectName("importKind")
        if ctx.actor.has(Role.COORDINATOR) or ctx.actor.has(Role.ADMINISTRATOR):
            self.kind.addItem(
                self.tr("People (given_name, family_name, username, roles, email)"), PEOPLE
            )
        if ctx.actor.has(Role.COORDINATOR):
            self.kind.addItem(
                self.tr(
                    "Placements (student, cohort, prison, unit, mentor, start, end, target_hours)"
                ),
                PLACEMENTS,
            )
        self.file = QLineEdit(self)
        self.file.setObjectName("importFile")
        self.file.setPlaceholderText(self.tr("A .csv or .xlsx file"))
        choose = QPushButton(self.tr("C&hoose…"), self)
        choose.clicked.connect(self.choose_file)
        self.sheet = QLineEdit(self)
        self.sheet.setObjectName("importSheet")
        self.sheet.setPlaceholderText(self.tr("Where the new accounts' one-time passwords go"))
        self.choose_sheet_button = QPushButton(self.tr("Ch&oose…"), self)
        self.choose_sheet_button.clicked.connect(self.choose_sheet)
        form = QFormLayout()
        kind_label = QLabel(self.tr("&What"), self)
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, self.kind)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)
        file_label = QLabel(self.tr("&File"), self)
        file_label.setBuddy(self.file)
        form.addRow(file_label, file_row)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet, 1)
        sheet_row.addWidget(self.choose_sheet_button)
        self.sheet_label = QLabel(self.tr("Sign-in &sheet"), self)
        self.sheet_label.setBuddy(self.sheet)
        form.addRow(self.sheet_label, sheet_row)
        hint = QLabel(
            self.tr(
                "CSV as Excel saves it (UTF-8, ';' or ','), or an Excel workbook. “Check” shows "
                "what the file would do and writes nothing; a file with any bad row is not "
                "imported. The sign-in sheet (PDF or CSV) is written once and kept nowhere else."
            ),
            self,
        )
        hint.setWordWrap(True)
        make_secondary(hint)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("importPreview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("What the import would do"))
        self.preview.setPlaceholderText(self.tr("Choose a file and press Check."))
        self.status = QLabel(self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.check_button = buttons.addButton(
            self.tr("&Check"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.check_button.setObjectName("importCheck")
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importRun")
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.run_import)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._changed)
        self.file.textChanged.connect(self._changed)
        self._changed()

    def _what(self) -> tuple[str, Path]:
        return self.kind.currentData(), Path(self.file.text().strip())

    def _stamp(self) -> tuple[str, str, float] | None:
        kind, path = self._what()
        try:
            return kind, str(path), path.stat().st_mtime
        except OSError:
            return None

    def _changed(self) -> None:
        people = self.kind.currentData() == PEOPLE
        for widget in (self.sheet, self.sheet_label, self.choose_sheet_button):
            widget.setVisible(people)
        self.import_button.setEnabled(self.checked is not None and self.checked == self._stamp())

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The file to import"),
            self.file.text(),
            self.tr("Tables (*.csv *.xlsx);;All files (*)"),
        )
        if name:
            self.file.setText(name)

    def choose_sheet(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Where the sign-in sheet goes"),
            self.sheet.text() or "sign-in-sheet.pdf",
            self.tr("PDF (*.pdf);;CSV (*.csv)"),
        )
        if name:
            self.sheet.setText(name)

    def _run(self, dry_run: bool) -> None:
        kind, path = self._what()
        if not path.name:
            self.status.setText(self.tr("Choose the file to import first."))
            self.file.setFocus()
            return
        sheet = Path(self.sheet.text().strip()) if self.sheet.text().strip() else None
        actor, stamp = self.ctx.actor, self._stamp()

        def work(session: Any) -> ImportOutcome:
            if kind == PEOPLE:
                return import_people(session, actor, path, dry_run=dry_run, sheet=sheet)
            return import_placements(session, actor, path, dry_run=dry_run)

        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.status.setText(
            self.tr("Checking %1…").replace("%1", path.name)
            if dry_run
            else self.tr("Importing %1…").replace("%1", path.name)
        )
        Op(self, work).success(lambda o: self._done(o, stamp)).failure(self._refused).run(self.ctx)

    def check(self) -> None:
        self._run(True)

    def run_import(self) -> None:
        outcome = self.outcome
        if (
            self.kind.currentData() == PEOPLE
            and outcome is not None
            and outcome.made
            and not self.sheet.text().strip()
        ):
            self.status.setText(
                self.tr(
                    "Choose where the sign-in sheet goes: it holds the new accounts' one-time "
                    "passwords, and mentorlog keeps no copy."
                )
            )
            self.choose_sheet_button.setFocus()
            return
        self._run(False)

    def _done(self, outcome: ImportOutcome, stamp: Any) -> None:
        self.check_button.setEnabled(True)
        self.preview.setPlainText(outcome_text(outcome))
        if outcome.dry_run:
            self.outcome, self.checked = outcome, stamp
            self.status.setText(outcome.summary() + " " + self.tr("Nothing was written yet."))
        else:
            self.outcome, self.checked = None, None
            text = outcome.summary()
            if outcome.sheet:
                text += " " + self.tr(
                    "The sign-in sheet is in %1: hand each person their line; each must "
                    "choose their own password at the first sign-in."
                ).replace("%1", outcome.sheet)
                self.sheet.clear()
            self.status.setText(text)
        self._changed()

    def _refused(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.checked = None
        self._changed()
        if isinstance(exc, ImportRefused | ImportFileError):
            self.preview.setPlainText(word(exc))
            self.status.setText(self.tr("Nothing was imported: mend the file and check it again."))
        else:
            self.status.setText("")
            show_error(self, exc)


def open_import_dialog(ctx: AppContext, parent: QWidget | None = None) -> ImportDialog:
    return open_window(ImportDialog(ctx, parent))  # type: ignore[return-value]
