"""What every editor window shares: loading off the GUI thread, autosaving what is typed to
a Draft row, showing a save's problems beside their fields, and closing (Close, Ctrl+W,
Esc) that asks only when something is unsaved.

A subclass builds its form, calls ``touched`` on every change, and implements ``_fill``
(show loaded data), ``draft_payload`` (the form as plain JSON) and ``_save_and_close``.

A save names the record's version the form was filled from (``base_version``). When
someone saved the record since, it is refused: the editor keeps the person's text and
shows the newer version beside it (ui/stale_edit.py); a subclass says how to load that
version (``load_current``), which fields to compare (``versions``) and how to take the
merged text (``take_merged``) or theirs (``take_theirs``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from mentorlog.services import drafts
from mentorlog.services.errors import StaleEditError, ValidationError
from mentorlog.ui import formats
from mentorlog.ui.colors import make_secondary
from mentorlog.ui.context import AppContext
from mentorlog.ui.editors.autosave import Autosaver
from mentorlog.ui.editors.problems import ProblemLabel, Problems
from mentorlog.ui.editors.unsaved import ask_unsaved
from mentorlog.ui.errors import show_error
from mentorlog.ui.ops import Op
from mentorlog.ui.stale_edit import Choice, Version, ask_stale


class EditorDialog(QDialog):
    loaded = Signal()
    saved = Signal(object)  # the saved record's view
    closed = Signal()  # the window closed for good (it is deleted later)

    draft_kind = ""  # the Draft.kind this editor's autosaves use

    def __init__(
        self,
        ctx: AppContext,
        placement_id: uuid.UUID,
        record_id: uuid.UUID | None,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.placement_id = placement_id
        self.record_id = record_id
        self._actor = ctx.actor
        self._dirty = False
        self._loading = True
        self._may_close = False
        # The record's row version the form holds (None: a new record); a save names it.
        self.base_version: int | None = None
        self._again: Callable[[], None] | None = None  # the last save, made again
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.state = QLabel(self)
        self.state.setObjectName("saveState")
        # Autosave reports apart from save results, so it never hides "Not saved: …".
        self.autosave_state = QLabel(self)
        self.autosave_state.setObjectName("autosaveState")
        make_secondary(self.autosave_state)
        self.general = ProblemLabel(self)
        self.problems = Problems(self.general)
        self.autosaver = Autosaver(ctx, self, self._autosave_fn)
        self.autosaver.saved.connect(self._autosaved)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)

    # -- loading --------------------------------------------------------------------------

    def load(self, fn: Callable[[Any], Any]) -> None:
        self.setEnabled(False)
        Op(self, fn).success(self._loaded).failure(self._load_failed).run(self.ctx)

    def _loaded(self, data: Any) -> None:
        self._loading = True
        # Enabled first: _fill puts the keyboard in the first field, which a disabled
        # window would refuse (the editor opened with no focus at all).
        self.setEnabled(True)
        self._fill(data)
        self._loading = False
        self.loaded.emit()

    def _fill(self, data: Any) -> None:
        raise NotImplementedError

    def _load_failed(self, exc: BaseException) -> None:
        self._may_close = True
        show_error(self.parentWidget(), exc)
        self.close()

    # -- autosave -------------------------------------------------------------------------

    def touched(self, *_: Any) -> None:
        if self._loading:
            return
        self._dirty = True
        self.autosaver.touch()

    def draft_payload(self) -> dict[str, Any]:
        raise NotImplementedError

    def _autosave_fn(self) -> Callable[[Any], Any]:
        payload, actor, kind = self.draft_payload(), self._actor, self.draft_kind
        pid, rid = self.placement_id, self.record_id
        return lambda s: drafts.save_draft(s, actor, kind, pid, rid, payload)

    def _autosaved(self, draft: drafts.DraftView) -> None:
        when = formats.time_of_day(draft.updated_at, seconds=True)
        self.autosave_state.setText(self.tr("Text kept safe (autosaved %1)").replace("%1", when))

    def forget_drafts(self, *targets: uuid.UUID | None) -> Callable[[Any], None]:
        """Work that drops the autosaved copies of ``targets`` (default: this record), for
        when the record itself is saved or its changes discarded. It captures plain values:
        it runs on the worker, perhaps after this window is gone."""
        actor, kind, pid = self._actor, self.draft_kind, self.placement_id
        chosen = tuple(dict.fromkeys(targets or (self.record_id,)))

        def forget(session: Any) -> None:
            for target in chosen:
                drafts.discard_drafts_for(session, actor, kind, pid, target)

        return forget

    # -- saving ---------------------------------------------------------------------------

    def run_save(
        self,
        work: Callable[[Any], Any],
        on_saved: Callable[[Any], None],
        *,
        then_close: bool = False,
        again: Callable[[], None] | None = None,
    ) -> None:
        """Run ``work`` on the worker; on success ``on_saved`` (then close if asked), on a
        ValidationError show each problem beside its field and keep the text safe. On a
        stale save, compare the versions; ``again`` makes this save once more (from the
        form, as the person merged it)."""
        self._again = again
        self.autosaver.stop()
        self.problems.clear()
        self.setEnabled(False)

        def done(view: Any) -> None:
            self.setEnabled(True)
            self._dirty = False
            self.autosaver.resume()
            on_saved(view)
            self.saved.emit(view)
            if then_close:
                self._may_close = True
                self.close()

        Op(self, work).success(done).failure(self._save_failed).run(self.ctx)

    def _save_failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.autosaver.resume()
        self.autosaver.touch()  # what was typed is still only in the form: keep it safe
        if isinstance(exc, ValidationError):
            self.problems.show(exc.problems)
            self.state.setText(self.tr("Not saved: see the problems marked in red."))
        elif isinstance(exc, StaleEditError):
            self.state.setText(self.tr("Not saved yet: someone saved a newer version."))
            self._compare_with_newer(exc)
        else:
            show_error(self, exc)

    # -- a save from a stale copy -----------------------------------------------------------

    def _compare_with_newer(self, exc: StaleEditError) -> None:
        def compare(theirs: Any) -> None:
            ask_stale(self, exc, self.versions(theirs), lambda c, m: self._resolved(c, m, theirs))

        Op(self, self.load_current).success(compare).run(self.ctx)

    def _resolved(self, choice: Choice, merged: dict[str, str], theirs: Any) -> None:
        if choice == Choice.MINE:
            self.take_merged(merged)
            self.base_version = theirs.row_version
            if self._again is not None:
                self._again()
        elif choice == Choice.THEIRS:
            self._loading = True
            self.take_theirs(theirs)
            self._loading = False
            self.base_version = theirs.row_version
            self._dirty = False
            self.autosaver.stop()
            Op(None, self.forget_drafts()).run(self.ctx)
            self.autosaver.resume()
            self.state.setText(self.tr("Showing the newer version"))
        else:
            self.state.setText(self.tr("Not saved: your text is still here."))

    def load_current(self, session: Any) -> Any:
        """The record as saved now, with its ``row_version``."""
        raise NotImplementedError

    def versions(self, theirs: Any) -> list[Version]:
        raise NotImplementedError

    def take_merged(self, merged: dict[str, str]) -> None:
        raise NotImplementedError

    def take_theirs(self, theirs: Any) -> None:
        raise NotImplementedError

    def _save_and_close(self) -> None:
        raise NotImplementedError

    def save_label(self) -> str | None:
        """The Save button's text in the unsaved-changes question (None: "Save draft")."""
        return None

    def saves_for_good(self) -> bool:
        """Whether that Save cannot be taken back (publishing): then it is not the
        question's default."""
        return False

    # -- closing --------------------------------------------------------------------------

    def close_after_delete(self) -> None:
        self.autosaver.stop()
        self._may_close = True
        Op(None, self.forget_drafts()).run(self.ctx)
        self.close()

    def reject(self) -> None:
        # Esc: the same as Close, so it asks when there is unsaved work.
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close or not self._dirty:
            self.autosaver.stop()
            event.accept()
            self.closed.emit()
            return
        event.ignore()
        ask_unsaved(
            self, self._close_choice, self.save_label(), save_is_final=self.saves_for_good()
        )

    def _close_choice(self, choice: QMessageBox.StandardButton) -> None:
        if choice == QMessageBox.StandardButton.Save:
            self._save_and_close()
        elif choice == QMessageBox.StandardButton.Discard:
            self.autosaver.stop()
            Op(None, self.forget_drafts()).run(self.ctx)
            self._may_close = True
            self.close()
