"""A list beside its form where there is room, above it where there is not.

The goals, reviews and concerns tabs put a record's form next to the list. On a small
screen that squeezed the form into a narrow pane (competency names cut, a review's "By
domain" part behind a tiny scroll bar): below WIDE px the list goes on top, a few rows
high, and the form gets the whole width, scrolling down when it is taller than the room.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

WIDE = 1100  # px of the tab: from here on, list and form side by side
LIST_SHARE = 0.42  # of the width, side by side
LIST_ROWS_HEIGHT = 170  # px of list above the form (a heading and about five rows)


class AdaptiveSplitter(QSplitter):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)
        self._placed: Qt.Orientation | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = event.size()
        wanted = Qt.Orientation.Horizontal if size.width() >= WIDE else Qt.Orientation.Vertical
        if wanted == self._placed or self.count() < 2:
            return
        # Laid out afresh only when the orientation changes: a size the user dragged to
        # stays as it is while the window is resized.
        self._placed = wanted
        self.setOrientation(wanted)
        if wanted == Qt.Orientation.Horizontal:
            first = int(size.width() * LIST_SHARE)
            self.setSizes([first, size.width() - first])
        else:
            first = min(LIST_ROWS_HEIGHT, size.height() // 3)
            self.setSizes([first, max(1, size.height() - first)])
