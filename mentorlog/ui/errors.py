"""The one place errors are shown to the user, in their terms."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from mentorlog.i18n import word
from mentorlog.services.errors import ServiceError
from mentorlog.storage.errors import StorageError
from mentorlog.storage.faults import explain
from mentorlog.ui.wording import translate

log = logging.getLogger(__name__)


def describe(exc: BaseException) -> tuple[str, str | None]:
    """A message for the user, and technical details when the error was unexpected (a
    database error never has any: storage/faults.py words it, and logs what the driver
    said)."""
    exc = explain(exc)
    if isinstance(exc, ServiceError | StorageError):
        return word(exc), None  # a service error in the reader's language
    details = "".join(traceback.format_exception(exc))
    return translate(
        "errors",
        "Something went wrong and this action was not completed. Nothing saved before was lost.",
    ), details


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    from mentorlog.storage.damage import DamagedDatabaseError

    if isinstance(explain(exc), DamagedDatabaseError):
        # The app's one damaged-database dialog says it (AppContext.damaged), with the
        # backup to restore; a second box saying the same would only get in the way.
        log.error("not done, the database is damaged: %s", explain(exc))
        return
    message, details = describe(exc)
    if details:
        log.error("unexpected error: %s", details)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("errors", "mentorlog"),
        message,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    if details:
        box.setDetailedText(details)
    box.setObjectName("errorDialog")
    box.open()
