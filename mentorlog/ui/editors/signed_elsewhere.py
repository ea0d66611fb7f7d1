"""An open observation editor noticing that its observation was signed elsewhere (from the
timeline's menu, say), while the window stayed open.

It reloads locked and read-only, saying so above the form. Changes not yet saved cannot go
into a signed record any more: they are kept as an amendment draft of it, and the author is
told and offered Amend… (which restores them, asking for a reason), rather than have a
later Publish refused or the text dropped unseen.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from mentorlog.services import drafts
from mentorlog.services import observation_editing as editing
from mentorlog.services.changes import ChangeKind, ChangeSet
from mentorlog.services.signoff_state import ObservationSignState, observation_state
from mentorlog.ui.editors import signing
from mentorlog.ui.ops import Op
from mentorlog.ui.wording import fill, translate

if TYPE_CHECKING:
    from mentorlog.ui.editors.observation_editor import ObservationEditor

log = logging.getLogger(__name__)


class SignedElsewhere(QObject):
    def __init__(self, editor: ObservationEditor) -> None:
        super().__init__(editor)
        self._editor = editor
        self._signed = False  # once signed (here or elsewhere) there is nothing to watch
        self._notice = ""  # shown above the form once the reload has landed
        editor.ctx.changed.connect(self._changed)
        editor.loaded.connect(self._show_notice)

    def signed_here(self, *_: object) -> None:
        """The editor's own Sign… went through: reload, without a notice."""
        self._signed = True
        self._editor.reload()

    def _watching(self) -> bool:
        editor = self._editor
        state = editor.data.sign_state if editor.data is not None else None
        return (
            not (editor._loading or editor.amending or self._signed)
            and state is not None
            and state.locked_at is None
        )

    def _changed(self, changes: ChangeSet) -> None:
        editor = self._editor
        if not (
            self._watching()
            and changes.touches(ChangeKind.OBSERVATION, placement_id=editor.placement_id)
        ):
            return
        actor, oid = editor._actor, editor.observation_id
        assert oid is not None  # a sign-off state is only read for a saved observation
        Op(editor, lambda s: observation_state(s, actor, oid)).success(self._checked).failure(
            lambda exc: log.info("sign-off state not read again: %s", exc)
        ).run(editor.ctx)

    def _checked(self, state: ObservationSignState) -> None:
        if state.locked_at is None or not self._watching():
            return
        self._signed = True
        editor = self._editor
        edited = editor._dirty or editor.autosaver.pending
        keep = edited and state.may_amend
        who = state.signed_by or translate("signing", "its mentor")
        editor.autosaver.stop()
        Op(editor, self._keep_as_amendment(keep)).run(editor.ctx)
        editor._dirty = False
        if keep:
            notice = translate(
                "signing",
                "%1 signed this observation while it was open here: it is now locked. Your "
                "unsaved changes were not saved to it; they are kept for Amend….",
            )
        elif edited:
            notice = translate(
                "signing",
                "%1 signed this observation while it was open here: it is now locked. Your "
                "unsaved changes were not saved to it.",
            )
        else:
            notice = translate(
                "signing", "%1 signed this observation while it was open here: it is now locked."
            )
        self._notice = fill(notice, who)
        editor.reload()
        if edited:
            signing.signed_meanwhile(editor, who, editor.amend if keep else None)

    def _keep_as_amendment(self, keep: bool) -> Any:
        """Work that drops the edit draft (a signed record takes no edits) and, with
        ``keep``, saves the form as a draft of its amendment. Plain values only."""
        editor = self._editor
        actor, pid, oid = editor._actor, editor.placement_id, editor.observation_id
        payload = editing.amendment_payload(editor.form_input(), oid, "") if keep else None

        def work(session: Any) -> None:
            drafts.discard_drafts_for(session, actor, editing.DRAFT_KIND, pid, oid)
            if payload is not None:
                drafts.save_draft(session, actor, editing.AMENDMENT_KIND, pid, oid, payload)

        return work

    def _show_notice(self) -> None:
        if self._notice:
            self._editor.restored.setText(self._notice)
            self._editor.restored.show()
            self._notice = ""
