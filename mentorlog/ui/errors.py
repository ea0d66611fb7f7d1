"""The one place errors are shown to the user, in their terms."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mentorlog.services.errors import ServiceError
from mentorlog.storage.migrate import StorageError

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def describe(exc: BaseException) -> tuple[str, str | None]:
    """A message for the user, and technical details when the error was unexpected."""
    if isinstance(exc, ServiceError | StorageError):
        return str(exc), None
    text = str(exc).lower()
    if "database is locked" in text:
        return tr(
            "The database is busy in another program. Your work is kept; try again in a moment."
        ), None
    if "disk" in text and ("full" in text or "i/o" in text):
        return tr(
            "The disk is full or failing, so this could not be saved. Nothing saved "
            "before was lost; free some space and try again."
        ), None
    details = "".join(traceback.format_exception(exc))
    return tr(
        "Something went wrong and this action was not completed. Nothing saved before was lost."
    ), details


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    message, details = describe(exc)
    if details:
        log.error("unexpected error: %s", details)
    box = QMessageBox(
        QMessageBox.Icon.Warning, tr("mentorlog"), message, QMessageBox.StandardButton.Ok, parent
    )
    if details:
        box.setDetailedText(details)
    box.setObjectName("errorDialog")
    box.open()
