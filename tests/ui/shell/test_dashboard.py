"""The attention dashboard and calibration, driven through their widgets on the demo: a
coordinator opens on who needs attention, filters (answered by SQL), exports CSV, opens
a dossier with a double-click; a mentor sees their own students; the views refresh when
a write changes what they show."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import select

from mentorlog.models import Person, PlacementMentor
from mentorlog.services import concerns
from mentorlog.services.attention_rules import Level
from mentorlog.services.auth import actor_for
from mentorlog.ui.dashboard_model import ATTENTION, REASONS, STUDENT, PlacementIdRole
from mentorlog.ui.main_window import MainWindow
from mentorlog.ui.ops import Op
from mentorlog.ui.ui_state import UiState


def _sign_in(ctx, username: str) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        person_id = s.scalar(select(Person.id).where(Person.username == username))
        ctx.set_actor(actor_for(s, person_id))


@pytest.fixture
def window(qtbot, demo_ctx, tmp_path: Path):  # type: ignore[no-untyped-def]
    def make(username: str) -> MainWindow:
        _sign_in(demo_ctx, username)
        state = UiState(QSettings(str(tmp_path / f"{username}.ini"), QSettings.Format.IniFormat))
        win = MainWindow(demo_ctx, state)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        return win

    return make


def _loaded(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass


def test_a_coordinator_opens_on_who_needs_attention_first(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    win = window("coordinator")
    dashboard = win.views.dashboard
    assert win.views.currentWidget() is dashboard
    qtbot.waitUntil(lambda: dashboard.model.rowCount() > 0, timeout=10_000)
    model = dashboard.model
    first = model.row_at(0)
    assert first.level == Level.ACT_NOW
    assert model.data(model.index(0, ATTENTION)).endswith("Act now")
    # The reasons in words, as the coordinator reads them.
    reasons = model.data(model.index(0, REASONS))
    assert "open cause for concern" in reasons and "(s)" not in reasons
    assert [model.row_at(n).level for n in range(model.rowCount())] == sorted(
        (model.row_at(n).level for n in range(model.rowCount())), reverse=True
    )
    assert "placements:" in dashboard.summary.text()
    # Needs attention only: a new query, fewer rows, all of them needing attention.
    everyone = model.rowCount()
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        dashboard.attention_only.setChecked(True)
    assert 0 < model.rowCount() < everyone
    assert all(model.row_at(n).level >= Level.ATTENTION for n in range(model.rowCount()))
    # Typing a name narrows to it.
    name = first.student
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        dashboard.attention_only.setChecked(False)
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        dashboard.search.setText(name.split()[-1])  # typed: keyClicks knows only ASCII
    assert model.data(model.index(0, STUDENT)) == name


def test_double_click_opens_the_dossier_of_that_placement(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    win = window("coordinator")
    dashboard = win.views.dashboard
    qtbot.waitUntil(lambda: dashboard.model.rowCount() > 1, timeout=10_000)
    index = dashboard.model.index(1, STUDENT)
    wanted = dashboard.model.data(index, PlacementIdRole)
    rect = dashboard.table.visualRect(index)
    # As a hand does it: a click, then the double-click.
    qtbot.mouseClick(dashboard.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dashboard.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.views.currentWidget() is win.splitter
    qtbot.waitUntil(lambda: win.panel.selected_placement == wanted, timeout=10_000)
    qtbot.waitUntil(lambda: win.dossier.placement_id == wanted, timeout=10_000)
    # From the keyboard: back to the dashboard (Ctrl+D), a row, Enter.
    win.show_dashboard.trigger()
    assert win.views.currentWidget() is dashboard
    dashboard.table.setFocus()
    dashboard.table.selectRow(0)
    first = dashboard.model.data(dashboard.model.index(0, STUDENT), PlacementIdRole)
    qtbot.keyClick(dashboard.table, Qt.Key.Key_Return)
    assert win.views.currentWidget() is win.splitter
    qtbot.waitUntil(lambda: win.panel.selected_placement == first, timeout=10_000)


def test_export_writes_the_rows_as_csv_with_the_attention_column(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path
) -> None:
    win = window("coordinator")
    dashboard = win.views.dashboard
    qtbot.waitUntil(lambda: dashboard.model.rowCount() > 0, timeout=10_000)
    out = tmp_path / "dashboard.csv"
    dashboard.export_csv(out)
    qtbot.waitUntil(out.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "Saved" in dashboard.summary.text(), timeout=10_000)
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == dashboard.model.rowCount()
    assert rows[0]["attention"] == "Act now"
    assert rows[0]["student"] == dashboard.model.row_at(0).student
    assert "open cause for concern" in rows[0]["reasons"]


def test_a_mentor_sees_their_own_students_and_no_calibration(qtbot, window, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    win = window("mentor")
    assert win.views.calibration is None
    assert win.views.currentWidget() is win.splitter  # a mentor starts where they record
    dashboard = win.views.dashboard
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        win.show_dashboard.trigger()
        dashboard.refresh()
    with demo_ctx.db.session() as s:
        mine = set(
            s.scalars(
                select(PlacementMentor.placement_id).where(
                    PlacementMentor.mentor_id == demo_ctx.actor.person_id
                )
            )
        )
    shown = {dashboard.model.row_at(n).placement_id for n in range(dashboard.model.rowCount())}
    assert shown and shown <= mine


def test_a_student_has_no_tabs(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    win = window("student")
    assert win.views.dashboard is None and not win.views.tabBar().isVisible()


def test_a_raised_concern_moves_its_student_up(qtbot, window, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    win = window("coordinator")
    dashboard = win.views.dashboard
    qtbot.waitUntil(lambda: dashboard.model.rowCount() > 0, timeout=10_000)
    model = dashboard.model
    last = model.row_at(model.rowCount() - 1)
    assert last.level == Level.NONE
    concern = concerns.ConcernInput(
        date.today(), "Misses the roll.", "Roll with Ingrid.", date.today() + timedelta(7)
    )
    actor = demo_ctx.actor
    # Raised as the dossier raises it: the service's change reaches the dashboard.
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        Op(None, lambda s: concerns.raise_concern(s, actor, last.placement_id, concern)).run(
            demo_ctx
        )
    moved = next(
        model.row_at(n)
        for n in range(model.rowCount())
        if model.row_at(n).placement_id == last.placement_id
    )
    assert moved.open_concerns == 1 and "open_concerns" in moved.reasons
    assert moved.level >= Level.ATTENTION


def test_calibration_shows_mentors_and_prisons_side_by_side(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    win = window("coordinator")
    view = win.views.calibration
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        win.show_calibration.trigger()
    assert view.mentors_model.rowCount() > 1 and view.prisons_model.rowCount() >= 2
    assert "ratings" in view.status.text()
    row = view.mentors_model.row_at(0)
    assert sum(row.counts) == row.ratings
    # One competency and phase: a new comparison.
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.competency.setCurrentIndex(1)
    assert view.result is not None and view.result.competency == view.competency.currentData()
