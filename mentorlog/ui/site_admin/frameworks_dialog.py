"""Site › Frameworks: every competency framework and version (the one in force first),
importing an academy's own (JSON or XLSX; a new version retires the old) and exporting
one to edit in a spreadsheet (coordinators)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from mentorlog.i18n import word
from mentorlog.services.framework_files import (
    FrameworkRow,
    export_framework,
    import_framework,
    list_frameworks,
)
from mentorlog.services.frameworks import FrameworkFileError
from mentorlog.ui.context import AppContext
from mentorlog.ui.errors import show_error
from mentorlog.ui.ops import Op
from mentorlog.ui.rows_model import RowsModel
from mentorlog.ui.site_admin.manage_dialog import ManageDialog, open_window


class FrameworksModel(RowsModel[FrameworkRow]):
    NAME, VERSION, SCALE, COMPETENCIES, LANGUAGES, STATUS = range(6)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Framework"),
            self.tr("Version"),
            self.tr("Scale"),
            self.tr("Competencies"),
            self.tr("Languages"),
            self.tr("Status"),
        )

    def cell(self, r: FrameworkRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return f"{r.name} ({r.key})"  # whole, where a long name is elided
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        status = {
            "active": self.tr("In force"),
            "retired": self.tr("Retired"),
            "draft": self.tr("Draft"),
        }.get(str(r.status), str(r.status))
        languages = " ".join(code.upper() for code in r.languages)  # as a file codes them
        cells = (f"{r.name} ({r.key})", str(r.version), r.scale, str(r.competencies))
        return (*cells, languages, status)[column]


class FrameworksDialog(ManageDialog[FrameworkRow]):
    KINDS = ("framework",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            FrameworksModel(),
            "frameworksDialog",
            self.tr("Frameworks"),
            FrameworksModel.NAME,
            parent,
        )
        self.import_button = self.button(self.tr("&Import…"), "frameworksImport", self.choose)
        self.export_button = self.button(self.tr("&Export…"), "frameworksExport", self.export)
        self.finish_buttons()

    def key_of(self, row: FrameworkRow) -> Any:
        return row.version_id

    def load(self, session: Any, text: str) -> list[FrameworkRow]:
        return list_frameworks(session)

    def empty_text(self, filtered: bool) -> str:
        return self.tr("No framework yet. Press “Import” to add the academy's own (JSON or XLSX).")

    def update_buttons(self) -> None:
        self.export_button.setEnabled(self.selected() is not None)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The framework to import"),
            "",
            self.tr("Frameworks (*.json *.xlsx);;All files (*)"),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        actor = self.ctx.actor

        def failed(exc: BaseException) -> None:
            if isinstance(exc, FrameworkFileError):
                self.status.setText(word(exc))  # in the reader's language
            else:
                show_error(self, exc)

        def done(row: FrameworkRow) -> None:
            self.status.setText(
                self.tr("%1, version %2, is now in force (%3 competencies, scale %4).")
                .replace("%1", row.name)
                .replace("%2", str(row.version))
                .replace("%3", str(row.competencies))
                .replace("%4", row.scale)
            )

        Op(self, lambda s: import_framework(s, actor, path)).success(done).failure(failed).run(
            self.ctx
        )

    def export(self) -> None:
        row = self.selected()
        if row is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the framework"),
            f"{row.key}.xlsx",
            self.tr("Excel workbook (*.xlsx);;JSON (*.json)"),
        )
        if name:
            self.export_to(row.key, Path(name))

    def export_to(self, key: str, out: Path) -> None:
        actor = self.ctx.actor
        Op(self, lambda s: export_framework(s, actor, key, out)).success(
            lambda path: self.status.setText(self.tr("Written to %1.").replace("%1", str(path)))
        ).run(self.ctx)


def open_frameworks_dialog(ctx: AppContext, parent: QWidget | None = None) -> FrameworksDialog:
    return open_window(FrameworksDialog(ctx, parent))  # type: ignore[return-value]
