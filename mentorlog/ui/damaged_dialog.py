"""Telling the user their database is damaged, and offering the newest verified backup."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from mentorlog.storage.damage import DamagedDatabaseError, restore_over_damaged
from mentorlog.ui.errors import show_error
from mentorlog.ui.wording import translate


def offer_restore(
    error: DamagedDatabaseError,
    parent: QWidget | None = None,
    key: bytes | None = None,
    *,
    closes_app: bool | None = None,
) -> bool:
    """Explain the damage; if the user agrees, restore the newest verified backup.

    Returns True when a backup was restored (open the database again), False otherwise
    (the damaged file stays untouched). ``closes_app``: whether mentorlog ends when no
    backup is restored (the refusal button says so); by default, when there is no parent
    window to go on in.
    """
    box = QMessageBox(parent)
    box.setObjectName("damagedDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("damaged_dialog", "The database is damaged"))
    box.setText(str(error))
    restore = None
    if error.backup is not None and not error.key_may_be_missing:
        restore = box.addButton(
            translate("damaged_dialog", "&Restore the newest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.setInformativeText(
            translate(
                "damaged_dialog",
                "The damaged file is moved into the backups folder, not deleted, so it can still "
                "be examined later.",
            )
        )
    not_now = box.addButton(
        translate("damaged_dialog", "&Close mentorlog")
        if (parent is None if closes_app is None else closes_app)
        else translate("damaged_dialog", "&Not now"),
        QMessageBox.ButtonRole.RejectRole,
    )
    # Replacing the database is chosen on purpose, never by Enter.
    box.setDefaultButton(not_now)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    assert error.backup is not None
    try:
        restore_over_damaged(error.db_path, error.backup, key=key)
    except Exception as exc:
        show_error(parent, exc)
        return False
    return True
