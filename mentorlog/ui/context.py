"""What every window and view of the running app shares."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from mentorlog.services.access import SYSTEM, Actor
from mentorlog.storage.database import Database
from mentorlog.ui.ops import TaskManager


class AppContext(QObject):
    """The open database, the serial worker, who is signed in, and change notices.

    ``changed`` carries an ``ops.Changes`` after every successful write; views listen and
    refresh what they show. ``undo_stack`` is the one Edit > Undo/Redo history: editors push
    QUndoCommands to it; it is cleared when the signed-in person changes.
    """

    changed = Signal(object)
    actor_changed = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = TaskManager(self)
        self._actor: Actor = SYSTEM
        self.undo_stack = QUndoStack(self)

    @property
    def actor(self) -> Actor:
        return self._actor

    def set_actor(self, actor: Actor) -> None:
        # One person's undo history must never act for the next person at this workstation.
        self.undo_stack.clear()
        self._actor = actor
        self.actor_changed.emit(actor)

    def shutdown(self) -> None:
        self.tasks.wait_idle()
        self.db.close()
