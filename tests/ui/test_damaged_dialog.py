"""At start-up a damaged database is explained and the newest verified backup offered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mentorlog.storage.backup import create_backup
from mentorlog.storage.damage import DamagedDatabaseError
from mentorlog.storage.database import open_database
from mentorlog.storage.engine import checkpoint
from mentorlog.ui.damaged_dialog import offer_restore


def _damage(path: Path) -> None:
    db = open_database(path)
    checkpoint(db.engine)
    db.close()
    data = bytearray(path.read_bytes())
    data[0:100] = b"\x5a" * 100
    path.write_bytes(bytes(data))


def _answer(button_text: str) -> None:
    def click() -> None:
        box = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        )
        assert "damaged" in box.text() and "has not written" in box.text()
        next(b for b in box.buttons() if button_text in b.text().replace("&", "")).click()

    QTimer.singleShot(0, click)


def test_user_restores_the_newest_backup(db_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    create_backup(db_path, "auto")
    _damage(db_path)
    try:
        open_database(db_path)
    except DamagedDatabaseError as exc:
        error = exc
    _answer("Restore the newest backup")
    assert offer_restore(error) is True
    open_database(db_path).close()  # opens cleanly again


def test_declining_leaves_the_damaged_file_alone(db_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    create_backup(db_path, "auto")
    _damage(db_path)
    damaged = db_path.read_bytes()
    try:
        open_database(db_path)
    except DamagedDatabaseError as exc:
        error = exc
    _answer("Close mentorlog")
    assert offer_restore(error) is False
    assert db_path.read_bytes() == damaged
