"""After sign-in: "You have unfinished work" — drafts autosaved before the app or the machine
stopped, offered back to open or discard. Nothing is shown when there are none."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorlog.services import drafts
from mentorlog.services.drafts import DraftView
from mentorlog.ui.context import AppContext
from mentorlog.ui.editors.dates import moment_text
from mentorlog.ui.ops import Op

DRAFT_ROLE = Qt.ItemDataRole.UserRole


def draft_excerpt(draft: DraftView, length: int = 90) -> str:
    """The first words of what was typed, to recognise the draft by."""
    payload = draft.payload
    text = payload.get("narrative") or payload.get("title") or ""
    if not text:
        sections = payload.get("sections") or {}
        text = next((str(v) for v in sections.values() if str(v).strip()), "")
    text = " ".join(str(text).split())
    return text if len(text) <= length else text[: length - 1] + "…"


class DraftRecovery(QDialog):
    found = Signal(list)  # the drafts found (empty: nothing to offer, no dialog shown)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("draftRecovery")
        self.setWindowTitle(self.tr("Unfinished work"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(
            self.tr(
                "mentorlog kept text you were typing when it last stopped. Open it to carry "
                "on, or discard what you no longer need."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("draftList")
        self.list.setAccessibleName(self.tr("Unfinished drafts"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _: self.open_selected())
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("openDraft")
        self.discard_button = QPushButton(self.tr("&Discard"), self)
        self.discard_button.setObjectName("discardDraft")
        later = QPushButton(self.tr("&Later"), self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(self.open_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        later.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def start(self) -> DraftRecovery:
        actor = self.ctx.actor
        Op(self, lambda s: drafts.list_drafts(s, actor)).success(self._show_drafts).run(self.ctx)
        return self

    def _show_drafts(self, found: list[DraftView]) -> None:
        self.found.emit(found)
        if not found:
            self.deleteLater()
            return
        for draft in found:
            item = QListWidgetItem(self._describe(draft), self.list)
            item.setData(DRAFT_ROLE, draft)
        self.list.setCurrentRow(0)
        self.show()
        self.list.setFocus()

    def _describe(self, draft: DraftView) -> str:
        kind = {
            "observation": self.tr("Observation"),
            "amendment": self.tr("Amendment of a signed observation"),
            "reflection": self.tr("Reflection"),
        }.get(draft.kind, draft.kind)
        when = moment_text(draft.updated_at)
        head = self.tr("%1 for %2, autosaved %3")
        head = head.replace("%1", kind).replace("%2", draft.student_name or "—")
        head = head.replace("%3", when)
        excerpt = draft_excerpt(draft)
        return f"{head}\n“{excerpt}”" if excerpt else head

    def _selected(self) -> tuple[QListWidgetItem, DraftView] | None:
        item = self.list.currentItem()
        return (item, item.data(DRAFT_ROLE)) if item is not None else None

    def open_selected(self) -> Any:
        chosen = self._selected()
        if chosen is None:
            return None
        item, draft = chosen
        from mentorlog.ui.editors import open_observation_editor, open_reflection_editor

        parent = self.parentWidget()
        self._take(item)
        if draft.kind == "reflection":
            return open_reflection_editor(self.ctx, parent, draft.placement_id, draft.target_id)
        return open_observation_editor(
            self.ctx,
            parent,
            draft.placement_id,
            draft.target_id,
            amend=draft.kind == "amendment",  # it reopens to amend, with its reason
        )

    def discard_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        item, draft = chosen
        actor = self.ctx.actor
        Op(self, lambda s: drafts.discard_draft(s, actor, draft.id)).run(self.ctx)
        self._take(item)

    def _take(self, item: QListWidgetItem) -> None:
        self.list.takeItem(self.list.row(item))
        if self.list.count() == 0:
            self.close()
