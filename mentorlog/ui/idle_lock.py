"""Locking an unattended window on a shared workstation.

After the site's idle time without keyboard or mouse input (default 5 minutes), or at once
on File > Lock (Ctrl+Shift+L), the window's records give way to a lock screen that shows
only whose window it is, and every other window of the app (editors, export, people,
audit) is hidden. What editors hold is written to its draft as the window locks, and it
is all there again when the same person unlocks with their password. Someone else at the
workstation can sign that person out from the lock screen instead.

While locked, shortcuts outside the lock screen do nothing, and a window that opens
(a late error message, say) is hidden until the unlock. A question that was waiting for an
answer in its own event loop (``exec``) is answered "Cancel" by the lock and not shown again.
Locks and unlocks go on the audit trail.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QToolTip,
    QWidget,
)
from shiboken6 import isValid

from mentorlog.services.changes import ChangeKind, ChangeSet
from mentorlog.services.site_settings import IDLE_LOCK_DEFAULT
from mentorlog.ui.context import AppContext
from mentorlog.ui.lock_screen import LockScreen
from mentorlog.ui.ops import Op

log = logging.getLogger(__name__)

CHECK_MS = 1000
# A window with this property (a reason, in words) is not dropped by a sign-out from the
# lock screen without asking.
LOST_ON_SIGN_OUT = "lostOnSignOut"
IDLE = "idle"
ON_DEMAND = "on demand"
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)
# Menus and tooltips are closed by the lock, never brought back.
_TRANSIENT = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


def _uptime() -> float:
    """Seconds on a clock that also runs while the computer sleeps (Linux's boot time;
    ``time.monotonic`` does so elsewhere): a laptop closed for an hour wakes up locked."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    return time.clock_gettime(boottime) if boottime is not None else time.monotonic()


class IdleLock(QObject):
    """Watches the application's input and locks ``window``. ``clock`` returns seconds
    (tests pass a fake one and move it on instead of waiting)."""

    locked_changed = Signal(bool)
    sign_out_requested = Signal()

    def __init__(
        self,
        window: QMainWindow,
        ctx: AppContext,
        clock: Callable[[], float] | None = None,
        check_ms: int = CHECK_MS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self._clock = clock or _uptime
        self.minutes = IDLE_LOCK_DEFAULT
        self._last_input = self._clock()
        self._locked = False
        self._actor = ctx.actor
        self._hidden: list[QWidget] = []
        self._focus: QWidget | None = None
        self._title = ""
        self._status_shown = True

        # The lock screen takes the place of the window's content, which stays as it was.
        self.lock_screen = LockScreen()
        self.stack = QStackedWidget()
        self.stack.setObjectName("lockStack")
        content = window.takeCentralWidget()
        if content is not None:
            self.stack.addWidget(content)
        self.stack.addWidget(self.lock_screen)
        window.setCentralWidget(self.stack)
        self.lock_screen.unlock_requested.connect(self._check_password)
        self.lock_screen.sign_out_requested.connect(self._sign_out)

        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        self.watching = False
        # Set once its person is signed out: it never watches or locks again.
        self._signed_out = False
        ctx.changed.connect(self._changed)
        # The filter sees every event of the app (a few microseconds each): it starts, and
        # the setting is read, a second after the window is built, not during its first
        # screen (locking on demand starts it at once).
        QTimer.singleShot(check_ms, self, self._start_watching)

    @property
    def locked(self) -> bool:
        return self._locked

    def idle_seconds(self) -> float:
        return self._clock() - self._last_input

    # --- the idle time ----------------------------------------------------------------------

    def _start_watching(self) -> None:
        # The delayed start from __init__ may still be due after a sign-out (one in the
        # window's first second): a lock left watching, and locked, would hide the next
        # person's window and swallow its shortcuts until this window is deleted.
        if not self.watching and not self._signed_out:
            self.watching = True
            app = QApplication.instance()
            assert app is not None
            app.installEventFilter(self)
            self.reload_minutes()

    def reload_minutes(self) -> None:
        from mentorlog.services.site_settings import idle_lock_minutes

        Op(self.lock_screen, idle_lock_minutes).success(self._set_minutes).failure(
            lambda exc: log.warning("idle lock time not read, keeping %s: %s", self.minutes, exc)
        ).run(self._ctx)

    def _set_minutes(self, minutes: int) -> None:
        self.minutes = minutes

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches(ChangeKind.SITE_SETTING):
            self.reload_minutes()

    def check(self) -> None:
        """Lock when nobody has touched the app for the idle time."""
        if self.idle_seconds() >= self.minutes * 60:
            self.lock(IDLE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT:
            # Only input from a person: Qt's own synthetic mouse moves (a widget appearing
            # under the pointer) must not keep the window open.
            if not self._locked and event.spontaneous():
                self._last_input = self._clock()
            return False
        if not self._locked:
            return False
        if kind == QEvent.Type.Shortcut:
            return not self._on_lock_screen(watched)  # swallow every other shortcut
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            if watched is not self._window and not self._on_lock_screen(watched):
                # Hidden on the next turn of the event loop: hiding inside its own show
                # event leaves Qt half way through showing it.
                QTimer.singleShot(0, watched, lambda: self._hide(watched))
        elif kind == QEvent.Type.WindowTitleChange and watched is self._window:
            title = self._window.windowTitle()
            if title != self._locked_title():
                self._title = title
                self._window.setWindowTitle(self._locked_title())
        return False

    def _on_lock_screen(self, watched: QObject) -> bool:
        # Across window boundaries too (unlike isAncestorOf): the password field's context
        # menu and the lock screen's own questions are windows of their own.
        widget = watched if isinstance(watched, QWidget) else None
        while widget is not None:
            if widget is self.lock_screen:
                return True
            widget = widget.parentWidget()
        return False

    def _locked_title(self) -> str:
        return self.tr("Locked")  # shown as "Locked — mentorlog"

    # --- locking ------------------------------------------------------------------------------

    def lock(self, reason: str = ON_DEMAND) -> None:
        """Lock now (``reason`` goes on the audit trail: "idle" or "on demand")."""
        actor = self._ctx.actor
        if self._locked or not self._window.isVisible() or actor.person_id is None:
            return
        self._start_watching()  # it also keeps shortcuts and new windows away
        self._locked = True
        self._actor = actor
        self._focus = QApplication.focusWidget()
        self._flush_drafts()
        QToolTip.hideText()
        for widget in QApplication.topLevelWidgets():
            if widget is not self._window and widget.isVisible():
                self._hide(widget)
        self._title = self._window.windowTitle()
        self._window.setWindowTitle(self._locked_title())
        self._show_chrome(False)
        self.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.show_for(actor.name, idle=reason == IDLE)
        log.info("window locked (%s)", reason)

        from mentorlog.services import auth

        Op(None, lambda s: auth.record_lock(s, actor, reason)).failure(
            lambda exc: log.error("the lock was not put on the audit trail: %s", exc)
        ).run(self._ctx)
        self.locked_changed.emit(True)

    def _flush_drafts(self) -> None:
        from mentorlog.ui.editors.autosave import Autosaver

        for widget in QApplication.topLevelWidgets():
            for saver in widget.findChildren(Autosaver):
                saver.flush()

    def _hide(self, widget: QWidget) -> None:
        if not self._locked or not isValid(widget) or not widget.isVisible():
            return
        # A question run with exec() returns "Cancel" when hidden; showing it again later
        # would offer buttons nobody waits for any more.
        comes_back = (
            widget.windowType() not in _TRANSIENT
            and widget.windowModality() != Qt.WindowModality.ApplicationModal
        )
        widget.hide()
        if comes_back and widget not in self._hidden:
            self._hidden.append(widget)

    def _show_chrome(self, shown: bool) -> None:
        self._window.menuBar().setEnabled(shown)
        for bar in self._window.findChildren(QToolBar):
            bar.setEnabled(shown)
        status = self._window.statusBar()
        if not shown:
            self._status_shown = status.isVisible()
            status.hide()
        else:
            status.setVisible(self._status_shown)

    # --- unlocking ----------------------------------------------------------------------------

    def _check_password(self, password: str) -> None:
        from mentorlog.services import auth

        actor = self._actor
        Op(self.lock_screen, lambda s: auth.verify_unlock(s, actor, password)).success(
            lambda _: self.unlock()
        ).failure(self._refused).run(self._ctx)

    def _refused(self, exc: BaseException) -> None:
        from mentorlog.i18n import word
        from mentorlog.services.errors import ServiceError
        from mentorlog.ui.errors import describe

        message = word(exc) if isinstance(exc, ServiceError) else describe(exc)[0]
        self.lock_screen.refuse(message, getattr(exc, "retry_after", None))

    def unlock(self) -> None:
        """Back to the window as it was (called once the password was accepted)."""
        if not self._locked:
            return
        self._locked = False
        self.stack.setCurrentIndex(0)
        self._window.setWindowTitle(self._title)
        self._show_chrome(True)
        self.lock_screen.password.clear()
        hidden, self._hidden = self._hidden, []
        for widget in hidden:
            if isValid(widget):
                widget.show()
        focus, self._focus = self._focus, None
        if focus is not None and isValid(focus) and focus.isVisible():
            focus.window().activateWindow()
            focus.setFocus()
        self._last_input = self._clock()
        self.reload_minutes()  # an administrator may have changed it meanwhile
        log.info("window unlocked")
        self.locked_changed.emit(False)

    def _sign_out(self) -> None:
        """Someone else is at the workstation: the locked person's windows go (their
        drafts were saved as the window locked) and sign-in comes back.

        A hidden window whose loss cannot be made good (property ``lostOnSignOut``, the
        reason; the recovery key shown once) makes this ask first."""
        losses = [
            str(w.property(LOST_ON_SIGN_OUT))
            for w in self._hidden
            if isValid(w) and w.property(LOST_ON_SIGN_OUT)
        ]
        if not losses:
            self._sign_out_now()
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Sign out"),
            self.tr("Sign %1 out?").replace("%1", self._actor.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.lock_screen,
        )
        box.setObjectName("signOutLoses")
        box.setInformativeText("\n".join(losses))
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Sign out"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _: box.clickedButton() is yes and self._sign_out_now())
        box.open()

    def _sign_out_now(self) -> None:
        self._signed_out = True
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.watching = False
        hidden, self._hidden = self._hidden, []
        for widget in hidden:
            if isValid(widget):
                widget.deleteLater()
        self.sign_out_requested.emit()
