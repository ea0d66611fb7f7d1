"""What the observation editor's Sign…, Amend…, Versions… and Delete… buttons do, apart
from the editor's form (which they only read and close)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mentorlog.ui.editors.observation_editor import ObservationEditor


def sign(editor: ObservationEditor) -> None:
    """Ask (after the privacy check), then sign what is published; unpublished changes
    are to be published first."""
    if editor.observation_id is None or editor._loading:
        return
    from mentorlog.ui.editors import signing

    if editor._dirty:
        signing.publish_first(editor)
        return
    signing.sign_observation(
        editor.ctx, editor, editor.observation_id, editor.sign_watch.signed_here
    )


def amend(editor: ObservationEditor) -> ObservationEditor | None:
    """Open the signed observation as its next version; ``editor`` closes."""
    if editor.observation_id is None:
        return None
    from mentorlog.ui.editors import open_observation_editor

    amending = open_observation_editor(
        editor.ctx, editor.parentWidget(), editor.placement_id, editor.observation_id, amend=True
    )
    editor._may_close = True
    editor.close()
    return amending


def show_versions(editor: ObservationEditor) -> None:
    if editor.observation_id is None:
        return
    from mentorlog.ui.editors.versions_dialog import open_versions

    open_versions(editor.ctx, editor, editor.observation_id)


def delete(editor: ObservationEditor) -> None:
    """Ask, delete, and offer undo (in the window the editor was opened from)."""
    if editor.observation_id is None:
        return
    from mentorlog.ui.editors import delete_observation

    parent = editor.parentWidget()
    delete_observation(
        editor.ctx,
        editor,
        editor.placement_id,
        editor.observation_id,
        editor.fields.observed_on,
        on_deleted=editor.close_after_delete,
        toast_window=parent.window() if parent is not None else None,
    )
