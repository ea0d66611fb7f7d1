"""Deleting with a confirmation first and Edit > Undo after: the record is soft-deleted,
and undoing restores it. A short notice with an Undo button shows what just happened.

The first delete runs before the command is pushed, so a refused delete (a locked record)
leaves nothing on the undo stack.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from shiboken6 import isValid

from mentorlog.services.access import Actor
from mentorlog.ui.context import AppContext
from mentorlog.ui.ops import Op
from mentorlog.ui.wording import translate

# fn(session, actor, record_id)
RecordFn = Callable[[Any, Actor, uuid.UUID], Any]
TOAST_MS = 8000


class SoftDeleteCommand(QUndoCommand):
    def __init__(
        self,
        ctx: AppContext,
        text: str,
        record_id: uuid.UUID,
        delete: RecordFn,
        restore: RecordFn,
    ) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._actor = ctx.actor
        self._id = record_id
        self._delete = delete
        self._restore = restore
        self._done_once = True  # the first delete already ran when this was pushed

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self._run(self._delete)

    def undo(self) -> None:
        self._run(self._restore)

    def _run(self, fn: RecordFn) -> None:
        actor, record_id = self._actor, self._id
        Op(None, lambda s: fn(s, actor, record_id)).run(self._ctx)


def confirm_and_delete(
    ctx: AppContext,
    parent: QWidget,
    *,
    record_id: uuid.UUID,
    question: str,
    done_text: str,
    delete: RecordFn,
    restore: RecordFn,
    on_deleted: Callable[[], None] | None = None,
    toast_window: QWidget | None = None,
) -> QMessageBox:
    """Ask (without blocking), then delete and push the undo command. Returns the box."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("undo_delete", "Delete?"),
        question,
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("confirmDelete")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setInformativeText(translate("undo_delete", "You can undo this with Edit > Undo (Ctrl+Z)."))
    yes = box.addButton(translate("undo_delete", "Delete"), QMessageBox.ButtonRole.DestructiveRole)
    yes.setObjectName("confirmDeleteButton")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    actor = ctx.actor

    def deleted(_: Any) -> None:
        ctx.undo_stack.push(SoftDeleteCommand(ctx, done_text, record_id, delete, restore))
        window = toast_window or (parent.window() if isValid(parent) else None)
        if window is not None:
            show_undo_toast(ctx, window, done_text)
        if on_deleted is not None:
            on_deleted()

    def answered(_: int) -> None:
        if box.clickedButton() is yes:
            Op(parent, lambda s: delete(s, actor, record_id)).success(deleted).run(ctx)

    box.finished.connect(answered)
    box.open()
    return box


class UndoToast(QFrame):
    """ "Observation deleted — Undo", at the bottom of the window for a few seconds."""

    def __init__(self, ctx: AppContext, window: QWidget, text: str) -> None:
        super().__init__(window)
        self.setObjectName("undoToast")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.ToolTipBase)
        label = QLabel(text, self)
        label.setForegroundRole(self.palette().ColorRole.ToolTipText)
        undo = QPushButton(translate("undo_delete", "Undo"), self)
        undo.setObjectName("undoButton")
        # Only while this deletion is still the last thing done: never undo something else.
        index = ctx.undo_stack.index()
        undo.clicked.connect(
            lambda: ctx.undo_stack.undo() if ctx.undo_stack.index() == index else None
        )
        undo.clicked.connect(self.close)
        layout = QHBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(undo)
        self.adjustSize()
        self.move(
            max(0, (window.width() - self.width()) // 2),
            max(0, window.height() - self.height() - 16),
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        QTimer.singleShot(TOAST_MS, self, self.close)


def show_undo_toast(ctx: AppContext, window: QWidget, text: str) -> UndoToast | None:
    if not window.isVisible():
        return None
    status_bar = getattr(window, "statusBar", None)
    if callable(status_bar):
        status_bar().showMessage(
            text + " — " + translate("undo_delete", "Edit > Undo (Ctrl+Z) brings it back."),
            TOAST_MS,
        )
    toast = UndoToast(ctx, window, text)
    toast.show()
    toast.raise_()
    return toast
