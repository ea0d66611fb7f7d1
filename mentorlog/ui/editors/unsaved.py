"""Asking what to do with unsaved changes when an editor closes, without blocking."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_unsaved(
    parent: QWidget,
    answer: Callable[[QMessageBox.StandardButton], None],
    save_text: str | None = None,
    *,
    save_is_final: bool = False,
) -> QMessageBox:
    """Save / Discard / Keep editing; ``answer`` receives the button chosen. Enter saves a
    draft, but keeps editing when saving would publish (``save_is_final``)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("unsaved", "Unsaved changes"),
        QCoreApplication.translate("unsaved", "You have changes that are not saved yet."),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("unsavedChanges")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setInformativeText(
        QCoreApplication.translate(
            "unsaved",
            "Discarding drops what you typed since you last saved.",
        )
    )
    box.button(QMessageBox.StandardButton.Save).setText(
        save_text or QCoreApplication.translate("unsaved", "Save draft")
    )
    box.button(QMessageBox.StandardButton.Discard).setText(
        QCoreApplication.translate("unsaved", "Discard changes")
    )
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("unsaved", "Keep editing")
    )
    box.setDefaultButton(
        QMessageBox.StandardButton.Cancel if save_is_final else QMessageBox.StandardButton.Save
    )
    box.finished.connect(lambda _: answer(box.standardButton(box.clickedButton())))
    box.open()
    return box
