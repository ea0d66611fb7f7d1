"""A database file opens only by signing in, so the sign-in screen comes first: it shows
before SQLAlchemy and the models are loaded, they load on its worker while the password
is typed, and an unencrypted file is checked there (a damaged one offered its backup)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from mentorlog.storage.backup import create_backup
from mentorlog.ui.main_window import MainWindow
from mentorlog.ui.unlock_dialog import UnlockDialog
from tests.ui.test_damaged_dialog import _damage

HEAVY = ("sqlalchemy", "mentorlog.models", "argon2", "cryptography", "sqlcipher3")

# In a fresh interpreter (this one has loaded everything): what was imported when the
# sign-in screen was shown, then whether signing in from it still works.
SHOWN_BEFORE_LOADING = f"""
import sys
from mentorlog.ui import unlock_dialog

loaded_at_show = []
original_show = unlock_dialog.UnlockDialog.show

def show(self):
    loaded_at_show.extend(m for m in {HEAVY!r} if m in sys.modules)
    original_show(self)

unlock_dialog.UnlockDialog.show = show

from PySide6.QtWidgets import QApplication
from mentorlog.ui.app import start

controller = start(sys.argv[1], bench=False, hooks=False)
print("dialog", type(controller.dialog).__name__)
print("loaded at show", loaded_at_show)
controller.dialog.username.setText("mentor")
controller.dialog.password.setText("demo")
controller.dialog.submit()  # at once: it waits behind the loading on the worker
controller.first_data_shown.connect(QApplication.quit)
QApplication.instance().exec()
print("signed in as", controller.ctx.actor.name)
controller.shutdown()
"""


@pytest.fixture(scope="module")
def encrypted_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new demo site, made as `mentorlog demo` makes one: encrypted, as every new site is."""
    folder = tmp_path_factory.mktemp("encrypted")
    path = folder / "demo.db"
    made = subprocess.run(
        [sys.executable, "-m", "mentorlog", "--db", str(path), "demo", "--students", "3",
         "--observations", "20"],
        env=_env(folder), capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    return path


def _env(data_dir: Path) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", MENTORLOG_DATA_DIR=str(data_dir))


def test_the_sign_in_screen_shows_before_sqlalchemy_loads_and_signing_in_waits_for_it(
    encrypted_demo: Path, tmp_path: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SHOWN_BEFORE_LOADING, str(encrypted_demo)],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert "dialog UnlockDialog" in done.stdout
    assert "loaded at show []" in done.stdout, done.stdout
    assert "signed in as " in done.stdout and "nobody" not in done.stdout


def test_the_bench_times_the_sign_in_screen_and_a_sign_in_after_typing(
    encrypted_demo: Path, tmp_path: Path
) -> None:
    env = {**_env(tmp_path), "MENTORLOG_BENCH_EXIT_WHEN_READY": "1"}
    command = [sys.executable, "-m", "mentorlog", "--db", str(encrypted_demo)]
    ready = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)
    assert ready.returncode == 0, ready.stderr
    assert ready.stdout.startswith("MENTORLOG_READY ")
    float(ready.stdout.split()[1])

    env["MENTORLOG_BENCH_SIGN_IN_AFTER_MS"] = "200"
    signed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)
    assert signed.returncode == 0, signed.stderr
    lines = signed.stdout.split("\n")
    assert lines[0].startswith("MENTORLOG_READY ")
    assert lines[1].startswith("MENTORLOG_SIGNED_IN ")
    assert float(lines[1].split()[1]) > 0


def _click_when_shown(button_text: str, seen: list[str]) -> None:
    """Once a message box is up, note its text and press the button named."""
    box = next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()),
        None,
    )
    if box is None:
        QTimer.singleShot(20, lambda: _click_when_shown(button_text, seen))
        return
    seen.append(box.text())
    next(b for b in box.buttons() if button_text in b.text().replace("&", "")).click()


def test_a_damaged_file_is_found_behind_the_sign_in_screen_and_its_backup_restored(
    qtbot, start_app, demo_path: Path
) -> None:  # type: ignore[no-untyped-def]
    create_backup(demo_path, "auto")
    _damage(demo_path)
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _click_when_shown("Restore the newest backup", seen))
    controller = start_app(demo_path)
    first = controller.dialog
    assert isinstance(first, UnlockDialog)
    # Signed in at once: the attempt waits behind the check on the worker.
    first.username.setText("mentor")
    first.password.setText("demo")
    first.submit()
    # The check finds the damage; the restore is offered over the screen; the attempt
    # is not made on the damaged file, and a fresh sign-in screen opens on the restored
    # copy with the name already typed.
    qtbot.waitUntil(lambda: controller.dialog is not first, timeout=20_000)
    assert seen and "damaged" in seen[0]
    again = controller.dialog
    assert isinstance(again, UnlockDialog) and again.isVisible()
    assert again.username.text() == "mentor" and again.password.text() == ""
    assert controller.window is None and not again.message.isVisible()
    qtbot.keyClicks(again.password, "demo")
    qtbot.keyClick(again.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=30_000)
    assert controller.ctx.actor.name != "nobody"


def test_an_unencrypted_file_named_by_an_sqlite_url_is_checked_before_sign_in(
    qtbot, demo_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.ui.app import run

    _damage(demo_path)
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _click_when_shown("Close mentorlog", seen))
    assert run(f"sqlite:///{demo_path}") == 1
    assert seen and "damaged" in seen[0]


def test_a_mentor_signing_in_leaves_an_unencrypted_file_as_it_is(
    qtbot, start_app, demo_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.storage.sqlite_files import is_plain_sqlite, keyfile_path
    from mentorlog.ui.recovery_key_dialog import RecoveryKeyDialog
    from tests.ui.shell.conftest import sign_in

    controller = start_app(demo_path)
    note = controller.dialog.findChild(QLabel, "encryptNote")
    assert "When an administrator opens mentorlog and signs in" in note.text()
    # No recovery key for a mentor, and nobody else locked out of the file.
    sign_in(qtbot, controller, "mentor")
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=30_000)
    assert controller.window.findChild(RecoveryKeyDialog) is None
    assert is_plain_sqlite(demo_path) and not keyfile_path(demo_path).exists()


def test_an_administrator_signing_in_encrypts_an_unencrypted_file(
    qtbot, start_app, demo_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.storage.sqlite_files import is_plain_sqlite, keyfile_path
    from mentorlog.ui.recovery_key_dialog import RecoveryKeyDialog
    from tests.ui.shell.conftest import sign_in

    controller = start_app(demo_path)
    sign_in(qtbot, controller, "admin")
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=60_000)
    qtbot.waitUntil(lambda: controller.window.findChild(RecoveryKeyDialog) is not None)
    assert not is_plain_sqlite(demo_path) and keyfile_path(demo_path).exists()
