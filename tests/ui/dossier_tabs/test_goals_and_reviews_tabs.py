"""Goals with progress notes, and a mid-point review from draft to published."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from mentorlog.models import (
    EntryStatus,
    Goal,
    GoalProgressNote,
    GoalStatus,
    OverallProgress,
    Review,
    ReviewDomainSummary,
    ReviewKind,
)
from mentorlog.services.goals import GoalCompetency, GoalView
from mentorlog.ui.dossier.goals_model import DUE, GoalsModel
from mentorlog.ui.dossier.goals_tab import GoalsTab
from mentorlog.ui.dossier.reviews_tab import ReviewsTab
from tests.logbook_cast import Cast
from tests.ui.editors.driving import type_text


def test_the_goals_model_marks_overdue_goals(qapp) -> None:  # type: ignore[no-untyped-def]
    import uuid
    from datetime import UTC, datetime

    today = date(2026, 5, 4)
    goal = GoalView(
        uuid.uuid4(),
        uuid.uuid4(),
        "Ingrid Sæther",
        "Talk first",
        "",
        today - timedelta(days=1),
        GoalStatus.OPEN,
        (GoalCompetency(uuid.uuid4(), "COM-3", "Calming tension"),),
        (),
        datetime.now(UTC),
    )
    model = GoalsModel(today=today)
    model.set_rows([goal])
    assert "overdue" in model.data(model.index(0, DUE))
    assert model.data(model.index(0, DUE), Qt.ItemDataRole.ForegroundRole) is not None


def test_set_a_goal_and_note_progress(mentor_ctx, cast: Cast, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = GoalsTab(mentor_ctx)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.set_placement(cast.placement_id)
    assert "New goal" in tab.empty.text()
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    form = tab.goal_form
    type_text(qtbot, form.title, "Начинать разговор first, on every unlock")
    qtbot.keyClicks(form.action_plan, "Greet each prisoner by name at unlock.")
    for key in ("COM-1", "SUR-2"):
        item = form.picker.item_for(cast.competency(key))
        form.picker.tree.setCurrentItem(item)
        qtbot.keyClick(form.picker.tree, Qt.Key.Key_Space)
    qtbot.mouseClick(form.has_due, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1 and "1 open" in tab.banner.text()
    with db.transaction() as s:
        goal = s.scalars(select(Goal)).one()
        assert goal.title.startswith("Начинать") and goal.due_on == date.today()
        assert {c.key for c in goal.competencies} == {"COM-1", "SUR-2"}

    qtbot.keyClicks(form.note, "Greeted everyone on B landing today.")
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        qtbot.keyClick(form.note, Qt.Key.Key_Return)
    assert form.notes.count() == 1 and "Ingrid Sæther" in form.notes.item(0).text()
    assert form.status.currentData() == GoalStatus.IN_PROGRESS.value
    with db.transaction() as s:
        assert s.scalar(select(GoalProgressNote.note)) == "Greeted everyone on B landing today."


def test_a_review_from_draft_to_published(mentor_ctx, cast: Cast, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = ReviewsTab(mentor_ctx)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.set_placement(cast.placement_id)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    form = tab.review_form
    assert form.kind.currentData() == ReviewKind.MIDPOINT.value
    assert form.progress.count() == 3  # a mid-point concludes on track / needs support / at risk
    level, text = next(iter(form.domain_rows.values()))
    level.setCurrentIndex(level.findData(4))
    qtbot.keyClicks(text, "Warm, confident contact on the landing.")
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        qtbot.mouseClick(form.draft_button, Qt.MouseButton.LeftButton)
    with db.transaction() as s:
        assert s.scalar(select(Review.status)) == EntryStatus.DRAFT

    # Publishing needs the overall summary; the refusal shows beside it.
    qtbot.mouseClick(form.publish_button, Qt.MouseButton.LeftButton)
    problem = form.problems._fields["summary"][0]
    qtbot.waitUntil(problem.isVisible)
    qtbot.keyClicks(form.summary, "Settling in well; needs more night shifts.")
    form.progress.setCurrentIndex(form.progress.findData(OverallProgress.NEEDS_SUPPORT.value))
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        qtbot.mouseClick(form.publish_button, Qt.MouseButton.LeftButton)
    with db.transaction() as s:
        review = s.scalars(select(Review)).one()
        assert review.status == EntryStatus.PUBLISHED
        assert review.overall_progress == OverallProgress.NEEDS_SUPPORT
        summary = s.scalars(select(ReviewDomainSummary)).one()
        assert summary.summary == "Warm, confident contact on the landing."
    assert not form.draft_button.isVisibleTo(form)


def test_a_long_goal_title_wraps_in_the_heading_and_reads_as_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    import uuid
    from datetime import UTC, datetime

    from mentorlog.ui.dossier.goal_form import GoalForm

    title = "Keep <calm> & start conversations on association " * 4
    goal = GoalView(
        uuid.uuid4(),
        uuid.uuid4(),
        "Ingrid Sæther",
        title,
        "",
        None,
        GoalStatus.OPEN,
        (),
        (),
        datetime.now(UTC),
    )
    form = GoalForm()
    qtbot.addWidget(form)
    form.show_goal(goal, False, True)
    # The heading wraps rather than widening the form, which squeezed the goals list
    # beside it until the Goal column showed only "…".
    assert form.minimumSizeHint().width() < 500
    # The title is text, not markup: "<calm>" is shown, not swallowed as a tag.
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(form.heading.text())
    assert "Keep <calm> & start" in doc.toPlainText()
