"""The editors a mentor or student writes in, and what the shell calls to open them.

    open_observation_editor(ctx, parent, placement_id, observation_id=None, amend=False)
    open_reflection_editor(ctx, parent, placement_id, reflection_id=None, observation_id=None)
    recover_drafts(ctx, parent)   # after sign-in: offers unfinished drafts back
    delete_observation(ctx, parent, placement_id, observation_id, observed_on)  # confirm+undo

One editor per record: asking again for a record already open brings its window forward
(two windows on one draft would overwrite each other's autosaves).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from mentorlog.ui.context import AppContext

if TYPE_CHECKING:
    from mentorlog.ui.editors.draft_recovery import DraftRecovery
    from mentorlog.ui.editors.editor_dialog import EditorDialog
    from mentorlog.ui.editors.observation_editor import ObservationEditor
    from mentorlog.ui.editors.reflection_editor import ReflectionEditor

_open: dict[tuple[str, uuid.UUID, uuid.UUID | None], QDialog] = {}


def _show(key: tuple[str, uuid.UUID, uuid.UUID | None], editor: EditorDialog) -> None:
    _open[key] = editor

    def forget(*_: object) -> None:
        # Only this editor's entry: a new one may already hold the key.
        if _open.get(key) is editor:
            del _open[key]

    # On close, not on destroyed: a closed window lingers until deleteLater runs, and
    # asking again in that moment must open a new editor, not raise the closing one.
    editor.closed.connect(forget)
    editor.destroyed.connect(forget)
    editor.show()


def _raise_open(key: tuple[str, uuid.UUID, uuid.UUID | None]) -> QDialog | None:
    editor = _open.get(key)
    if editor is not None:
        editor.show()
        editor.raise_()
        editor.activateWindow()
    return editor


def open_observation_editor(
    ctx: AppContext,
    parent: QWidget | None,
    placement_id: uuid.UUID,
    observation_id: uuid.UUID | None = None,
    *,
    amend: bool = False,
) -> ObservationEditor:
    """``amend``: open a signed observation to correct it as its next version."""
    from mentorlog.ui.editors.observation_editor import ObservationEditor

    key = ("amendment" if amend else "observation", placement_id, observation_id)
    existing = _raise_open(key)
    if isinstance(existing, ObservationEditor):
        return existing
    editor = ObservationEditor(ctx, placement_id, observation_id, parent, amend=amend)
    _show(key, editor)
    return editor


def open_reflection_editor(
    ctx: AppContext,
    parent: QWidget | None,
    placement_id: uuid.UUID,
    reflection_id: uuid.UUID | None = None,
    observation_id: uuid.UUID | None = None,
) -> ReflectionEditor:
    from mentorlog.ui.editors.reflection_editor import ReflectionEditor

    key = ("reflection", placement_id, reflection_id)
    existing = _raise_open(key)
    if isinstance(existing, ReflectionEditor):
        return existing
    editor = ReflectionEditor(ctx, placement_id, reflection_id, observation_id, parent)
    _show(key, editor)
    return editor


def recover_drafts(ctx: AppContext, parent: QWidget | None) -> DraftRecovery:
    """Look for the signed-in person's unfinished drafts; if there are any, offer them."""
    from mentorlog.ui.editors.draft_recovery import DraftRecovery

    return DraftRecovery(ctx, parent).start()


def delete_observation(
    ctx: AppContext,
    parent: QWidget,
    placement_id: uuid.UUID,
    observation_id: uuid.UUID,
    observed_on: date,
    *,
    on_deleted: Callable[[], None] | None = None,
    toast_window: QWidget | None = None,
) -> None:
    """Ask, soft-delete, and push an undo command (the timeline's and the editor's Delete)."""
    from mentorlog.services import observations
    from mentorlog.ui import labels
    from mentorlog.ui.editors.undo_delete import confirm_and_delete

    day = labels.short_date(observed_on)
    confirm_and_delete(
        ctx,
        parent,
        record_id=observation_id,
        question=QCoreApplication.translate("editors", "Delete the observation of %1?").replace(
            "%1", day
        ),
        done_text=QCoreApplication.translate("editors", "Observation of %1 deleted").replace(
            "%1", day
        ),
        delete=observations.delete_observation,
        restore=observations.restore_observation,
        on_deleted=on_deleted,
        toast_window=toast_window,
    )
