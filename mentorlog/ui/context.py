"""What every window and view of the running app shares."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from mentorlog.services.access import SYSTEM, Actor
from mentorlog.storage.database import Database
from mentorlog.ui.ops import TaskManager


class AppContext(QObject):
    """The open database, the serial worker, who is signed in, and change notices.

    ``changed`` carries a ``services.changes.ChangeSet`` after every successful write (what
    its services noted) and ``EVERYTHING`` once the database is reopened; views listen and
    refresh what they show. ``damaged`` carries what SQLite found when work on the worker
    met a damaged file (the sign-in flow then makes it read-only and offers a backup).
    ``undo_stack`` is the one Edit > Undo/Redo history: editors push QUndoCommands to it;
    it is cleared when the signed-in person changes.
    """

    changed = Signal(object)
    actor_changed = Signal(object)
    damaged = Signal(str)

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

    def reopen_database(self) -> None:
        """Open the same database again (after a restore replaced its content) and tell
        every view that everything may have changed."""
        from mentorlog.services.changes import EVERYTHING
        from mentorlog.storage.database import open_database

        old = self.db
        self.tasks.wait_idle()
        old.close()
        target = old.path if old.path is not None else old.url.render_as_string(False)
        self.db = open_database(target, key=old.key, keyring=old.keyring, keyholder=old.keyholder)
        self.undo_stack.clear()  # undo commands refer to rows of the old content
        self.changed.emit(EVERYTHING)

    def shutdown(self) -> None:
        self.tasks.stop_retrying()
        self.tasks.wait_idle()
        self.db.close()
