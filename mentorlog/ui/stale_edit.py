"""When a save is refused because someone saved the same record since it was opened
(services/stale.py): the person's own text stays, editable, with the newer version beside
it, field by field, so they can merge the two and save theirs over it, or take the newer
one. Nothing they typed is lost either way: "Keep editing" leaves the form as it was.

Every editor uses it the same way: ``ask_stale(parent, error, fields, on_choice)``, with
one ``Version`` per field that can differ; ``on_choice`` gets the Choice and the texts as
the person left them on their side.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentorlog.services.errors import StaleEditError
from mentorlog.ui.colors import make_secondary
from mentorlog.ui.editors.dates import moment_text


class Choice(enum.Enum):
    MINE = "mine"  # save the person's (merged) version over the newer one
    THEIRS = "theirs"  # take the newer version; the person's changes go
    KEEP_EDITING = "keep"  # back to the form, as it was


@dataclass(frozen=True)
class Version:
    """One field: as the person has it, and as it was saved since."""

    key: str
    label: str
    mine: str
    theirs: str
    multiline: bool = True
    # False: shown to compare, not to edit here (ratings, a date); "Save mine" keeps the
    # person's, "Take theirs" takes the newer.
    editable: bool = True


class StaleEditDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        error: StaleEditError,
        fields: list[Version],
        on_choice: Callable[[Choice, dict[str, str]], None],
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("staleEditDialog")
        self.setWindowTitle(self.tr("Saved by someone else meanwhile"))
        self._on_choice = on_choice
        self._fields = fields
        self.mine: dict[str, QPlainTextEdit | QLineEdit] = {}
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{escape(self._heading(error))}</b>", self)
        heading.setObjectName("staleHeading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        hint = QLabel(
            self.tr(
                "Your version is on the left and you can still change it; theirs is on the "
                "right. Copy across what you want to keep, then save yours over theirs, or "
                "take theirs instead."
            ),
            self,
        )
        hint.setWordWrap(True)
        make_secondary(hint)
        layout.addWidget(hint)
        layout.addWidget(self._comparison(), 1)
        buttons = QDialogButtonBox(self)
        self.save_mine = QPushButton(self.tr("&Save mine over theirs"), self)
        self.save_mine.setObjectName("saveMine")
        self.take_theirs = QPushButton(self.tr("&Take theirs"), self)
        self.take_theirs.setObjectName("takeTheirs")
        self.keep_editing = QPushButton(self.tr("&Keep editing"), self)
        self.keep_editing.setObjectName("keepEditing")
        buttons.addButton(self.save_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_theirs, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.keep_editing, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_mine.clicked.connect(lambda: self._choose(Choice.MINE))
        self.take_theirs.clicked.connect(lambda: self._choose(Choice.THEIRS))
        self.keep_editing.clicked.connect(lambda: self._choose(Choice.KEEP_EDITING))
        layout.addWidget(buttons)
        self.resize(900, 520)

    def _heading(self, error: StaleEditError) -> str:
        who = error.changed_by or self.tr("Someone else")
        when = error.changed_at
        if isinstance(when, datetime):
            return (
                self.tr("%1 saved a newer version at %2, after you opened this.")
                .replace("%1", who)
                .replace("%2", moment_text(when))
            )
        return self.tr("%1 saved a newer version after you opened this.").replace("%1", who)

    def _comparison(self) -> QWidget:
        inner = QWidget(self)
        grid = QGridLayout(inner)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        mine_title, theirs_title = QLabel(self.tr("<b>Yours</b>")), QLabel(self.tr("<b>Theirs</b>"))
        grid.addWidget(mine_title, 0, 1)
        grid.addWidget(theirs_title, 0, 2)
        differing = [f for f in self._fields if f.mine != f.theirs]
        for row, field in enumerate(differing, start=1):
            label = QLabel(field.label, inner)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            mine = self._editor(field, field.mine, inner, editable=field.editable)
            theirs = self._editor(field, field.theirs, inner, editable=False)
            mine.setObjectName(f"mine_{field.key}")
            theirs.setObjectName(f"theirs_{field.key}")
            label.setBuddy(mine)
            if field.editable:
                self.mine[field.key] = mine
            grid.addWidget(mine, row, 1)
            grid.addWidget(theirs, row, 2)
        if not differing:
            same = QLabel(
                self.tr("What you changed and what they saved look the same here."), inner
            )
            same.setWordWrap(True)
            grid.addWidget(same, 1, 0, 1, 3)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    @staticmethod
    def _editor(
        field: Version, text: str, parent: QWidget, *, editable: bool
    ) -> QPlainTextEdit | QLineEdit:
        if field.multiline:
            box = QPlainTextEdit(text, parent)
            box.setReadOnly(not editable)
            box.setMinimumHeight(110 if editable else 70)
            return box
        line = QLineEdit(text, parent)
        line.setReadOnly(not editable)
        return line

    def merged(self) -> dict[str, str]:
        """Every field as it stands on the person's side (unchanged ones as they were)."""
        texts = {f.key: f.mine for f in self._fields}
        for key, box in self.mine.items():
            texts[key] = box.toPlainText() if isinstance(box, QPlainTextEdit) else box.text()
        return texts

    def _choose(self, choice: Choice) -> None:
        merged = self.merged()
        self.done(QDialog.DialogCode.Accepted if choice != Choice.KEEP_EDITING else 0)
        self._on_choice(choice, merged)

    def reject(self) -> None:  # Esc: back to the form, nothing lost
        self._choose(Choice.KEEP_EDITING)


def ask_stale(
    parent: QWidget | None,
    error: StaleEditError,
    fields: list[Version],
    on_choice: Callable[[Choice, dict[str, str]], None],
) -> StaleEditDialog:
    """Show the two versions side by side (window-modal) and call ``on_choice`` once."""
    dialog = StaleEditDialog(parent, error, fields, on_choice)
    dialog.setModal(True)
    dialog.open()
    return dialog
