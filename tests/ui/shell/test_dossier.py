"""The dossier driven through its widgets: search as you type, filters, who sees what,
the competencies tab with its chart, and the empty states."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from mentorlog.models import Role, Visibility
from mentorlog.services.timeline import EntryKind
from mentorlog.ui.dossier.dossier_view import DossierView
from tests.factories import Factory
from tests.factories import as_actor as actor


@pytest.fixture
def shared_placement(db):  # type: ignore[no-untyped-def]
    """Two mentors of one student; each has a private note; a few shared entries."""
    with db.transaction() as s:
        f = Factory(s)
        liis = f.person("Liis", "Tamm", Role.MENTOR)
        ola = f.person("Ola", "Nordmann", Role.MENTOR)
        student = f.person("Иван", "Петров", Role.STUDENT)
        p = f.placement(student, [liis, ola], ends_on=date(2025, 12, 31))
        f.observation(
            p,
            liis,
            date(2025, 3, 1),
            "Calm talk with a prisoner in the yard.",
            ratings={"COM-1": 4, "RSK-2": 2},
        )
        f.observation(
            p, liis, date(2025, 3, 2), "Searched a cell; found a phone.", ratings={"SUR-1": 3}
        )
        f.observation(
            p,
            liis,
            date(2025, 3, 3),
            "Liis only: talk to the unit manager.",
            visibility=Visibility.PRIVATE,
        )
        f.observation(
            p,
            ola,
            date(2025, 3, 4),
            "Ola only: worried about the yard incident.",
            visibility=Visibility.PRIVATE,
        )
        f.reflection(p, student, date(2025, 3, 5), "Разговор во дворе был трудным.", title="Двор")
        f.self_assessment(p, student, "COM-1", 5, date(2025, 3, 6))
        f.concern(p, ola, date(2025, 3, 7))
        return {
            "placement": p.id,
            "liis": actor(liis, Role.MENTOR),
            "ola": actor(ola, Role.MENTOR),
            "student": actor(student, Role.STUDENT),
        }


@pytest.fixture
def dossier(ctx, qtbot):  # type: ignore[no-untyped-def]
    view = DossierView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    return view


def _open(qtbot, dossier, ctx, who, world) -> list:  # type: ignore[no-untyped-def]
    ctx.set_actor(world[who])
    with qtbot.waitSignal(dossier.shown, timeout=10_000):
        dossier.set_placement(world["placement"])
    model = dossier.timeline.model
    return [model.entry(r) for r in range(model.rowCount())]


def test_a_mentor_never_sees_another_mentors_private_note(
    qtbot, ctx, dossier, shared_placement
) -> None:  # type: ignore[no-untyped-def]
    entries = _open(qtbot, dossier, ctx, "liis", shared_placement)
    texts = " ".join(e.summary for e in entries)
    assert "Liis only" in texts
    assert "Ola only" not in texts
    assert dossier.header.name.text() == "Иван Петров"
    assert dossier.header.mentors.text() == "Mentors: Liis Tamm, Ola Nordmann"
    # Nor does search find it.
    qtbot.keyClicks(dossier.timeline.filters.search, "worried")
    qtbot.waitUntil(lambda: dossier.timeline.stack.currentWidget() is dossier.timeline.empty)
    assert "contains “worried”" in dossier.timeline.empty.text()


def test_the_student_sees_shared_entries_only(qtbot, ctx, dossier, shared_placement) -> None:  # type: ignore[no-untyped-def]
    entries = _open(qtbot, dossier, ctx, "student", shared_placement)
    assert all(e.visibility == Visibility.SHARED for e in entries)
    assert {e.kind for e in entries} == {
        EntryKind.OBSERVATION,
        EntryKind.REFLECTION,
        EntryKind.CONCERN,
    }


def test_search_filters_the_timeline_as_the_user_types(
    qtbot, ctx, dossier, shared_placement
) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, dossier, ctx, "ola", shared_placement)
    timeline = dossier.timeline
    timeline.focus_search()
    assert timeline.filters.search.hasFocus()
    qtbot.keyClicks(timeline.filters.search, "yar")  # a prefix of "yard", being typed
    qtbot.waitUntil(lambda: timeline.count.text() == "2 matching “yar”", timeout=5000)
    rows = [timeline.model.entry(r) for r in range(timeline.model.rowCount())]
    assert [e.on.day for e in rows] == [4, 1]
    assert all("\x02yard\x03" in e.snippet for e in rows)
    # Cyrillic, in another case than written (inserted as an input method would: QTest
    # can only type Latin keys).
    timeline.filters.search.clear()
    timeline.filters.search.insert("ДВОРЕ")
    qtbot.waitUntil(lambda: timeline.count.text() == "1 matching “ДВОРЕ”", timeout=5000)
    assert timeline.model.entry(0).kind == EntryKind.REFLECTION
    # Clearing the search brings everything back.
    timeline.filters.search.clear()
    qtbot.waitUntil(lambda: timeline.model.rowCount() == 5, timeout=5000)


def test_only_the_newest_answer_is_shown(qtbot, ctx, dossier, shared_placement) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, dossier, ctx, "liis", shared_placement)
    timeline = dossier.timeline
    for text in ("phone", "yard", "cell"):
        timeline.filters.search.setText(text)
        timeline.refresh()  # three requests in flight; the first two are overtaken
    qtbot.waitUntil(lambda: timeline.count.text() == "1 matching “cell”", timeout=5000)
    assert ctx.tasks.wait_idle(5000)
    qtbot.wait(50)  # late answers would arrive now; none may replace the newest
    assert timeline.count.text() == "1 matching “cell”"
    assert timeline.model.entry(0).on.day == 2


def test_filters_by_kind_competency_and_visibility(qtbot, ctx, dossier, shared_placement) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, dossier, ctx, "liis", shared_placement)
    timeline, bar = dossier.timeline, dossier.timeline.filters
    qtbot.waitUntil(lambda: bar.competency.count() > 30)  # the framework arrived

    def days() -> list[int]:
        return [timeline.model.entry(r).on.day for r in range(timeline.model.rowCount())]

    bar.kind.setCurrentIndex(bar.kind.findData(EntryKind.CONCERN))
    qtbot.waitUntil(lambda: days() == [7])
    bar.kind.setCurrentIndex(0)
    bar.visibility.setCurrentIndex(bar.visibility.findData(Visibility.PRIVATE))
    qtbot.waitUntil(lambda: days() == [3])
    bar.visibility.setCurrentIndex(0)
    bar.competency.setCurrentIndex(bar.competency.findData("RSK-2"))
    qtbot.waitUntil(lambda: days() == [1])
    bar.level.setCurrentIndex(bar.level.findData(5))
    qtbot.waitUntil(lambda: timeline.stack.currentWidget() is timeline.empty)
    assert "No entry matches these filters" in timeline.empty.text()
    assert bar.clear_button.isEnabled()
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: days() == [7, 5, 3, 2, 1])
    assert not bar.clear_button.isEnabled()


def test_competencies_tab_shows_ratings_beside_self_assessment_and_a_trend(
    qtbot, ctx, dossier, shared_placement
) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.ui.dossier.competencies_model import MENTOR, SELF

    _open(qtbot, dossier, ctx, "liis", shared_placement)
    tab = dossier.competencies
    assert tab.chart is None  # QtCharts waits until the tab is opened
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        dossier.show_tab("competencies")
    assert tab.chart is not None
    model = tab.model
    row = model.row_of("COM-1")
    assert model.index(row, MENTOR).data().startswith("4 – ")
    assert model.index(row, SELF).data().startswith("5 – ")  # beside, never averaged
    assert "not observed in the last 21 days" in tab.prompt.text()
    tab.view.setCurrentIndex(model.index(row, MENTOR))
    qtbot.waitUntil(lambda: len(tab.chart.chart().series()) >= 3, timeout=5000)
    names = {s.name() for s in tab.chart.chart().series()}
    assert {"Mentor's ratings", "Student's self-assessment"} <= names
    # Enter on a competency shows its observations in the timeline.
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert dossier.tabs.currentWidget() is dossier.timeline
    assert dossier.timeline.filters.competency.currentData() == "COM-1"


def test_no_placement_says_what_to_do(qtbot, ctx, dossier) -> None:  # type: ignore[no-untyped-def]
    dossier.set_placement(None)
    assert dossier.stack.currentWidget() is dossier.empty
    assert "Choose a student" in dossier.empty.text()


def test_delete_from_the_timeline_asks_and_can_be_undone(
    qtbot, ctx, dossier, shared_placement
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox, QPushButton

    _open(qtbot, dossier, ctx, "liis", shared_placement)
    timeline = dossier.timeline
    row = next(r for r in range(timeline.model.rowCount()) if timeline.model.entry(r).on.day == 2)
    timeline.view.setCurrentIndex(timeline.model.index(row, 0))
    timeline.view.setFocus()
    qtbot.keyClick(timeline.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: dossier.window().findChild(QMessageBox, "confirmDelete") is not None)
    box = dossier.window().findChild(QMessageBox, "confirmDelete")
    assert "Delete the observation" in box.text()
    with qtbot.waitSignal(timeline.loaded, timeout=5000):
        qtbot.mouseClick(
            box.findChild(QPushButton, "confirmDeleteButton"), Qt.MouseButton.LeftButton
        )
    days = [timeline.model.entry(r).on.day for r in range(timeline.model.rowCount())]
    assert 2 not in days
    assert ctx.undo_stack.canUndo()
    with qtbot.waitSignal(timeline.loaded, timeout=5000):
        ctx.undo_stack.undo()
    days = [timeline.model.entry(r).on.day for r in range(timeline.model.rowCount())]
    assert 2 in days


def test_another_mentors_observation_cannot_be_deleted_from_the_timeline(
    qtbot, ctx, dossier, shared_placement
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    _open(qtbot, dossier, ctx, "ola", shared_placement)
    timeline = dossier.timeline
    row = next(
        r for r in range(timeline.model.rowCount()) if timeline.model.entry(r).on.day == 2
    )  # Liis's observation
    timeline.view.setCurrentIndex(timeline.model.index(row, 0))
    qtbot.keyClick(timeline.view, Qt.Key.Key_Delete)
    qtbot.wait(50)
    assert dossier.window().findChild(QMessageBox, "confirmDelete") is None


def test_the_editors_tabs_are_built_when_first_opened(
    qtbot, ctx, dossier, shared_placement
) -> None:  # type: ignore[no-untyped-def]
    # Start-up shows the timeline; the goals, reviews and concerns tabs (their forms and
    # editors) are not made until someone opens them, and then show the same dossier.
    _open(qtbot, dossier, ctx, "ola", shared_placement)
    pages = [dossier.extra_tabs[name] for name in ("goals", "reviews", "concerns")]
    assert not any(page.built for page in pages)
    assert [dossier.tabs.tabText(i).replace("&", "") for i in range(dossier.tabs.count())] == [
        "Timeline",
        "Competencies",
        "Goals",
        "Reviews",
        "Concerns",
    ]
    concerns = pages[2]
    with qtbot.waitSignal(concerns.tab.loaded, timeout=10_000):
        dossier.show_tab("concerns")
    assert type(concerns.tab).__name__ == "ConcernsTab"
    assert concerns.model.rowCount() == 1  # ola's concern, through the page
    assert not pages[0].built and not pages[1].built
