"""Telling the user that the database cannot be used, in their terms: at start-up before
sign-in (ui/app.py), or while the sign-in screen checks it in the background
(ui/sign_in_flow.py). Nothing here changes the database, except a restore the user asks
for."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from mentorlog.i18n import word
from mentorlog.ui.wording import fill, translate

if TYPE_CHECKING:
    from mentorlog.storage.locate import Target

log = logging.getLogger(__name__)


def explain_storage_failure(exc: BaseException, where: str) -> tuple[str, str]:
    """A title and message for a database that cannot be used, in the user's terms."""
    from sqlalchemy.exc import DatabaseError

    from mentorlog.storage.migrate import MigrationFailedError, NewerDatabaseError, StorageError

    if isinstance(exc, NewerDatabaseError):
        return translate("app", "This database needs a newer mentorlog"), word(exc)
    if isinstance(exc, MigrationFailedError):
        return translate("app", "The database could not be updated"), word(exc)
    if isinstance(exc, StorageError):
        return translate("app", "The database cannot be opened"), word(exc)
    if isinstance(exc, DatabaseError):
        detail = str(exc.orig) if exc.orig is not None else str(exc)
        return translate("app", "The database cannot be opened"), fill(
            translate(
                "app",
                "%1 is damaged or is not a mentorlog database (%2). mentorlog has not changed it.",
            ),
            where,
            detail,
        )
    return translate("app", "The database cannot be opened"), word(exc)


def show_fatal(
    title: str, message: str, log_path: Path | None, parent: QWidget | None = None
) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical, translate("app", "mentorlog"), title, parent=parent
    )
    box.setObjectName("fatalDialog")
    box.setInformativeText(message)
    if log_path is not None:
        box.setDetailedText(fill(translate("app", "Details are in the log file %1"), log_path))
    box.exec()


def is_unusable_database(exc: BaseException) -> bool:
    """Whether ``exc`` says the database itself cannot be used (not a wrong password)."""
    from sqlalchemy.exc import DatabaseError

    from mentorlog.storage.damage import DamagedDatabaseError
    from mentorlog.storage.migrate import StorageError

    return isinstance(exc, DamagedDatabaseError | StorageError | DatabaseError)


def report_unusable(
    exc: BaseException,
    target: Target,
    log_path: Path | None,
    parent: QWidget | None = None,
) -> bool:
    """Say why the database cannot be used. A damaged one is offered its newest verified
    backup: True when that was restored (open it again), False when the app cannot go on."""
    from mentorlog.storage.damage import DamagedDatabaseError
    from mentorlog.storage.locate import locate

    if isinstance(exc, DamagedDatabaseError):
        log.error("the database is damaged: %s", exc)
        from mentorlog.ui.damaged_dialog import offer_restore

        return offer_restore(exc, parent, closes_app=True)  # no restore: the app cannot go on
    located = locate(target)
    try:
        where = located.where()
    except Exception:  # a URL SQLAlchemy cannot read
        where = located.text
    log.error("cannot open the database %s: %s", where, exc)
    show_fatal(*explain_storage_failure(exc, where), log_path, parent)
    return False
