"""Calling back when focus leaves a widget (Qt has no focus-out signal on most widgets)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class FocusOutWatcher(QObject):
    def __init__(self, parent: QObject, on_focus_out: Callable[[], None]) -> None:
        super().__init__(parent)
        self._callback = on_focus_out

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False
