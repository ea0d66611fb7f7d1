"""Before publishing: a narrative that seems to name a prisoner or give a prison number is
shown back to the mentor, with neutral references offered in its place."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from mentorlog.services.sensitive_text import Finding


class Choice(Enum):
    REPLACE = "replace"
    KEEP = "keep"
    CANCEL = "cancel"


def ask(parent: QWidget | None, findings: list[Finding]) -> Choice:
    """What to do about ``findings`` (one modal question)."""
    box = QMessageBox(parent)
    box.setObjectName("sensitiveTextQuestion")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(box.tr("Names or numbers in the narrative"))
    box.setText(
        box.tr(
            "This narrative seems to name a prisoner or give a prison number. Observations are "
            "about the student; a neutral reference keeps the prisoner's privacy."
        )
    )
    lines = [
        box.tr("“%1” (%2) → “%3”")
        .replace("%1", f.text)
        .replace("%2", f.reason)
        .replace("%3", f.replacement)
        for f in findings
    ]
    box.setInformativeText("\n".join(lines))
    replace = box.addButton(box.tr("&Replace and publish"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(box.tr("Publish &as written"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(replace)
    box.exec()
    clicked = box.clickedButton()
    if clicked is replace:
        return Choice.REPLACE
    if clicked is keep:
        return Choice.KEEP
    return Choice.CANCEL
