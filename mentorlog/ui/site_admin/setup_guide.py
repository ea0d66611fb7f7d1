"""The guided set-up of a real site, shown after the first administrator is made (and
from Site › Set-up guide): academy → prisons → people → placements, each step saying
what is there already and opening the window that does it, by import or by hand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorlog.models import Role
from mentorlog.services.changes import ChangeKind, ChangeSet
from mentorlog.services.site import SetupProgress, setup_progress
from mentorlog.ui.colors import make_secondary
from mentorlog.ui.context import AppContext
from mentorlog.ui.ops import Op

DONE, TODO = "✓", "→"


class SetupGuide(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("setupGuide")
        self.setWindowTitle(self.tr("Set up your academy"))
        self.setMinimumWidth(640)
        intro = QLabel(
            self.tr(
                "Four steps make mentorlog ready for a real academy. Each opens its own window; "
                "come back here any time from Site › Set-up guide."
            ),
            self,
        )
        intro.setWordWrap(True)
        make_secondary(intro)
        grid = QGridLayout()
        self.marks: dict[str, QLabel] = {}
        self.states: dict[str, QLabel] = {}
        self.buttons: dict[str, list[QPushButton]] = {}
        admin = ctx.actor.has(Role.ADMINISTRATOR)
        coordinator = ctx.actor.has(Role.COORDINATOR)
        steps: list[tuple[str, str, list[tuple[str, Callable[[], None], bool]]]] = [
            (
                "academy",
                self.tr("1. The academy: name, country, time zone, how long records are kept"),
                [(self.tr("&Academy…"), self._open("site"), admin)],
            ),
            (
                "prisons",
                self.tr("2. The training prisons and their units"),
                [(self.tr("&Prisons…"), self._open("site"), admin)],
            ),
            (
                "people",
                self.tr("3. Students, mentors and coordinators"),
                [
                    (self.tr("&Import people…"), self._open("import"), admin or coordinator),
                    (self.tr("Add by &hand…"), self._open("people"), admin or coordinator),
                ],
            ),
            (
                "placements",
                self.tr("4. Placements: who is where, with which mentor"),
                [
                    (self.tr("I&mport placements…"), self._open("import"), coordinator),
                    (self.tr("Add by ha&nd…"), self._open("placements"), coordinator),
                ],
            ),
        ]
        for row, (key, text, actions) in enumerate(steps):
            mark = QLabel(TODO, self)
            title = QLabel(text, self)
            title.setWordWrap(True)
            state = QLabel(self)
            state.setObjectName(f"setup_{key}")
            make_secondary(state)
            grid.addWidget(mark, row * 2, 0)
            grid.addWidget(title, row * 2, 1)
            grid.addWidget(state, row * 2 + 1, 1)
            column = 2
            self.buttons[key] = []
            for label, slot, allowed in actions:
                button = QPushButton(label, self)
                button.setObjectName(f"setup_{key}_{column}")
                button.clicked.connect(slot)
                button.setEnabled(allowed)
                if not allowed:
                    button.setToolTip(self.tr("A coordinator does this step."))
                grid.addWidget(button, row * 2, column)
                self.buttons[key].append(button)
                column += 1
            self.marks[key], self.states[key] = mark, state
        grid.setColumnStretch(1, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(close)
        ctx.changed.connect(self._changed)
        self.refresh()

    def _open(self, what: str) -> Callable[[], None]:
        def open_it() -> None:
            from mentorlog.ui.site_admin import site_menu

            site_menu.open_window(what, self.ctx, self.parentWidget() or self)

        return open_it

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches(
            ChangeKind.ACADEMY,
            ChangeKind.PRISON,
            ChangeKind.UNIT,
            ChangeKind.PERSON,
            ChangeKind.PLACEMENT,
            ChangeKind.COHORT,
        ):
            self.refresh()

    def refresh(self) -> None:
        actor = self.ctx.actor
        Op(self, lambda s: setup_progress(s, actor)).success(self._show).run(self.ctx)

    def _show(self, p: SetupProgress) -> None:
        texts = {
            "academy": (
                bool(p.academy),
                self.tr("Set up: %1").replace("%1", p.academy)
                if p.academy
                else self.tr("Not set up yet."),
            ),
            "prisons": (
                p.prisons > 0,
                self.tr("%n prison(s)", "", p.prisons)
                if p.prisons
                else self.tr("None yet; an import of placements can add them too."),
            ),
            "people": (
                p.people > 0,
                self.tr("%n person(s) besides you", "", p.people)
                if p.people
                else self.tr("Nobody else yet."),
            ),
            "placements": (
                p.placements > 0,
                self.tr("%n placement(s)", "", p.placements)
                if p.placements
                else self.tr("None yet."),
            ),
        }
        for key, (done, text) in texts.items():
            self.marks[key].setText(DONE if done else TODO)
            self.states[key].setText(text)
        self.progress = p


def open_setup_guide(ctx: AppContext, parent: QWidget | None = None) -> Any:
    from mentorlog.ui.site_admin.manage_dialog import open_window

    return open_window(SetupGuide(ctx, parent))
