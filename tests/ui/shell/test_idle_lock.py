"""The idle lock, driven through the real main window with a clock the test moves on: it
locks after the site's idle time or on Ctrl+Shift+L, shows nothing of anyone's records
while locked (checked on every visible widget and window, and grabbed to a PNG), keeps an
open editor's text, and opens again only with the same person's password."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from sqlalchemy import select

from mentorlog.models import AuditEvent, Draft, Observation, Person, Shift, Visibility
from mentorlog.services import auth, site_settings
from mentorlog.ui.main_window import MainWindow
from mentorlog.ui.ops import Op
from tests.trust_cast import PASSWORD, TrustCast, make_trust_cast
from tests.ui.editors.driving import type_text

NARRATIVE = "Talked a prisoner down on C wing during the evening lock-up without raising his voice."
TYPED = "Half-written: kept the landing calm at unlock"


class FakeClock:
    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def world(db) -> TrustCast:  # type: ignore[no-untyped-def]
    cast = make_trust_cast(db)
    with db.transaction() as s:
        s.add(
            Observation(
                placement_id=cast.placement_id,
                author_id=cast.mentor.person_id,
                created_by_id=cast.mentor.person_id,
                observed_on=date(2026, 2, 3),
                shift=Shift.LATE,
                duration_minutes=480,
                narrative=NARRATIVE,
                visibility=Visibility.SHARED,
                status="published",
                published_at=datetime.now(UTC),
            )
        )
    return cast


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _open_window(ctx, qtbot, clock: FakeClock, actor) -> MainWindow:  # type: ignore[no-untyped-def]
    ctx.set_actor(actor)
    window = MainWindow(ctx, clock=clock)
    window.resize(1200, 760)
    window.show()
    window.activateWindow()
    return window


@pytest.fixture
def window(ctx, world: TrustCast, qtbot, clock: FakeClock) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = _open_window(ctx, qtbot, clock, world.mentor)
    qtbot.waitUntil(lambda: window.dossier.timeline.model.rowCount() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: window.idle_lock.watching)  # from a second after it was built
    yield window
    _close_all(ctx, window)


def _close_all(ctx, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.setProperty("closing_for_test", True)
            widget.hide()
    window.close()
    shiboken6.delete(window)  # its timers and event filter go with it
    ctx.tasks.wait_idle(10_000)


def _actions(db) -> list[tuple[str, dict]]:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        rows = s.execute(select(AuditEvent.action, AuditEvent.detail).order_by(AuditEvent.seq))
        return [(a, d) for a, d in rows]


def _unlock_with(qtbot, window: MainWindow, password: str) -> None:  # type: ignore[no-untyped-def]
    field = window.idle_lock.lock_screen.password
    field.clear()
    type_text(qtbot, field, password)
    qtbot.keyClick(field, Qt.Key.Key_Return)


# --- what a person could read on screen --------------------------------------------------


def _model_texts(view: QAbstractItemView) -> list[str]:
    model, texts = view.model(), []
    if model is None:
        return texts

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if value is not None:
                        texts.append(str(value))
            first = model.index(row, 0, parent)
            if model.rowCount(first) > 0:
                walk(first)

    walk(QModelIndex())
    return texts


def _widget_texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel | QAbstractButton):
        return [widget.text(), widget.toolTip()]
    if isinstance(widget, QLineEdit):
        return [widget.text(), widget.placeholderText()]
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return [widget.toPlainText()]
    if isinstance(widget, QComboBox):
        return [widget.currentText()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView):
        return _model_texts(widget)
    return [widget.toolTip()]


def readable_on_screen(out: Path | None = None) -> str:
    """Every text a person could read in the app's visible windows (titles, labels,
    fields, buttons, tabs, item views' rows); each window is also grabbed to ``out``."""
    texts: list[str] = []
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for number, top in enumerate(shown):
        texts.append(top.windowTitle())
        if out is not None:
            image = top.grab()
            assert not image.isNull()
            image.save(str(out / f"window-{number}-{top.objectName() or 'unnamed'}.png"))
        for widget in [top, *top.findChildren(QWidget)]:
            if widget.isVisible():
                texts += _widget_texts(widget)
    return "\n".join(t for t in texts if t)


def _secrets(world: TrustCast) -> list[str]:
    # The student's name, and words from a record and from what was being typed.
    return ["Jüri", "Õunapuu", "Talked a prisoner down", "Half-written"]


# --- the tests -----------------------------------------------------------------------------


def test_no_input_for_five_minutes_locks_the_window_and_audits_it(  # type: ignore[no-untyped-def]
    window: MainWindow, clock: FakeClock, qtbot, db
) -> None:
    lock = window.idle_lock
    assert lock.minutes == site_settings.IDLE_LOCK_DEFAULT == 5
    clock.advance(5 * 60 - 1)
    lock.check()
    assert not lock.locked
    clock.advance(1)
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)  # the window's own timer
    assert window.windowTitle() == "Locked"  # Qt adds " — mentorlog"
    assert window.idle_lock.lock_screen.heading.text() == "Locked — Ingrid Sæther"
    assert "locked itself" in window.idle_lock.lock_screen.explain.text()
    window.ctx.tasks.wait_idle()
    assert ("lock", {"reason": "idle"}) in _actions(db)


def test_input_starts_the_idle_time_again(window: MainWindow, clock: FakeClock, qtbot) -> None:  # type: ignore[no-untyped-def]
    lock = window.idle_lock
    clock.advance(4 * 60)
    qtbot.keyClick(window.panel.view, Qt.Key.Key_Down)
    clock.advance(4 * 60)
    lock.check()
    assert not lock.locked
    qtbot.mouseClick(window.dossier, Qt.MouseButton.LeftButton)
    clock.advance(4 * 60 + 59)
    lock.check()
    assert not lock.locked
    clock.advance(1)
    lock.check()
    assert lock.locked


def test_ctrl_shift_l_locks_at_once(window: MainWindow, qtbot, db) -> None:  # type: ignore[no-untyped-def]
    assert window.lock.shortcut().toString() == "Ctrl+Shift+L"
    shortcuts = [a.shortcut().toString() for a in window.findChildren(type(window.lock))]
    assert shortcuts.count("Ctrl+Shift+L") == 1
    qtbot.keyClick(
        window.panel.view,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.idle_lock.locked
    assert not window.menuBar().isEnabled()
    # Locked by the person themselves: the screen does not say the window did it.
    explain = window.idle_lock.lock_screen.explain.text()
    assert "locked itself" not in explain and "Enter your password" in explain
    # While locked, the window's other shortcuts do nothing: Ctrl+N opens no editor.
    qtbot.keyClick(
        window.idle_lock.lock_screen.password, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    )
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
    window.ctx.tasks.wait_idle()
    assert ("lock", {"reason": "on demand"}) in _actions(db)


def test_ctrl_shift_l_locks_from_an_open_editor_too(window: MainWindow, qtbot, db) -> None:  # type: ignore[no-untyped-def]
    editor = _write_in_a_new_observation(window, qtbot)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(
        editor.narrative,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.idle_lock.locked
    assert not editor.isVisible()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
    _unlock_with(qtbot, window, PASSWORD)
    qtbot.waitUntil(lambda: not window.idle_lock.locked, timeout=10_000)
    assert editor.isVisible() and editor.narrative.toPlainText() == TYPED


def test_while_locked_nothing_of_the_student_is_on_screen(  # type: ignore[no-untyped-def]
    window: MainWindow, world: TrustCast, qtbot, tmp_path: Path
) -> None:
    _write_in_a_new_observation(window, qtbot)
    window.dossier.show_tab("timeline")
    before = readable_on_screen()
    # The check finds what it looks for: before the lock, every secret is on screen.
    assert all(secret in before for secret in _secrets(world)), before

    window.lock.trigger()
    shots = tmp_path / "locked"
    shots.mkdir()
    after = readable_on_screen(shots)
    for secret in _secrets(world):
        assert secret not in after, f"{secret!r} is readable while locked:\n{after}"
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
    assert "Locked — Ingrid Sæther" in after
    assert (shots / "window-0-mainWindow.png").stat().st_size > 0


def _write_in_a_new_observation(window: MainWindow, qtbot):  # type: ignore[no-untyped-def]
    from mentorlog.ui.editors.observation_editor import ObservationEditor

    window.new_observation.trigger()
    editor = window.findChild(ObservationEditor)
    assert editor is not None
    qtbot.waitUntil(lambda: editor.isEnabled() and not editor._loading)
    type_text(qtbot, editor.narrative, TYPED)
    return editor


def test_an_open_editor_hides_keeps_its_text_as_a_draft_and_returns_on_unlock(  # type: ignore[no-untyped-def]
    window: MainWindow, world: TrustCast, qtbot, db
) -> None:
    editor = _write_in_a_new_observation(window, qtbot)

    window.lock.trigger()
    assert not editor.isVisible()
    window.ctx.tasks.wait_idle()
    with db.transaction() as s:
        payloads = [d.payload for d in s.scalars(select(Draft))]
    assert any(TYPED in str(p) for p in payloads), "the typed text was not saved as a draft"

    _unlock_with(qtbot, window, PASSWORD)
    qtbot.waitUntil(lambda: not window.idle_lock.locked, timeout=10_000)
    assert editor.isVisible() and editor.narrative.toPlainText() == TYPED
    assert window.windowTitle() == "Ingrid Sæther"
    assert window.menuBar().isEnabled() and window.statusBar().isVisible()


def test_a_wrong_password_is_refused_beside_the_field_and_counted(  # type: ignore[no-untyped-def]
    window: MainWindow, world: TrustCast, qtbot, db
) -> None:
    window.lock.trigger()
    screen = window.idle_lock.lock_screen
    _unlock_with(qtbot, window, "not my password")
    qtbot.waitUntil(lambda: screen.message.isVisible(), timeout=10_000)
    assert screen.message.text() == auth.WRONG_PASSWORD == "The password is not right."
    assert window.idle_lock.locked and screen.password.text() == ""
    with db.transaction() as s:
        assert s.get(Person, world.mentor.person_id).failed_sign_ins == 1

    _unlock_with(qtbot, window, PASSWORD)
    qtbot.waitUntil(lambda: not window.idle_lock.locked, timeout=10_000)
    actions = [a for a, _ in _actions(db)]
    assert actions[-3:] == ["lock", "unlock.failed", "unlock"]
    with db.transaction() as s:
        assert s.get(Person, world.mentor.person_id).failed_sign_ins == 0


def test_sign_out_from_the_lock_screen_keeps_the_draft(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, db
) -> None:
    _write_in_a_new_observation(window, qtbot)
    window.lock.trigger()
    with qtbot.waitSignal(window.sign_out_requested):
        qtbot.mouseClick(window.idle_lock.lock_screen.sign_out_button, Qt.MouseButton.LeftButton)
    window.ctx.tasks.wait_idle()
    with db.transaction() as s:
        assert any(TYPED in str(d.payload) for d in s.scalars(select(Draft)))


def test_the_site_setting_sets_the_idle_time(  # type: ignore[no-untyped-def]
    window: MainWindow, world: TrustCast, clock: FakeClock, qtbot, db
) -> None:
    admin = world.administrator
    Op(None, lambda s: site_settings.set_idle_lock_minutes(s, admin, 10)).run(window.ctx)
    qtbot.waitUntil(lambda: window.idle_lock.minutes == 10)
    clock.advance(9 * 60)
    window.idle_lock.check()
    assert not window.idle_lock.locked
    clock.advance(60)
    window.idle_lock.check()
    assert window.idle_lock.locked


def test_an_administrator_sets_the_idle_time_in_site_settings(  # type: ignore[no-untyped-def]
    ctx, world: TrustCast, qtbot, clock: FakeClock, db
) -> None:
    window = _open_window(ctx, qtbot, clock, world.administrator)
    try:
        assert window.site_settings.isVisible()
        window.site_settings.trigger()
        dialog = window.findChild(QWidget, "siteSettingsDialog")
        qtbot.waitUntil(lambda: dialog.isEnabled())
        assert dialog.idle_minutes.value() == 5
        dialog.idle_minutes.setValue(12)
        dialog.save()
        qtbot.waitUntil(lambda: window.idle_lock.minutes == 12, timeout=10_000)
        assert ("setting.change", {"key": "idle_lock_minutes", "from": 5, "to": 12}) in _actions(db)
    finally:
        _close_all(ctx, window)


def test_mentors_have_no_site_settings(window: MainWindow) -> None:
    assert not window.site_settings.isVisible()


def test_a_window_that_opens_while_locked_waits_for_the_unlock(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot
) -> None:
    from mentorlog.services.errors import ServiceError
    from mentorlog.ui.errors import show_error

    window.lock.trigger()
    # A late answer from the worker, naming the student, arrives while nobody is there.
    show_error(window, ServiceError("Jüri Õunapuu's observation could not be saved."))
    box = window.findChild(QWidget, "errorDialog")
    qtbot.waitUntil(lambda: not box.isVisible())
    assert "Jüri" not in readable_on_screen()
    _unlock_with(qtbot, window, PASSWORD)
    qtbot.waitUntil(lambda: not window.idle_lock.locked, timeout=10_000)
    assert box.isVisible()


def test_signing_out_from_the_lock_screen_returns_to_sign_in(  # type: ignore[no-untyped-def]
    qtbot, start_app, demo_path: Path
) -> None:
    from mentorlog.ui.recovery_key_dialog import RecoveryKeyDialog
    from mentorlog.ui.sign_in_dialog import SignInDialog
    from tests.ui.shell.conftest import sign_in

    controller = start_app(demo_path)
    sign_in(qtbot, controller, "mentor")
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    window = controller.window
    # This first sign-in encrypted the demo file: its recovery key is shown once, modally.
    key = window.findChild(RecoveryKeyDialog)
    if key is not None:
        key.confirm.setChecked(True)
        key.accept()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(
        window.panel.view,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.idle_lock.locked
    qtbot.mouseClick(window.idle_lock.lock_screen.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(controller.dialog, SignInDialog))
    assert controller.window is None and controller.ctx.actor.roles == frozenset()
    controller.ctx.tasks.wait_idle(10_000)
    assert ("sign_out", {"reason": "from the lock screen"}) in _actions(controller.ctx.db)


def test_a_window_signed_out_in_its_first_second_leaves_the_next_one_alone(  # type: ignore[no-untyped-def]
    ctx, world: TrustCast, qtbot, clock: FakeClock
) -> None:
    first = _open_window(ctx, qtbot, clock, world.mentor)
    # Locked and signed out before its idle watch's own start, a second after it was built.
    first.lock.trigger()
    with qtbot.waitSignal(first.sign_out_requested):
        qtbot.mouseClick(first.idle_lock.lock_screen.sign_out_button, Qt.MouseButton.LeftButton)
    first.close()  # as the sign-out does; it is deleted later
    second = _open_window(ctx, qtbot, clock, world.mentor)
    try:
        qtbot.waitUntil(lambda: second.idle_lock.watching)  # the first one's start was earlier
        qtbot.waitUntil(lambda: QApplication.activeWindow() is second)
        qtbot.keyClick(
            second.panel.view,
            Qt.Key.Key_L,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert second.idle_lock.locked and second.isVisible()
    finally:
        _close_all(ctx, second)
        shiboken6.delete(first)


def test_signing_out_asks_first_when_the_recovery_key_is_still_waiting(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from mentorlog.ui.recovery_key_dialog import show_recovery_key

    key = show_recovery_key("ABCD-EFGH", window)
    window.idle_lock.lock()
    assert not key.isVisible()
    screen = window.idle_lock.lock_screen
    signed_out: list[bool] = []
    window.sign_out_requested.connect(lambda: signed_out.append(True))

    def question() -> QMessageBox:
        def shown() -> QMessageBox | None:
            boxes = screen.findChildren(QMessageBox, "signOutLoses")
            return next((b for b in boxes if b.isVisible()), None)

        qtbot.waitUntil(lambda: shown() is not None)
        box = shown()
        assert box is not None and "recovery key" in box.informativeText()
        return box

    qtbot.mouseClick(screen.sign_out_button, Qt.MouseButton.LeftButton)
    question().button(QMessageBox.StandardButton.Cancel).click()
    assert not signed_out and window.idle_lock.locked
    qtbot.mouseClick(screen.sign_out_button, Qt.MouseButton.LeftButton)
    question().button(QMessageBox.StandardButton.Yes).click()
    assert signed_out
