"""Showing the recovery key once, and converting an old unencrypted database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once: it opens the database if every password is lost."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Your recovery key"))
        # Asked about before a sign-out from the lock screen would drop it (ui/idle_lock.py).
        self.setProperty(
            "lostOnSignOut",
            self.tr(
                "The database's recovery key is still waiting to be written down, and it "
                "cannot be shown again."
            ),
        )
        intro = QLabel(
            self.tr(
                "mentorlog encrypts this database. If every administrator's password were lost, "
                "this recovery key is the only way to open it. Print it or write it down now and "
                "keep it in a safe: it is shown only this once and is not stored anywhere."
            )
        )
        intro.setWordWrap(True)
        self.key_label = QLabel(recovery_key)
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        copy = QPushButton(self.tr("&Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(recovery_key))
        self.confirm = QCheckBox(self.tr("I have &written down or printed the recovery key"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.confirm.toggled.connect(self.ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.key_label)
        layout.addSpacing(8)
        layout.addWidget(self.confirm)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def reject(self) -> None:
        # Escape must not dismiss the only showing of the key before it is kept.
        if self.confirm.isChecked():
            super().reject()


def show_recovery_key(recovery_key: str, parent: QWidget | None = None) -> RecoveryKeyDialog:
    """Open the dialog window-modally (the event loop keeps running) and return it."""
    dialog = RecoveryKeyDialog(recovery_key, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
