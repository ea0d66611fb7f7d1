"""The keyboard: the shortcuts every window shares, in one table (Help › Keyboard shortcuts
shows it), and the Tab order of forms whose controls come and go.

Lock (Ctrl+Shift+L) works from every window of the app, editors included: the main
window's action is an application shortcut. Each editor window has Save (Ctrl+S), Publish
or Save (Ctrl+Enter) and Close (Esc, Ctrl+W; it asks about unsaved text); the goals,
reviews and concerns forms in the main window save with Ctrl+S and Ctrl+Enter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QWidget

from mentorlog.ui.wording import translate

LOCK = "Ctrl+Shift+L"


# Key sequences are made when asked for: a QKeySequence needs the QApplication.
def save_keys() -> QKeySequence:
    return QKeySequence(QKeySequence.StandardKey.Save)


def publish_keys() -> tuple[QKeySequence, QKeySequence]:
    return (
        QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return),
        QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter),  # the keypad's Enter
    )


@dataclass(frozen=True)
class Shortcut:
    keys: str  # as shown, in the platform's words (QKeySequence.NativeText)
    what: str


def _native(sequence: QKeySequence | str) -> str:
    key = sequence if isinstance(sequence, QKeySequence) else QKeySequence(sequence)
    return key.toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_groups() -> list[tuple[str, list[Shortcut]]]:
    """Every shortcut, by where it works, as Help › Keyboard shortcuts lists them."""
    std = QKeySequence.StandardKey
    return [
        (
            translate("keys", "Everywhere"),
            [
                Shortcut(
                    _native(LOCK), translate("keys", "Lock the window now (from every window)")
                ),
                Shortcut(
                    _native(QKeySequence(std.New)), translate("keys", "New observation (mentors)")
                ),
                Shortcut(_native("Ctrl+Shift+N"), translate("keys", "New reflection")),
                Shortcut(_native("Ctrl+E"), translate("keys", "Export reports")),
                Shortcut(
                    _native(QKeySequence(std.Find)), translate("keys", "Find in the timeline")
                ),
                Shortcut(
                    _native("Ctrl+L"), translate("keys", "Find a student (the filter on the left)")
                ),
                Shortcut(
                    _native("Ctrl+1") + ", " + _native("Ctrl+2"),
                    translate("keys", "Timeline, Competencies"),
                ),
                Shortcut(_native(QKeySequence(std.Undo)), translate("keys", "Undo a deletion")),
                Shortcut(
                    _native(QKeySequence(std.HelpContents)),
                    translate("keys", "The guide for your role"),
                ),
                Shortcut(_native("Ctrl+/"), translate("keys", "This list")),
            ],
        ),
        (
            translate("keys", "In an editor window"),
            [
                Shortcut(
                    _native(save_keys()),
                    translate("keys", "Save (a draft, while it is not published)"),
                ),
                Shortcut(
                    _native(publish_keys()[0]),
                    translate("keys", "Publish, or save (a note, a reflection)"),
                ),
                Shortcut(
                    translate("keys", "Esc"),
                    translate("keys", "Close; asks first when something is not saved"),
                ),
                Shortcut(_native(QKeySequence(std.Close)), translate("keys", "Close, as Esc does")),
                Shortcut(
                    translate("keys", "Tab, Shift+Tab"),
                    translate("keys", "Next and previous field, in reading order"),
                ),
                Shortcut(
                    translate("keys", "Alt + underlined letter"),
                    translate("keys", "Go to that field or button"),
                ),
            ],
        ),
        (
            translate("keys", "Rating competencies"),
            [
                Shortcut(
                    translate("keys", "Type"), translate("keys", "Find a competency in the list")
                ),
                Shortcut(
                    translate("keys", "Down, Enter"),
                    translate("keys", "From the search to the first match"),
                ),
                Shortcut(
                    translate("keys", "Space"), translate("keys", "Tick or untick the competency")
                ),
                Shortcut(
                    translate("keys", "1 – 5"),
                    translate("keys", "Rate it (ticks it first); 0 for not observed"),
                ),
                Shortcut(
                    translate("keys", "Left, Right"),
                    translate("keys", "On the levels: the next lower or higher one"),
                ),
            ],
        ),
        (
            translate("keys", "Goals, reviews and concerns"),
            [
                Shortcut(
                    _native(save_keys()), translate("keys", "Save the form (a review: as a draft)")
                ),
                Shortcut(
                    _native(publish_keys()[0]),
                    translate("keys", "Publish the review, save the goal or concern"),
                ),
                Shortcut(
                    _native(QKeySequence(std.Delete)),
                    translate("keys", "Delete the chosen one (asks)"),
                ),
            ],
        ),
        (
            translate("keys", "In lists"),
            [
                Shortcut(translate("keys", "Up, Down"), translate("keys", "Move through the list")),
                Shortcut(translate("keys", "Enter"), translate("keys", "Open the chosen entry")),
                Shortcut(
                    translate("keys", "Enter on a button"),
                    translate("keys", "Press it (Space does too)"),
                ),
            ],
        ),
    ]


def chain_tabs(widgets: Iterable[QWidget | None]) -> None:
    """Tab visits ``widgets`` in this order (hidden ones are skipped by Qt)."""
    chain = [w for w in widgets if w is not None]
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)


def form_shortcuts(
    form: QWidget, save: Callable[[], None], publish: Callable[[], None] | None = None
) -> None:
    """Ctrl+S and Ctrl+Enter for a form inside the main window, while it has the focus."""
    context = Qt.ShortcutContext.WidgetWithChildrenShortcut
    QShortcut(save_keys(), form, save, context=context)
    for sequence in publish_keys():
        QShortcut(sequence, form, publish or save, context=context)


def click_if_shown(button: QAbstractButton) -> None:
    """A shortcut for ``button``: pressed only where it can be seen and used."""
    if button.isVisible() and button.isEnabled():
        button.click()


def set_if_changed(field: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Show ``text`` (a neutral reference put in) without touching an unchanged field."""
    current = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
    if current == text:
        return
    if isinstance(field, QLineEdit):
        field.setText(text)
    else:
        field.setPlainText(text)
