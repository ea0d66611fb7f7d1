"""The backups window: every backup with its verification status, back up now, restore."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorlog.services.backups import may_restore, record_restore, require_restore
from mentorlog.services.errors import PermissionDeniedError
from mentorlog.storage.backup import BackupInfo, create_backup, list_backups, restore_backup
from mentorlog.ui import formats
from mentorlog.ui.context import AppContext
from mentorlog.ui.errors import show_error
from mentorlog.ui.ops import Op
from mentorlog.ui.rows_model import RowsModel
from mentorlog.ui.wording import translate

log = logging.getLogger(__name__)


class BackupsModel(RowsModel[BackupInfo]):
    WHEN, REASON, STATE, SIZE, FILE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("BackupsModel", "Made"),
        QT_TRANSLATE_NOOP("BackupsModel", "Why"),
        QT_TRANSLATE_NOOP("BackupsModel", "Checked"),
        QT_TRANSLATE_NOOP("BackupsModel", "Size"),
        QT_TRANSLATE_NOOP("BackupsModel", "File"),
    )

    def headers(self) -> tuple[str, ...]:
        return tuple(self.tr(h) for h in self.HEADERS)

    def cell(self, b: BackupInfo, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.WHEN:
                return formats.moment(b.created_at)
            if col == self.REASON:
                return _reason(self, b.reason)
            if col == self.STATE:
                return (
                    self.tr("verified")
                    if b.verified
                    else self.tr("NOT verified: %1").replace("%1", b.integrity)
                )
            if col == self.SIZE:
                return formats.megabytes(b.size_bytes)
            return b.path.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(b.path)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATE and not b.verified:
            from PySide6.QtGui import QColor

            return QColor("#B4531A")
        return None


def _reason(model: QAbstractTableModel, reason: str) -> str:
    labels = {
        "auto": translate("BackupsModel", "automatic"),
        "manual": translate("BackupsModel", "made by hand"),
        "exit": translate("BackupsModel", "on closing"),
        "before-restore": translate("BackupsModel", "before a restore"),
        "after-purge": translate("BackupsModel", "after a retention purge"),
        "before-encryption": translate("BackupsModel", "when encryption was turned on"),
    }
    if reason.startswith("before-migration"):
        return translate("BackupsModel", "before updating mentorlog")
    return labels.get(reason, reason)


class BackupsDialog(QDialog):
    """Lists backups; backs up now; restores one (the current state is backed up first)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Backups"))
        self.setObjectName("backupsDialog")
        self.resize(760, 380)
        self.model = BackupsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupsModel.FILE, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.restore_button = QPushButton(self.tr("&Restore selected…"), self)
        self.folder_button = QPushButton(self.tr("Open &folder"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for b in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self._open_folder)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        path = self.ctx.db.path
        if path is None:
            self.intro.setText(
                self.tr(
                    "This database is on a PostgreSQL server. Back it up with the server's own "
                    "tools (pg_dump or the server's backup routine)."
                )
            )
            self.model.set_rows([])
        else:
            rows = list_backups(path)
            self.model.set_rows(rows)
            if rows:
                self.intro.setText(
                    self.tr(
                        "mentorlog backs up the database every 30 minutes while you work and when "
                        "you close it, and checks every copy. Backups are kept in %1."
                    ).replace("%1", str(path.parent / "backups"))
                )
            else:
                self.intro.setText(
                    self.tr(
                        "No backups yet. mentorlog makes one 30 minutes after the first change "
                        "and whenever it closes; “Back up now” makes one straight away."
                    )
                )
        self._update_buttons()

    def _selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        on_file = self.ctx.db.path is not None and not self.ctx.db.read_only
        self.backup_button.setEnabled(on_file)
        self.folder_button.setEnabled(self.ctx.db.path is not None)
        chosen = self._selected()
        allowed = may_restore(self.ctx.actor)
        self.restore_button.setEnabled(
            allowed
            and self.ctx.db.path is not None
            and bool(chosen)
            and bool(chosen and chosen.verified)
        )
        if not allowed:
            self.restore_button.setToolTip(self.tr("Only an administrator restores backups"))

    def back_up_now(self) -> None:
        path, key = self.ctx.db.path, self.ctx.db.key
        assert path is not None
        self.backup_button.setEnabled(False)

        def done(info: BackupInfo) -> None:
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.refresh()
            show_error(self, exc)

        # Through the serial worker, so it never races a save.
        self.ctx.tasks.submit(lambda: create_backup(path, "manual", key=key), done, failed)

    def restore_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        age = datetime.now(UTC) - chosen.created_at
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Everything in the database will be replaced by the backup made %1 (%2 hours "
                "ago). Whatever was recorded after that will be lost. The database as it is "
                "now is backed up first, so this can be undone."
            )
            .replace("%1", formats.moment(chosen.created_at))
            .replace("%2", formats.number(round(age.total_seconds() / 3600))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore(chosen)

    def restore(self, chosen: BackupInfo) -> None:
        """Restore ``chosen`` now (no question asked) and reopen the database."""
        actor = self.ctx.actor
        try:
            require_restore(actor)
        except PermissionDeniedError as exc:
            show_error(self, exc)
            return
        db = self.ctx.db
        path = db.path
        assert path is not None
        self.ctx.tasks.wait_idle()
        db.close()  # nothing may hold the file while its pages are replaced
        restored = False
        try:
            restore_backup(path, chosen.path, key=db.key)
            restored = True
        except Exception as exc:
            show_error(self, exc)
        finally:
            self.ctx.reopen_database()
        if restored:
            name = chosen.path.name
            Op(self, lambda s: record_restore(s, actor, name)).failure(
                lambda exc: log.error("the restore was not put on the audit trail: %s", exc)
            ).run(self.ctx)
        self.refresh()

    def _open_folder(self) -> None:
        path = self.ctx.db.path
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent / "backups")))
