"""The main window's busy indicator: shown only while work on the serial worker lasts
longer than BUSY_DELAY_MS, so quick work does not make it flash."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressBar, QWidget

from mentorlog.ui.context import AppContext
from mentorlog.ui.wording import translate

BUSY_DELAY_MS = 300  # quick work should not flash a busy indicator


class BusyIndicator(QProgressBar):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("busyIndicator")
        self.setAccessibleName(translate("MainWindow", "Working"))
        self.setRange(0, 0)
        self.setMaximumWidth(90)
        self.setMaximumHeight(14)
        self.setTextVisible(False)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BUSY_DELAY_MS)
        self._timer.timeout.connect(lambda: self.setVisible(self._ctx.tasks.busy))
        ctx.tasks.busy_changed.connect(self._busy_changed)

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self._timer.start()
        else:
            self._timer.stop()
            self.hide()
