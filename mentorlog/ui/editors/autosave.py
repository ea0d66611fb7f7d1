"""Saving an editor's text to a Draft while the user types, so a crash loses nothing.

The editor calls ``touch()`` on every change and ``flush()`` when focus leaves a field;
after ``IDLE_MS`` without typing the text is written through the serial worker. A save
never overlaps another: changes made while one is in flight start the next.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from mentorlog.ui.context import AppContext
from mentorlog.ui.ops import Op

IDLE_MS = 2000


class Autosaver(QObject):
    """``save_fn(session)`` writes the draft; it is asked for afresh at each save, so it
    captures the form as it is then."""

    saved = Signal(object)  # the DraftView written
    failed = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget,
        make_save: Callable[[], Callable[[Any], Any] | None],
        idle_ms: int = IDLE_MS,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._widget = parent
        self._make_save = make_save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self.flush)
        self._dirty = False
        self._in_flight = False
        self._enabled = True

    @property
    def pending(self) -> bool:
        """Changes typed but not yet in the database (or being written now)."""
        return self._dirty or self._in_flight

    def touch(self) -> None:
        if not self._enabled:
            return
        self._dirty = True
        self._timer.start()

    def flush(self) -> None:
        """Write now, if anything changed since the last save."""
        self._timer.stop()
        if not (self._enabled and self._dirty):
            return
        if self._in_flight:
            return  # _done starts the next save
        fn = self._make_save()
        if fn is None:
            return
        self._dirty = False
        self._in_flight = True
        Op(self._widget, fn).success(self._done).failure(self._failed).run(self._ctx)

    def stop(self) -> None:
        """No more saves (the record was saved for real, or the editor is closing)."""
        self._enabled = False
        self._dirty = False
        self._timer.stop()

    def resume(self) -> None:
        self._enabled = True

    def _done(self, draft: Any) -> None:
        self._in_flight = False
        self.saved.emit(draft)
        if self._dirty and self._enabled:
            self.flush()

    def _failed(self, exc: BaseException) -> None:
        # Keep the text marked unsaved and try again at the next pause; a failed autosave
        # must not interrupt typing with a dialog.
        self._in_flight = False
        self._dirty = True
        self.failed.emit(exc)
