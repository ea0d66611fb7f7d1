"""Rules every window of the app keeps, enforced in one place: an application event filter
(as the idle lock watches input), installed by ``make_application``.

- A window opens inside the available screen. One larger than the screen (a main window
  remembered from a big monitor, an editor's 1100 x 820 on a 1024 x 768 prison
  workstation) is made to fit and moved onto it, title bar included; its layout keeps
  the buttons in reach (editors scroll or split what does not fit).
- Enter presses only a button chosen for it. Qt makes the first "auto-default" push button
  of a dialog its default, so Enter in a one-line field of the observation editor asked
  "Delete?". Here no push button in a dialog is auto-default: Enter answers only a
  button made default on purpose (Sign in, a dialog's Save, a question's safe answer),
  and Enter on a focused button presses it, as Space does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

# Room kept for the window manager's frame until the real one is known (it is only once a
# window has been shown): a title bar and thin borders.
FRAME_ALLOWANCE = (8, 34)
_SKIPPED = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)


def available_rect(window: QWidget) -> QRect:
    """Where ``window`` may be: the available area of its screen (or its parent's)."""
    parent = window.parentWidget()
    # A dialog opens over its parent: on the parent's screen, wherever its own geometry
    # (not placed yet) would put it.
    screen = (
        (parent.window().screen() if parent is not None else None)
        or QGuiApplication.screenAt(window.geometry().center())
        or window.screen()
        or QGuiApplication.primaryScreen()
    )
    return screen.availableGeometry()


def _frame_margins(window: QWidget) -> tuple[int, int]:
    """The frame's width and height, at least FRAME_ALLOWANCE: before a window is shown
    its frame is not known, and Qt places a dialog counting on an estimate of it."""
    frame, inner = window.frameGeometry(), window.geometry()
    return (
        max(frame.width() - inner.width(), FRAME_ALLOWANCE[0]),
        max(frame.height() - inner.height(), FRAME_ALLOWANCE[1]),
    )


def fit_to_screen(window: QWidget) -> None:
    """Shrink ``window`` to fit its screen's available area and, unless Qt places it (a
    dialog over its parent, kept on that screen), move it onto it."""
    room = available_rect(window)
    extra_w, extra_h = _frame_margins(window)
    width = min(window.width(), room.width() - extra_w)
    height = min(window.height(), room.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    if window.parentWidget() is not None:
        return  # QDialog centres it over its parent, inside that parent's screen
    frame_w, frame_h = window.width() + extra_w, window.height() + extra_h
    x = min(max(window.x(), room.left()), max(room.left(), room.right() + 1 - frame_w))
    y = min(max(window.y(), room.top()), max(room.top(), room.bottom() + 1 - frame_h))
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)


class WindowRules(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QPushButton):
            if not watched.isDefault() and isinstance(watched.window(), QDialog):
                watched.setAutoDefault(False)
        elif kind == QEvent.Type.KeyPress and isinstance(watched, QPushButton):
            assert isinstance(event, QKeyEvent)
            if (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and not watched.autoDefault()
                and watched.isEnabled()
            ):
                watched.animateClick()
                return True
        elif (
            kind == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() not in _SKIPPED
        ):
            fit_to_screen(watched)
        return False


_installed: WindowRules | None = None


def install(app: QApplication) -> WindowRules:
    """Install the rules on ``app`` (once)."""
    global _installed
    if _installed is None:
        _installed = WindowRules(app)
        app.installEventFilter(_installed)
    return _installed
