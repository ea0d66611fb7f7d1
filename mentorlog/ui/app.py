"""Starting the desktop app, in the order STYLE.md asks for: logging and an exception hook
first, then the QApplication and its translations, then sign-in, and only then the main
window.

One start path: the database target is resolved once (storage/locate.py) and handed to
AppController.open. A database file (encrypted, or unencrypted from an earlier mentorlog)
opens only when someone signs in: the sign-in screen shows first, before SQLAlchemy and
the models are even imported, and they load on the worker while the password is typed; an
unencrypted file is checked (and migrated) there too, and a database that cannot be used
is then said in a clear dialog (exit code 1). A new site or a server opens first, before
its screen.

Heavy modules stay off this path: Alembic is imported only when a migration is due,
ReportLab only when a report is made, QtCharts only when the competencies tab opens.
bench/run.py times the start through ui/bench_hooks.py, attached only in a bench run.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from mentorlog import __version__, bench_mode, startup_gc
from mentorlog.paths import APP_NAME, resources_dir

if TYPE_CHECKING:
    from mentorlog.storage.locate import Target
    from mentorlog.ui.sign_in_flow import AppController

log = logging.getLogger(__name__)

# The garbage collector, paused for start-up (mentorlog/startup_gc.py), is on again once
# the first screen shows, or this long after the event loop starts (a sign-in dialog).
GC_BACK_ON_AFTER_MS = 3000


def setup_logging() -> Path | None:
    """Log to a rotating file in the data folder (and to stderr as the CLI set up)."""
    from mentorlog.logfile import log_to_file

    return log_to_file()


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


def start(
    db_target: Target, *, bench: bool | None = None, hooks: bool = True
) -> AppController | None:
    """Everything before the event loop: returns the running AppController, or None when
    the database could not be opened (the user has been told). The target is resolved
    once, here, and handed down. ``hooks=False`` leaves sys.excepthook alone (tests keep
    their own); ``bench=True`` signs in at once (mentorlog/bench_mode.py), None reads that
    from the environment."""
    log_path = setup_logging()
    if hooks:
        install_exception_hook()
    app = make_application()
    from mentorlog.storage.locate import locate
    from mentorlog.ui.language import apply_language, starting_language
    from mentorlog.ui.sign_in_flow import AppController

    target = locate(db_target)
    # The first screen's language: --language, else the site's default where it can be
    # read before the database opens (a file's key file), else the system's. Who signs in
    # then gets their own (ui/sign_in_flow.py).
    apply_language(starting_language(site=target.site_language()))
    controller = AppController(None, parent=app, log_path=log_path)
    at_once = bench_mode.signs_in_at_once() if bench is None else bench
    if at_once or (bench is None and bench_mode.active()):
        from mentorlog.ui.bench_hooks import attach

        attach(controller, signs_in_at_once=at_once)
    credentials = bench_mode.credentials() if at_once else None
    return controller if controller.open(target, auto_sign_in=credentials) else None


def run(db_target: Target) -> int:
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
