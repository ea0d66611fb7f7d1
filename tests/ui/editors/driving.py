"""Driving widgets in tests.

QTest's keyClicks maps characters to keys through ASCII and aborts on others, so letters
like ü, õ or ж are sent as key events that carry their text (as a keyboard layout would).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

T = TypeVar("T", bound=QWidget)


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def visible_child(parent: QWidget, cls: type[T], name: str) -> T | None:
    """The visible child of that class and name (closed ones may linger until deleted)."""
    return next((w for w in parent.findChildren(cls, name) if w.isVisible()), None)
