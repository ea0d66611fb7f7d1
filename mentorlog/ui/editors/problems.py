"""Showing what stops a save next to the field it is about, and taking the user there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from mentorlog.ui import colors


class ProblemLabel(QLabel):
    """A problem under its field; hidden while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("problem")
        self.hide()

    def show_problem(self, text: str) -> None:
        color = colors.attention_text().name()  # reads on light and dark palettes
        self.setStyleSheet(f"QLabel#problem {{ color: {color}; font-weight: 600; }}")
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))


class Problems:
    """Routes a ValidationError's problems, by field name, to the labels beside the fields;
    names nobody registered go to the general label, so no problem is ever unshown."""

    def __init__(
        self, general: ProblemLabel, reveal: Callable[[QWidget], None] | None = None
    ) -> None:
        self._general = general
        self.reveal = reveal
        self.shown: Callable[[], None] | None = None  # after problems are shown (to make room)
        self._fields: dict[str, tuple[ProblemLabel, QWidget]] = {}

    def add(self, name: str, label: ProblemLabel, focus: QWidget) -> None:
        self._fields[name] = (label, focus)

    def remove(self, name: str) -> None:
        self._fields.pop(name, None)

    def clear(self) -> None:
        self._general.show_problem("")
        for label, _ in self._fields.values():
            label.show_problem("")

    def show(self, problems: dict[str, str]) -> None:
        """Show every problem, and focus the first field (in form order) that has one."""
        self.clear()
        first: QWidget | None = None
        for name, (label, focus) in self._fields.items():
            if name in problems:
                label.show_problem(problems[name])
                first = first or focus
        rest = [text for name, text in problems.items() if name not in self._fields]
        self._general.show_problem("\n".join(rest))
        if self.shown is not None:
            self.shown()
        if first is not None:
            if self.reveal is not None:
                self.reveal(first)
            first.setFocus()
