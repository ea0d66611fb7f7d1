"""Every window opens inside the available screen, with its buttons in reach, on the
prison workstation's 1024 x 768 and a 1366 x 768 laptop (the two offscreen screens of
tests/ui/screens.json)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QScrollArea,
    QWidget,
)
from sqlalchemy import select

from tests.ui.shell.conftest import screen_of

SIZES = ["1024x768", "1366x768"]


def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def assert_fits(window: QWidget, screen: QScreen) -> None:
    """Inside the screen's available area, and every button outside a scrolling area is
    whole on screen (not cut off by the window's edge)."""
    room = screen.availableGeometry()
    assert room.contains(window.frameGeometry()), (window.objectName(), window.frameGeometry())
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or _in_scroll_area(button, window):
            continue
        where = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        assert room.contains(where), (button.text(), where)
        assert button.visibleRegion().boundingRect() == button.rect(), button.text()


def reachable(qtbot, button: QAbstractButton, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """A button inside a scrolling form: scrolled to, it is whole within the window."""
    scroll = button.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    assert button.isVisible() and scroll is not None, button.text()
    viewport = scroll.viewport()

    def scrolled_to() -> bool:
        scroll.ensureWidgetVisible(button)  # once the form's layout has settled
        return viewport.rect().contains(QRect(button.mapTo(viewport, QPoint(0, 0)), button.size()))

    qtbot.waitUntil(scrolled_to)
    assert window.rect().contains(QRect(button.mapTo(window, QPoint(0, 0)), button.size()))


def _window_named(name: str) -> QWidget:
    shown = (w for w in QApplication.topLevelWidgets() if w.isVisible())
    return next(w for w in shown if w.objectName() == name)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("username", ["mentor", "student", "coordinator", "admin"])
def test_the_main_window_fits(opened, username: str, size: str) -> None:  # type: ignore[no-untyped-def]
    window = opened(username, size)
    assert_fits(window, screen_of(size))
    if username == "admin":  # no placements: no reports, no students to find
        assert not window.export_reports.isVisible() and not window.panel.filter.isVisible()
    # The toolbar's actions are all on it, none pushed into an overflow menu.
    for action in window.findChild(QWidget, "mainToolbar").actions():
        button = window.findChild(QWidget, "mainToolbar").widgetForAction(action)
        if action.isVisible() and button is not None and not action.isSeparator():
            assert button.isVisible(), action.text()


@pytest.mark.parametrize("size", SIZES)
def test_the_editors_fit_with_their_buttons(opened, qtbot, size: str) -> None:  # type: ignore[no-untyped-def]
    window = opened("mentor", size)
    qtbot.waitUntil(window.new_observation.isEnabled)
    window.new_observation.trigger()
    editor = _window_named("observationEditor")
    qtbot.waitUntil(lambda: not editor._loading)  # type: ignore[attr-defined]
    assert_fits(editor, screen_of(size))
    for button in ("publishButton", "saveDraftButton", "shared", "private"):
        assert editor.findChild(QAbstractButton, button).isVisible(), button
    editor.close()
    window.new_reflection.trigger()
    reflection = _window_named("reflectionEditor")
    qtbot.waitUntil(lambda: not reflection._loading)  # type: ignore[attr-defined]
    assert_fits(reflection, screen_of(size))
    assert reflection.findChild(QAbstractButton, "saveButton").isVisible()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    ("tab", "buttons"),
    [
        ("goals", ("saveGoal",)),
        ("reviews", ("saveReviewDraft", "publishReview")),
        ("concerns", ("saveConcern",)),
    ],
)
def test_goals_reviews_and_concerns_have_room(opened, qtbot, tab: str, buttons, size: str) -> None:  # type: ignore[no-untyped-def]
    window = opened("mentor", size)
    window.dossier.show_tab(tab)
    page = window.dossier.extra_tabs[tab]
    inner = page.tab
    qtbot.waitUntil(lambda: inner.placement_id is not None and inner.new_button.isVisible())
    if tab == "goals":
        qtbot.waitUntil(lambda: inner.form.picker.tree.topLevelItemCount() > 0)
    inner.new_button.click()
    form = inner.form
    qtbot.waitUntil(form.isVisible)
    # The form has the tab's width, not a narrow side pane.
    assert form.width() >= inner.width() * 0.9
    for name in buttons:
        reachable(qtbot, form.findChild(QAbstractButton, name), window)
    if tab == "goals":
        picker = form.picker.tree
        item = picker.topLevelItem(0).child(0)
        text_width = picker.fontMetrics().horizontalAdvance(item.text(0))
        assert picker.visualItemRect(item).right() >= picker.indentation() + text_width


@pytest.mark.parametrize("size", SIZES)
def test_the_dialogs_fit(opened, qtbot, size: str) -> None:  # type: ignore[no-untyped-def]
    screen = screen_of(size)
    window = opened("coordinator", size)
    for action, name in (
        (window.people, "peopleDialog"),
        (window.audit, "auditView"),
        (window.export_reports, "exportDialog"),
        (window.keyboard_help, "helpDialog"),
    ):
        action.trigger()
        qtbot.waitUntil(
            lambda name=name: any(
                w.isVisible() and w.objectName() == name for w in QApplication.topLevelWidgets()
            )
        )
        dialog = _window_named(name)
        assert_fits(dialog, screen)
        dialog.close()
    admin = opened("admin", size)
    admin.site_settings.trigger()
    qtbot.waitUntil(lambda: _window_named("siteSettingsDialog").isEnabled())
    assert_fits(_window_named("siteSettingsDialog"), screen)


def test_help_shows_the_shortcuts_and_the_guide_for_the_role(opened, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = opened("student", "1024x768")
    qtbot.keyClick(window.panel.view, Qt.Key.Key_F1)
    qtbot.waitUntil(
        lambda: any(
            w.objectName() == "helpDialog" and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    dialog = _window_named("helpDialog")
    shown = dialog.tabs.currentWidget()
    assert shown.objectName() == "guide-student"
    assert "Acknowledge" in shown.toPlainText() and "Ctrl+Shift+L" in shown.toPlainText()
    dialog.close()
    qtbot.keyClick(window.panel.view, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: any(
            w.objectName() == "helpDialog" and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    dialog = _window_named("helpDialog")
    page = dialog.tabs.currentWidget()
    text = page.toPlainText()
    assert page.objectName() == "shortcutsPage"
    for words in ("Lock the window now", "Ctrl+Shift+L", "Rate it", "Publish"):
        assert words in text
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles[1:] == ["For mentors", "For students", "For coordinators", "For administrators"]


def _late_word(window, width: int, metrics, required: bool) -> str:  # type: ignore[no-untyped-def]
    """A word of the placement's longest narrative whose search snippet puts the hit past
    the entry column's edge (where the delegate must shift the text to show it); where
    none does and none is ``required``, its last long word."""
    import re

    from mentorlog.models import Observation
    from mentorlog.services.search import MARK_START, index_matches

    placement_id = window.dossier.placement_id
    with window.ctx.db.session() as s:
        narratives = s.scalars(
            select(Observation.narrative).where(Observation.placement_id == placement_id)
        ).all()
        longest = max(narratives, key=len)
        for word in dict.fromkeys(reversed(re.findall(r"[A-Za-z]{7,}", longest))):
            snippets = index_matches(s, word, placement_id).values()
            if any(
                MARK_START in snip
                and metrics.horizontalAdvance(snip[: snip.index(MARK_START)]) > width
                for snip in snippets
            ):
                return word
    if not required:
        return re.findall(r"[A-Za-z]{7,}", longest)[-1]
    raise AssertionError("no word of the longest narrative lies past the column's edge")


@pytest.mark.parametrize("size", SIZES)
def test_the_timeline_gives_the_entry_its_room_and_shows_the_search_hit(  # type: ignore[no-untyped-def]
    opened, qtbot, size: str
) -> None:
    from PySide6.QtGui import QFontMetrics

    from mentorlog.services.search import MARK_START
    from mentorlog.ui.dossier.entry_delegate import fit_parts, split_marked
    from mentorlog.ui.dossier.timeline_model import ENTRY, KIND

    window = opened("mentor", size)
    timeline = window.dossier.timeline
    qtbot.waitUntil(lambda: timeline.model.rowCount() > 0)
    view = timeline.view
    assert view.isColumnHidden(KIND)  # the kind is under the date
    assert view.columnWidth(ENTRY) >= view.viewport().width() * 0.4
    width = view.columnWidth(ENTRY) - 8
    metrics = QFontMetrics(view.font())
    word = _late_word(window, width, metrics, required=size != "1366x768")
    qtbot.keyClick(window.panel.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(timeline.filters.search.hasFocus)
    qtbot.keyClicks(timeline.filters.search, word)
    qtbot.waitUntil(lambda: "matching" in timeline.count.text(), timeout=5000)
    assert timeline.model.rowCount() > 0
    late = 0
    for row in range(timeline.model.rowCount()):
        detail = timeline.model.detail_at(row)
        assert MARK_START in detail
        parts = split_marked(detail)
        shown = fit_parts(parts, metrics, width)
        assert any(matched for _text, matched in shown), detail  # the hit is in view
        assert metrics.horizontalAdvance("".join(t for t, _ in shown)) <= width
        before = detail.index(MARK_START)
        late += metrics.horizontalAdvance(detail[:before]) > width  # would have been cut
    assert late > 0 or size == "1366x768"  # at 1024 some hits lie past the edge
