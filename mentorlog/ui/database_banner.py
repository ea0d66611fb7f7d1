"""The band above the main window's content that says what is true of the database just
now: open to read only (read-only media, or found damaged), or a save waiting while
another mentorlog holds the write lock or the server is away. Hidden when there is
nothing to say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mentorlog.services.changes import ChangeKind, ChangeSet
from mentorlog.ui.colors import attention_background
from mentorlog.ui.context import AppContext


class DatabaseBanner(QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("databaseBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, attention_background())
        self.setPalette(palette)
        self.label = QLabel(self)
        self.label.setObjectName("databaseBannerText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        self._waiting = ""
        ctx.tasks.waiting.connect(self._waiting_for)
        ctx.changed.connect(self._changed)
        self.refresh()

    def read_only_text(self) -> str:
        db = self.ctx.db
        if not db.read_only:
            return ""
        if db.read_only_reason == "damaged":
            return self.tr(
                "This database was found damaged, so it is open to read only: nothing can be "
                "saved. Restore the newest verified backup (File > Backups) to go on working."
            )
        return self.tr(
            "This database is on read-only media: you can read it, make reports and export, "
            "but nothing can be saved here. To work in it, copy it with its .keys file to a "
            "folder you can write to."
        )

    def refresh(self) -> None:
        text = self._waiting or self.read_only_text()
        self.label.setText(text)
        self.setVisible(bool(text))

    def _waiting_for(self, text: str) -> None:
        self._waiting = text
        self.refresh()

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches(ChangeKind.DATABASE):
            self.refresh()


def with_banner(banner: DatabaseBanner, content: QWidget) -> QWidget:
    """``content`` with ``banner`` above it, as one widget for a window's centre."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(content, 1)
    return holder
