"""Who is at the workstation: first run or sign-in, then the main window, and back to
sign-in on "Sign out" without restarting the app."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from mentorlog.services.changes import DATABASE_STATE
from mentorlog.ui.ops import Op

if TYPE_CHECKING:
    # Only names here: the sign-in screen shows before SQLAlchemy and the models load.
    from mentorlog.services.access import Actor
    from mentorlog.storage.database import Database
    from mentorlog.storage.locate import DatabaseKind, DatabaseTarget
    from mentorlog.ui.context import AppContext

log = logging.getLogger(__name__)


def nobody() -> Actor:
    """Who acts between sign-out and the next sign-in: an actor with no roles sees
    nothing (unlike SYSTEM, which the context starts with and which sees everything)."""
    from mentorlog.services.access import Actor

    return Actor(uuid.UUID(int=0), "nobody", frozenset())


# After a dialog is on screen and before anyone can have typed a name and password.
PREPARE_WINDOW_AFTER_MS = 250


def _prepare_main_window() -> None:
    """Import the main window's modules (~0.1 s) while the GUI thread waits: for a
    password being typed, or checked on the worker (Argon2 releases the GIL)."""
    import mentorlog.ui.main_window  # noqa: F401


def _start_state(session: Any) -> tuple[bool, bool, str | None]:
    from mentorlog.services import auth, languages

    _own, site = languages.language_choice(session, None)
    return auth.needs_first_administrator(session), auth.is_demo_database(session), site


class AppController(QObject):
    """Owns the one dialog or main window on screen. ``first_data_shown`` fires once, when
    the first main window has shown its data (start-up timing uses it)."""

    first_data_shown = Signal()
    window_opened = Signal(object)
    # The first sign-in screen of start_signing_in is shown and takes input (its dialog).
    sign_in_shown = Signal(object)

    def __init__(
        self,
        ctx: AppContext | None,
        parent: QObject | None = None,
        *,
        recovery_key: str | None = None,
        log_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._log_path = log_path  # named in the dialog for a database that cannot be used
        self._reported_sign_in_shown = False
        # None until a database file is unlocked at sign-in (open).
        self.ctx: AppContext = ctx  # type: ignore[assignment]
        # A new encrypted site's recovery key, shown once its administrator exists.
        self.recovery_key = recovery_key
        self.dialog: QDialog | None = None
        self.window: QWidget | None = None
        self._reported_first_data = False
        self._demo = False

    def open(self, target: DatabaseTarget, auto_sign_in: tuple[str, str] | None = None) -> bool:
        """The one way in. A file only a password opens shows the sign-in screen first
        (or, with ``auto_sign_in``, signs in at once); a new site or a server opens first,
        then shows the first run or sign-in. False when the database cannot be used: the
        user has been told why."""
        from mentorlog.storage.locate import DatabaseKind

        kind = target.kind()
        if kind in (DatabaseKind.ENCRYPTED, DatabaseKind.PLAIN):
            if auto_sign_in is not None:
                self._sign_in_at_once(target, auto_sign_in)
            else:
                self.start_signing_in(target, kind)
            return True
        opened = self._open_first(target)
        if opened is None:
            return False
        from mentorlog.ui.context import AppContext

        db, self.recovery_key = opened
        self.ctx = AppContext(db, self.parent())
        self.start(auto_sign_in)
        return True

    def _open_first(self, target: DatabaseTarget) -> tuple[Database, str | None] | None:
        """The prepared database and, for a new encrypted site, its recovery key; None
        after telling the user why it cannot be used."""
        from mentorlog.services.opening import start_new_site
        from mentorlog.ui.database_problems import is_unusable_database, report_unusable

        try:
            return start_new_site(target)
        except Exception as exc:
            if not is_unusable_database(exc):
                raise
            if report_unusable(exc, target, self._log_path):
                return self._open_first(target)  # the restored copy
            return None

    def start(self, auto_sign_in: tuple[str, str] | None = None) -> None:
        if auto_sign_in is not None:
            username, password = auto_sign_in
            from mentorlog.services import auth

            Op(None, lambda s: auth.sign_in(s, username, password)).success(
                self._signed_in
            ).failure(self._auto_sign_in_failed).run(self.ctx)
            _prepare_main_window()
            return
        Op(None, _start_state).success(self._show_start).run(self.ctx)

    def _auto_sign_in_failed(self, exc: BaseException) -> None:
        log.error("automatic sign-in failed: %s", exc)
        QApplication.exit(1)

    def _show_start(self, state: tuple[bool, bool, str | None]) -> None:
        from mentorlog.ui.language import apply_language, starting_language

        needs_administrator, demo, site_language = state
        apply_language(starting_language(site=site_language))
        self._demo = demo
        if needs_administrator:
            self.show_first_run()
        else:
            self.show_sign_in()

    def show_first_run(self) -> None:
        from mentorlog.ui.first_run_dialog import FirstRunDialog

        dialog = FirstRunDialog(self.ctx)
        dialog.administrator_created.connect(self._administrator_created)
        dialog.demo_loaded.connect(self._demo_loaded)
        self._show_dialog(dialog)

    def _administrator_created(self, actor: Actor) -> None:
        self._signed_in(actor)
        # A real site's first administrator is led through setting it up.
        from mentorlog.ui.site_admin.setup_guide import open_setup_guide

        self.setup_guide = open_setup_guide(self.ctx, self.window)
        if self.recovery_key:
            from mentorlog.ui.recovery_key_dialog import show_recovery_key

            show_recovery_key(self.recovery_key, self.window)
            self.recovery_key = None

    def start_signing_in(self, target: DatabaseTarget, kind: DatabaseKind) -> None:
        """The sign-in screen for a database file that only a password opens (``kind``:
        encrypted, or unencrypted, to be encrypted at an administrator's sign-in), shown
        before SQLAlchemy and the models are loaded (for a plain path): they load on the
        dialog's worker while the password is typed, and an unencrypted file is checked
        and migrated there. A sign-in pressed sooner waits behind that work; a database
        that cannot be used is then explained (exit code 1), or a damaged one offered its
        newest verified backup."""
        from mentorlog.storage.locate import DatabaseKind
        from mentorlog.ui.unlock_dialog import UnlockDialog

        convert = kind == DatabaseKind.PLAIN
        dialog = UnlockDialog(target, target.where(), demo=target.is_demo(), convert=convert)
        dialog.opened.connect(self._opened)
        dialog.language_chosen.connect(self.choose_sign_in_language)
        dialog.ready.connect(_prepare_main_window)
        dialog.unusable.connect(lambda exc: self._database_unusable(target, exc))
        self._show_dialog(dialog, prepare_window=False)
        dialog.prepare(check=convert)
        if not self._reported_sign_in_shown:
            self._reported_sign_in_shown = True
            # Once the event loop has handled the show, as bench/run.py's Qt floor does.
            QTimer.singleShot(0, lambda: self.sign_in_shown.emit(dialog))

    def _database_unusable(self, target: DatabaseTarget, exc: object) -> None:
        from mentorlog.ui.database_problems import report_unusable
        from mentorlog.ui.unlock_dialog import UnlockDialog

        assert isinstance(exc, BaseException)
        dialog = self.dialog
        # Over the sign-in screen, which stays up until the app ends (closing the last
        # window would quit with exit code 0).
        if not report_unusable(exc, target, self._log_path, dialog):
            QApplication.exit(1)
            return
        # A backup was restored: a fresh sign-in screen opens it, once the old screen's
        # worker is idle (a sign-in queued there is skipped), with the name already typed.
        username = ""
        if isinstance(dialog, UnlockDialog):
            dialog.wait_idle(-1)
            username = dialog.username.text()
        kind = target.kind()  # the restored file, looked at afresh
        self.start_signing_in(target, kind)
        if username and isinstance(self.dialog, UnlockDialog):
            self.dialog.username.setText(username)
            self.dialog.password.setFocus()

    def _sign_in_at_once(self, target: DatabaseTarget, credentials: tuple[str, str]) -> None:
        """Open a file only a password opens, signed in as ``credentials`` (a bench run)."""
        from mentorlog.services.opening import sign_in_and_open

        try:
            site = sign_in_and_open(target, *credentials)
        except Exception as exc:
            self._auto_sign_in_failed(exc)
            return
        self._opened(site)

    def _opened(self, site: Any) -> None:
        from mentorlog.ui.context import AppContext

        self.ctx = AppContext(site.db, self.parent())
        self._signed_in(site.actor)
        if site.recovery_key:
            from mentorlog.ui.recovery_key_dialog import show_recovery_key

            show_recovery_key(site.recovery_key, self.window)

    def verify_database(self) -> None:
        """SQLite's quick check, as the first job on the serial worker after sign-in: every
        save queues behind it. A damaged file is then only read, and the newest verified
        backup is offered."""
        db = self.ctx.db
        if db.path is None:
            return

        def checked(verdict: list[str]) -> None:
            if verdict != ["ok"]:
                self.damage_found(verdict[0])

        self.ctx.tasks.submit(db.quick_check, checked, lambda exc: checked([str(exc)]))

    def damage_found(self, detail: str) -> None:
        """The file is damaged (the quick check, or any read that met it): from now on it
        is only read, and the newest verified backup is offered, once."""
        db = self.ctx.db
        if db.path is None or db.read_only_reason == "damaged":
            return
        log.error("the database is damaged: %s", detail)
        from mentorlog.ui.damaged_dialog import offer_restore

        error = db.damage_found(detail)
        self.ctx.changed.emit(DATABASE_STATE)  # the banner says so
        if offer_restore(error, self.window, key=db.key):
            self.ctx.reopen_database()

    def _demo_loaded(self) -> None:
        self._demo = True
        self.recovery_key = None  # a demo's data is not worth a recovery key
        self.show_sign_in()

    def show_sign_in(self) -> None:
        from mentorlog.ui.sign_in_dialog import SignInDialog

        dialog = SignInDialog(self.ctx, demo=self._demo)
        dialog.signed_in.connect(self._signed_in)
        dialog.language_chosen.connect(self.choose_sign_in_language)
        self._show_dialog(dialog)

    def _show_dialog(self, dialog: QDialog, *, prepare_window: bool = True) -> None:
        previous = self.dialog
        self.dialog = dialog
        dialog.rejected.connect(self._dialog_rejected)
        dialog.show()
        if previous is not None:
            previous.deleteLater()
        if prepare_window:
            QTimer.singleShot(PREPARE_WINDOW_AFTER_MS, _prepare_main_window)

    def _dialog_rejected(self) -> None:
        # Quit, or Escape, on the only window there is ends the app.
        if self.window is None:
            QApplication.quit()

    def _signed_in(self, actor: Actor) -> None:
        if self._one_time_password(actor):
            from mentorlog.ui.site_admin.first_password import FirstPasswordDialog

            self.ctx.set_actor(actor)
            dialog = FirstPasswordDialog(self.ctx)
            dialog.accepted.connect(lambda: self._signed_in(actor))
            dialog.rejected.connect(self._first_password_refused)
            previous, self.dialog = self.dialog, dialog
            dialog.show()
            if previous is not None:
                previous.hide()
                previous.deleteLater()
            return
        self._open_main_window(actor)

    def _one_time_password(self, actor: Actor) -> bool:
        # One primary-key read before any window of theirs exists (the worker may still be
        # busy with the sign-in's audit): a person with a one-time password sees nothing
        # until they have chosen their own.
        from mentorlog.services.auth import password_change_required

        with self.ctx.db.session() as session:
            return password_change_required(session, actor)

    def _first_password_refused(self) -> None:
        self.dialog = None
        self.ctx.set_actor(nobody())
        self.show_sign_in()

    def _open_main_window(self, actor: Actor) -> None:
        from mentorlog.ui.main_window import MainWindow

        log.info("%s signed in", actor.name)
        self.ctx.set_actor(actor)
        # Damage met by any work on the worker: read-only from then on, a backup offered.
        self.ctx.damaged.connect(self.damage_found, Qt.ConnectionType.UniqueConnection)
        if getattr(self, "auto_backup", None) is None:
            from mentorlog.ui.auto_backup import AutoBackup

            # Every 30 minutes while something changed, and once at exit (shutdown).
            self.auto_backup = AutoBackup(self.ctx, self)
            self._verify_pending = True  # once the first screen is shown
        self._speak_language_of(actor)
        window = MainWindow(self.ctx)
        window.sign_out_requested.connect(self.sign_out)
        window.language_changed.connect(self.change_language)
        window.first_data_loaded.connect(lambda: self._first_data_loaded(window))
        self.window = window
        window.show()
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self.window_opened.emit(window)

    # --- the language ---------------------------------------------------------------------

    def _speak_language_of(self, actor: Actor | None) -> None:
        """Speak ``actor``'s language (their own choice, else the site's default), or with
        None the sign-in screen's (the site's default), below ``--language``. One read
        on the GUI thread, as _one_time_password makes."""
        from mentorlog.services import languages
        from mentorlog.ui.language import apply_language, starting_language

        with self.ctx.db.session() as session:
            own, site = languages.language_choice(
                session, actor.person_id if actor is not None else None
            )
        apply_language(starting_language(own, site))

    def choose_sign_in_language(self, code: str) -> None:
        """The sign-in screen's language switch: the screen words itself again (Qt's
        LanguageChange); whoever signs in then gets their own language."""
        from mentorlog.ui.language import apply_language

        apply_language(code)

    def change_language(self, code: str) -> None:
        """The signed-in person chose ``code`` (saved already): speak it at once and build
        the main window again in it. Dialogs and editors open in the old window move to
        the new one as they are (in the language they were opened in), so nothing typed
        is lost."""
        from mentorlog import i18n
        from mentorlog.ui.language import apply_language, set_command_line_language
        from mentorlog.ui.main_window import MainWindow

        old = self.window
        if not isinstance(old, MainWindow):
            return
        set_command_line_language(None)  # a choice made in the app outranks --language
        if i18n.normalise(code) == i18n.current_language():
            return  # the window already speaks it
        apply_language(code)
        open_dialogs = [d for d in old.findChildren(QDialog) if d.isVisible()]
        old.save_state()  # the new window restores its geometry, splitter and columns
        window = MainWindow(self.ctx)
        window.sign_out_requested.connect(self.sign_out)
        window.language_changed.connect(self.change_language)
        self.window = window
        window.show()
        for dialog in open_dialogs:
            dialog.setParent(window, dialog.windowFlags())
            dialog.show()
        old.setProperty("signingOut", True)
        old.close()
        old.deleteLater()
        self.window_opened.emit(window)

    def _recover_drafts(self, window: QWidget) -> None:
        from mentorlog.ui.editors import recover_drafts

        recover_drafts(self.ctx, window)

    def _first_data_loaded(self, window: QWidget) -> None:
        if not self._reported_first_data:
            self._reported_first_data = True
            self.first_data_shown.emit()
        # Unfinished drafts are offered once the first screen has its data (their dialog
        # and query went ahead of it), and before the quick check queues for seconds.
        self._recover_drafts(window)
        # The quick check reads the whole file (seconds on a large database): it runs
        # right after the first screen's reads rather than ahead of them, and every save
        # still queues behind it.
        if getattr(self, "_verify_pending", False):
            self._verify_pending = False
            self.verify_database()

    def sign_out(self) -> None:
        """Back to the sign-in dialog; the window (and its undo history) goes."""
        window = self.window
        self.window = None
        self._audit_sign_out(window)
        # The dialog opens before the window closes, so the app does not see its last
        # window close and quit.
        self._speak_language_of(None)  # the next person's sign-in screen: the site's
        self.show_sign_in()
        self.ctx.set_actor(nobody())
        if window is not None:
            window.setProperty("signingOut", True)
            window.close()
            window.deleteLater()

    def _audit_sign_out(self, window: QWidget | None) -> None:
        actor = self.ctx.actor
        idle_lock = getattr(window, "idle_lock", None)
        reason = "from the lock screen" if idle_lock is not None and idle_lock.locked else ""

        from mentorlog.services import auth

        Op(None, lambda s: auth.record_sign_out(s, actor, reason)).failure(
            lambda exc: log.error("the sign-out was not put on the audit trail: %s", exc)
        ).run(self.ctx)

    def shutdown(self) -> None:
        wait_idle = getattr(self.dialog, "wait_idle", None)
        if wait_idle is not None:
            # The sign-in screen's worker may still be loading, checking or migrating the
            # database (quit at once): it finishes, however long that takes, before the
            # interpreter goes; a migration is never cut off half-way.
            wait_idle(-1)
        if self.ctx is None:
            return
        auto_backup = getattr(self, "auto_backup", None)
        if auto_backup is not None:
            auto_backup.at_exit()
        self.ctx.shutdown()
        if self.recovery_key:
            # A new site nobody was ever made for: it cannot be opened, so it goes.
            from mentorlog.services.opening import discard_unfinished_site

            discard_unfinished_site(self.ctx.db)
