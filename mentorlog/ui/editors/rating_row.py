"""One chosen competency's rating: the scale's levels as buttons (their digits pick them), the
behavioural anchor of the chosen level for this competency, a comment that becomes
required on the levels that need one, and "not responding to training"."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentorlog.services.frameworks import CompetencyInfo, LevelInfo
from mentorlog.ui.editors.problems import ProblemLabel


class RatingRow(QFrame):
    changed = Signal()
    remove_requested = Signal(object)  # competency id

    def __init__(
        self, competency: CompetencyInfo, levels: tuple[LevelInfo, ...], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.competency = competency
        self._levels = {lv.value: lv for lv in levels}
        self._read_only = False
        self.setObjectName(f"rating-{competency.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Not a Tab stop of its own (it showed no focus): Tab goes to its level buttons.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Rating of %1").replace("%1", competency.name))

        title = QLabel(f"<b>{escape(competency.key)}</b>  {escape(competency.name)}", self)
        title.setWordWrap(True)
        title.setToolTip(competency.description)
        remove = QToolButton(self)
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this competency"))
        remove.setAccessibleName(self.tr("Remove %1").replace("%1", competency.name))
        remove.clicked.connect(lambda: self.remove_requested.emit(competency.id))
        self.remove_button = remove

        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        header = QHBoxLayout()
        header.setSpacing(3)
        header.addWidget(title, 1)
        for lv in levels:
            button = QPushButton(lv.code, self)
            button.setCheckable(True)
            button.setObjectName(f"level-{lv.value}")
            button.setToolTip(f"{lv.code} – {lv.label}")
            button.setAccessibleName(
                self.tr("Level %1: %2").replace("%1", lv.code).replace("%2", lv.label)
            )
            button.setFixedWidth(44 if lv.is_not_observed else 34)
            self.group.addButton(button, lv.value)
            header.addWidget(button)
        header.addSpacing(8)
        header.addWidget(remove)
        # The chosen level must stand out at a glance, in light and dark palettes alike.
        self.setStyleSheet(
            "QPushButton:checked { background-color: palette(highlight); "
            "color: palette(highlighted-text); font-weight: bold; "
            "border: 1px solid palette(highlight); border-radius: 3px; padding: 3px; }"
        )
        self.group.idToggled.connect(self._level_toggled)
        self._tab_to_chosen()

        rated = [v for v, lv in self._levels.items() if not lv.is_not_observed]
        self.anchor = QLabel(
            self.tr("Choose a level: press 0 for not observed, %1–%2 to rate.")
            .replace("%1", str(min(rated, default=1)))
            .replace("%2", str(max(rated, default=5))),
            self,
        )
        self.anchor.setObjectName("anchor")
        self.anchor.setWordWrap(True)
        self.anchor.setTextFormat(Qt.TextFormat.RichText)
        self.comment_label = QLabel(self)
        self.comment_label.setWordWrap(True)
        self.comment = QLineEdit(self)
        self.comment_label.setBuddy(self.comment)
        self.comment.setObjectName("comment")
        self.comment.setAccessibleName(self.tr("Comment on %1").replace("%1", competency.name))
        self.comment.textChanged.connect(self.changed)
        self.comment.textChanged.connect(self._comment_written)
        self.nrt = QCheckBox(self.tr("Not responding to training"), self)
        self.nrt.setToolTip(
            self.tr("NRT: the student has not improved here despite repeated training.")
        )
        self.nrt.toggled.connect(self.changed)
        comment_row = QHBoxLayout()
        comment_row.addWidget(self.comment, 1)
        comment_row.addWidget(self.nrt)
        self.problem = ProblemLabel(self)

        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.anchor)
        layout.addWidget(self.comment_label)
        layout.addLayout(comment_row)
        layout.addWidget(self.problem)
        self._update_comment_hint()

    def levels(self) -> set[int]:
        return set(self._levels)

    @property
    def level_value(self) -> int | None:
        value = self.group.checkedId()
        return None if value < 0 else value

    def set_values(self, level_value: int | None, comment: str, nrt: bool) -> None:
        if level_value is not None and level_value in self._levels:
            self.group.button(level_value).setChecked(True)
        self.comment.setText(comment)
        self.nrt.setChecked(nrt)

    def set_read_only(self) -> None:
        """Shown as given: the chosen level stays highlighted, nothing can be changed."""
        self._read_only = True
        for button in self.group.buttons():
            button.setEnabled(button.isChecked())
        self.comment.setReadOnly(True)
        self.comment.setPlaceholderText("")  # no "Comment (optional)" where none can be added
        self.comment_label.hide()  # an instruction for whoever writes, not for a reader
        self.nrt.setEnabled(False)
        self.remove_button.hide()

    def focus_chain(self) -> list[QWidget]:
        """Its controls in reading order: the levels (of which only the chosen one, or
        the first, takes Tab), remove, the comment, NRT."""
        return [*self.group.buttons(), self.remove_button, self.comment, self.nrt]

    def tab_stops(self) -> list[QWidget]:
        return [w for w in self.focus_chain() if w.focusPolicy() & Qt.FocusPolicy.TabFocus]

    def choose(self, level_value: int, *, focus: bool = True) -> None:
        if self._read_only:
            return
        button = self.group.button(level_value)
        if button is not None:
            button.setChecked(True)
            if focus:
                button.setFocus()

    def _comment_written(self, text: str) -> None:
        # "Write a comment …" is answered once there is one: the red line goes at once.
        if text.strip() and self.problem.isVisibleTo(self):
            self.problem.show_problem("")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Digits reach here from the level buttons and the row; the comment field keeps them.
        text = event.text()
        if text.isdigit() and int(text) in self._levels:
            self.choose(int(text))
            return
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}
        focused = self.focusWidget()
        if event.key() in step and focused in self.group.buttons():
            values = sorted(self._levels)
            at = values.index(self.group.id(focused)) + step[event.key()]  # type: ignore[arg-type]
            self.choose(values[max(0, min(at, len(values) - 1))])
            return
        super().keyPressEvent(event)

    def _tab_to_chosen(self) -> None:
        """The levels are one Tab stop, like radio buttons: Tab lands on the chosen level
        (else the first), arrows and digits change it."""
        buttons = self.group.buttons()
        chosen = self.group.checkedButton() or (buttons[0] if buttons else None)
        for button in buttons:
            policy = Qt.FocusPolicy.StrongFocus if button is chosen else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(policy)

    def _level_toggled(self, value: int, checked: bool) -> None:
        if not checked:
            return
        self._tab_to_chosen()
        level = self._levels[value]
        anchor = self.competency.anchors.get(value) or level.anchor
        self.anchor.setText(
            f"<b>{escape(level.code)} – {escape(level.label)}</b><br>{escape(anchor)}"
        )
        self.anchor.setAccessibleDescription(f"{level.label}. {anchor}")
        self._update_comment_hint()
        self.problem.show_problem("")
        self.changed.emit()

    def comment_required(self) -> bool:
        value = self.level_value
        return value is not None and self._levels[value].requires_comment

    def _update_comment_hint(self) -> None:
        if self.comment_required():
            level = self._levels[self.level_value]  # type: ignore[index]
            reason = (
                self.tr("Comment required: level %1 (“%2”) needs a note of what you saw.")
                .replace("%1", level.code)
                .replace("%2", level.label)
            )
            self.comment_label.setText(f"<b>{escape(reason)}</b>")
            placeholder = self.tr("What did the student do?")
        else:
            reason = placeholder = self.tr("Comment (optional)")
        self.comment.setPlaceholderText("" if self._read_only else placeholder)
        self.comment_label.setVisible(self.comment_required() and not self._read_only)
        self.comment.setAccessibleDescription(reason)
