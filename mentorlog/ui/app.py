"""Starting the desktop app, in the order STYLE.md asks for: logging and an exception hook
first, then the QApplication and its translations, then sign-in, and only then the main
window.

A database file (encrypted, or unencrypted from an earlier mentorlog) opens only when
someone signs in: the sign-in screen shows first, before SQLAlchemy and the models are
even imported, and they load on the worker while the password is typed; an unencrypted
file is checked (and migrated) there too, and a database that cannot be used is then said
in a clear dialog (exit code 1). A new site or a server opens first, before its screen.

Heavy modules stay off this path: Alembic is imported only when a migration is due,
ReportLab only when a report is made, QtCharts only when the competencies tab opens.
bench/run.py times the start through the hooks in mentorlog/bench_mode.py.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from mentorlog import __version__, bench_mode, startup_gc
from mentorlog.paths import APP_NAME, data_dir, resources_dir

if TYPE_CHECKING:
    from mentorlog.ui.sign_in_flow import AppController

log = logging.getLogger(__name__)
_IMPORTED_AT = time.perf_counter()
_file_handler: logging.Handler | None = None

# The garbage collector, paused for start-up (mentorlog/startup_gc.py), is on again once
# the first screen shows, or this long after the event loop starts (a sign-in dialog).
GC_BACK_ON_AFTER_MS = 3000


def seconds_since_process_start() -> float:
    """Wall time since this process started (Linux /proc), else since this module loaded."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            # The command name (field 2) may hold spaces; the fields after ")" are fixed.
            fields = f.read().rsplit(")", 1)[1].split()
        started_ticks = int(fields[19])  # field 22: start time in clock ticks after boot
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return max(0.0, uptime - started_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED_AT


def setup_logging() -> Path | None:
    """Log to a rotating file in the data folder (and to stderr as the CLI set up)."""
    global _file_handler
    root = logging.getLogger()
    # The file gets INFO; the console handlers keep the level the command line chose.
    console_level = root.getEffectiveLevel()
    for existing in root.handlers:
        if existing.level == logging.NOTSET:
            existing.setLevel(console_level)
    root.setLevel(min(console_level, logging.INFO))
    try:
        folder = data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "mentorlog.log"
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as exc:  # a read-only data folder must not stop the app
        log.warning("cannot write the log file: %s", exc)
        return None
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if _file_handler is not None:  # started again in this process (tests): one log file
        root.removeHandler(_file_handler)
        _file_handler.close()
    root.addHandler(handler)
    _file_handler = handler
    return path


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is not None:
        from mentorlog.ui.errors import show_error

        show_error(QApplication.activeWindow(), exc.with_traceback(tb))


def install_exception_hook() -> None:
    sys.excepthook = _excepthook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log.critical(
            "uncaught exception in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),  # type: ignore[arg-type]
        )

    threading.excepthook = thread_hook


def make_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("mentorlog")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    icon = resources_dir() / "icons" / "mentorlog.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    # No style or palette is forced: the platform's own follows the system (light or dark).
    from mentorlog.ui import window_rules

    window_rules.install(app)  # every window fits the screen; Enter presses no stray button
    return app


def install_translators(app: QApplication) -> list[QTranslator]:
    """Load mentorlog's and Qt's own translations for the system locale, where present.

    mentorlog's English file is always loaded first: it holds the English singular and
    plural of counted strings ("1 page", "3 pages"); a translation for the locale,
    installed after it, takes precedence."""
    locale = QLocale.system()
    installed = []
    ours = resources_dir() / "translations"
    english = QTranslator(app)
    if english.load(str(ours / f"{APP_NAME}_en.qm")):
        app.installTranslator(english)
        installed.append(english)
    candidates = [("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if ours.is_dir():
        candidates.append((APP_NAME, str(ours)))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def open_database(  # type: ignore[no-untyped-def]
    db_target: str | None, log_path: Path | None = None, *, new_site: bool = False
):
    """The prepared Database and, for a new encrypted site, its recovery key; or
    (None, None) after telling the user why it cannot be used."""
    from mentorlog.services.startup import prepare_database
    from mentorlog.ui.database_problems import is_unusable_database, report_unusable

    try:
        if new_site:
            from mentorlog.services.opening import start_new_site

            return start_new_site(db_target)
        return prepare_database(db_target), None
    except Exception as exc:
        if not is_unusable_database(exc):
            raise
        if report_unusable(exc, db_target, log_path):
            return open_database(db_target, log_path)  # the restored copy
        return None, None


def start(  # type: ignore[no-untyped-def]
    db_target: str | None, *, bench: bool | None = None, hooks: bool = True
):
    """Everything before the event loop: returns the running AppController, or None when
    the database could not be opened (the user has been told). ``hooks=False`` leaves
    sys.excepthook alone (tests keep their own); ``bench=True`` signs in at once (see
    mentorlog/bench_mode.py), None reads that from the environment."""
    log_path = setup_logging()
    if hooks:
        install_exception_hook()
    app = make_application()
    install_translators(app)
    if bench is None:
        bench = bench_mode.signs_in_at_once()
    from mentorlog.storage.locate import sign_in_file

    found = None if bench else sign_in_file(db_target)
    if found is not None:
        # The common case: a database file that only a password opens. The sign-in screen
        # shows now; SQLAlchemy and the models load (and an unencrypted file is checked)
        # on the worker while the password is typed.
        from mentorlog.ui.sign_in_flow import AppController

        controller = AppController(None, parent=app, log_path=log_path)
        if bench_mode.reports_ready():
            _time_sign_in_screen(controller)
        controller.start_signing_in(db_target, *found)
        return controller
    return _start_with_database(app, db_target, log_path, bench)


def _start_with_database(  # type: ignore[no-untyped-def]
    app: QApplication, db_target: str | None, log_path: Path | None, bench: bool
):
    """A new site, a server, or a bench run that signs in at once: the database opens
    (or is made) before the first screen."""
    from mentorlog.services.opening import DatabaseKind, database_kind, is_demo_site
    from mentorlog.ui.context import AppContext
    from mentorlog.ui.sign_in_flow import AppController

    auto = bench_mode.credentials() if bench else None
    kind = database_kind(db_target)
    if kind == DatabaseKind.PLAIN and not bench:
        # An unencrypted file named by an sqlite:// URL: checked (and migrated) before the
        # sign-in screen, so one that cannot be used is said at once; it is encrypted when
        # an administrator signs in.
        checked, _ = open_database(db_target, log_path)
        if checked is None:
            return None
        checked.close()
    if kind in (DatabaseKind.ENCRYPTED, DatabaseKind.PLAIN):  # a bench run or an sqlite:// URL
        controller = AppController(None, parent=app, log_path=log_path)
        if bench:
            controller.first_data_shown.connect(_bench_report_and_quit)
        controller.start_locked(
            db_target,
            _where(db_target),
            demo=is_demo_site(db_target),
            convert=kind == DatabaseKind.PLAIN,
            auto_sign_in=auto,
        )
        return controller
    db, recovery_key = open_database(db_target, log_path, new_site=kind == DatabaseKind.NEW)
    if db is None:
        return None
    ctx = AppContext(db, app)
    controller = AppController(ctx, parent=app, recovery_key=recovery_key, log_path=log_path)
    if bench:
        controller.first_data_shown.connect(_bench_report_and_quit)
    controller.start(auto_sign_in=auto)
    return controller


def _where(db_target: str | None) -> str:
    from mentorlog.storage.engine import resolve_url, sqlite_path

    url = resolve_url(db_target)
    path = sqlite_path(url)
    return str(path) if path else url.render_as_string(hide_password=True)


def _bench_report_and_quit() -> None:
    print(f"MENTORLOG_SHOWN {seconds_since_process_start():.3f}", flush=True)
    QTimer.singleShot(0, QApplication.quit)


def _time_sign_in_screen(controller: AppController) -> None:
    """For bench/run.py: report when the sign-in screen is shown and takes input, then quit;
    or, given a typing time, type the credentials, press Sign in and report how long the
    data took from that press (mentorlog/bench_mode.py)."""
    typing_ms = bench_mode.sign_in_after_ms()
    pressed: list[float] = []

    def shown(dialog: QDialog) -> None:
        print(f"MENTORLOG_READY {seconds_since_process_start():.3f}", flush=True)
        if typing_ms is None:
            QTimer.singleShot(0, QApplication.quit)
            return

        def press_sign_in() -> None:
            username, password = bench_mode.credentials()
            dialog.username.setText(username)  # type: ignore[attr-defined]
            dialog.password.setText(password)  # type: ignore[attr-defined]
            pressed.append(time.perf_counter())
            dialog.submit()  # type: ignore[attr-defined]

        QTimer.singleShot(typing_ms, press_sign_in)

    def data_shown() -> None:
        if pressed:
            print(f"MENTORLOG_SIGNED_IN {time.perf_counter() - pressed[0]:.3f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)

    controller.sign_in_shown.connect(shown)
    controller.first_data_shown.connect(data_shown)


def run(db_target: str | None) -> int:
    """The desktop app: returns the process exit code (1 when the database is unusable)."""
    controller = start(db_target)
    if controller is None:
        startup_gc.resume()
        return 1
    controller.first_data_shown.connect(startup_gc.resume)
    QTimer.singleShot(GC_BACK_ON_AFTER_MS, startup_gc.resume)
    app = QApplication.instance()
    assert app is not None
    try:
        return app.exec()
    finally:
        controller.shutdown()
