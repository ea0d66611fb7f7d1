"""Starting the desktop app, in the order STYLE.md asks for: logging and an exception hook
first, then the QApplication and its translations, then the database (opened and migrated,
or a clear dialog and exit code 1), then sign-in, and only then the main window.

Heavy modules stay off this path: Alembic is imported only when a migration is due,
ReportLab only when a report is made, QtCharts only when the competencies tab opens.

``MENTORLOG_BENCH_EXIT_WHEN_SHOWN=1`` (for bench/run.py) signs in without the dialog with
the credentials in ``MENTORLOG_BENCH_SIGN_IN`` ("user:password", default the demo mentor)
through the real sign-in service, prints ``MENTORLOG_SHOWN <seconds since process start>``
once the main window shows its first data, and quits.
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

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from mentorlog import __version__, startup_gc
from mentorlog.paths import APP_NAME, data_dir, resources_dir

log = logging.getLogger(__name__)
_IMPORTED_AT = time.perf_counter()
_file_handler: logging.Handler | None = None

BENCH_EXIT_VAR = "MENTORLOG_BENCH_EXIT_WHEN_SHOWN"
BENCH_SIGN_IN_VAR = "MENTORLOG_BENCH_SIGN_IN"
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


def tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("app", text)


def explain_storage_failure(exc: BaseException, where: str) -> tuple[str, str]:
    """A title and message for a database that cannot be used, in the user's terms."""
    from sqlalchemy.exc import DatabaseError

    from mentorlog.storage.migrate import MigrationFailedError, NewerDatabaseError, StorageError

    if isinstance(exc, NewerDatabaseError):
        return tr("This database needs a newer mentorlog"), str(exc)
    if isinstance(exc, MigrationFailedError):
        return tr("The database could not be updated"), str(exc)
    if isinstance(exc, StorageError):
        return tr("The database cannot be opened"), str(exc)
    if isinstance(exc, DatabaseError):
        detail = str(exc.orig) if exc.orig is not None else str(exc)
        return tr("The database cannot be opened"), tr(
            "{where} is damaged or is not a mentorlog database ({detail}). "
            "mentorlog has not changed it."
        ).format(where=where, detail=detail)
    return tr("The database cannot be opened"), str(exc)


def show_fatal(title: str, message: str, log_path: Path | None) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, tr("mentorlog"), title)
    box.setObjectName("fatalDialog")
    box.setInformativeText(message)
    if log_path is not None:
        box.setDetailedText(tr("Details are in the log file {path}").format(path=log_path))
    box.exec()


def open_database(  # type: ignore[no-untyped-def]
    db_target: str | None, log_path: Path | None = None, *, new_site: bool = False
):
    """The prepared Database and, for a new encrypted site, its recovery key; or
    (None, None) after telling the user why it cannot be used."""
    from sqlalchemy.exc import DatabaseError

    from mentorlog.services.startup import prepare_database
    from mentorlog.storage.damage import DamagedDatabaseError
    from mentorlog.storage.engine import resolve_url
    from mentorlog.storage.migrate import StorageError

    try:
        if new_site:
            from mentorlog.services.opening import start_new_site

            return start_new_site(db_target)
        return prepare_database(db_target), None
    except DamagedDatabaseError as exc:
        log.error("the database is damaged: %s", exc)
        from mentorlog.ui.damaged_dialog import offer_restore

        if offer_restore(exc):
            return open_database(db_target, log_path)  # the restored copy
        return None, None
    except (StorageError, DatabaseError) as exc:
        try:
            where = resolve_url(db_target).render_as_string(hide_password=True)
        except Exception:
            where = str(db_target)
        log.error("cannot open the database %s: %s", where, exc)
        show_fatal(*explain_storage_failure(exc, where), log_path)
        return None, None


def start(  # type: ignore[no-untyped-def]
    db_target: str | None, *, bench: bool | None = None, hooks: bool = True
):
    """Everything before the event loop: returns the running AppController, or None when
    the database could not be opened (the user has been told). ``hooks=False`` leaves
    sys.excepthook alone (tests keep their own)."""
    log_path = setup_logging()
    if hooks:
        install_exception_hook()
    app = make_application()
    install_translators(app)
    from mentorlog.services.opening import DatabaseKind, database_kind, is_demo_site
    from mentorlog.ui.context import AppContext
    from mentorlog.ui.sign_in_flow import AppController

    if bench is None:
        bench = os.environ.get(BENCH_EXIT_VAR) == "1"
    auto = None
    if bench:
        credentials = os.environ.get(BENCH_SIGN_IN_VAR, "mentor:demo")
        username, _, password = credentials.partition(":")
        auto = (username, password)
    kind = database_kind(db_target)
    if kind == DatabaseKind.PLAIN and not bench:
        # Checked (and migrated) before anyone signs in, so a database that cannot be used
        # is said at once; it is then encrypted at the first sign-in.
        checked, _ = open_database(db_target, log_path)
        if checked is None:
            return None
        checked.close()
    if kind == DatabaseKind.ENCRYPTED or (kind == DatabaseKind.PLAIN and not bench):
        # Nothing is opened before someone signs in: the key is unwrapped by their password
        # (an unencrypted database from an earlier mentorlog is encrypted at this sign-in).
        controller = AppController(None, parent=app)
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
    controller = AppController(ctx, parent=app, recovery_key=recovery_key)
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
