"""Raising a cause for concern and following it to resolved, as a mentor would."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from mentorlog.models import Concern, ConcernStatus
from mentorlog.services import concerns
from mentorlog.services.concerns import ConcernView
from mentorlog.ui.dossier.concerns_model import DESCRIPTION, REVIEW, STATUS, ConcernsModel
from mentorlog.ui.dossier.concerns_tab import ConcernsTab
from tests.logbook_cast import Cast
from tests.ui.editors.driving import type_text

TODAY = date(2026, 3, 2)


def concern_view(status: ConcernStatus, review_on: date) -> ConcernView:
    return ConcernView(
        id=uuid.uuid4(),
        placement_id=uuid.uuid4(),
        raised_by_name="Ingrid Sæther",
        raised_on=TODAY - timedelta(days=20),
        description="Stays in the office\nduring association.",
        action_plan="Walk the landing.",
        review_on=review_on,
        status=status,
        outcome="",
        closed_at=None,
        updated_at=datetime.now(UTC),
    )


def test_the_model_flags_open_concerns_and_due_reviews(qapp) -> None:  # type: ignore[no-untyped-def]
    model = ConcernsModel(today=TODAY)
    model.set_rows(
        [
            concern_view(ConcernStatus.OPEN, TODAY - timedelta(days=1)),
            concern_view(ConcernStatus.RESOLVED, TODAY - timedelta(days=1)),
        ]
    )
    assert model.rowCount() == 2 and model.columnCount() == 5
    flagged = model.data(model.index(0, STATUS))
    assert flagged.startswith("⚑") and "Open" in flagged
    assert "(due)" in model.data(model.index(0, REVIEW))
    assert model.data(model.index(0, STATUS), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, DESCRIPTION)) == "Stays in the office during association."
    assert model.data(model.index(1, STATUS)) == "Resolved"
    assert model.data(model.index(1, REVIEW)) == "—"
    assert model.data(model.index(1, STATUS), Qt.ItemDataRole.ForegroundRole) is None


def test_raise_a_concern_and_resolve_it(mentor_ctx, cast: Cast, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = ConcernsTab(mentor_ctx)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.set_placement(cast.placement_id)
    assert tab.list_stack.currentWidget() is tab.empty
    assert "Raise concern" in tab.empty.text()

    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    form = tab.concern_form
    type_text(
        qtbot, form.description, "Jüri stays in the office during association; Øystein noticed too."
    )
    qtbot.keyClicks(form.action_plan, "Two landing walks per shift with Ingrid.")
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1
    assert tab.model.data(tab.model.index(0, STATUS)).startswith("⚑")
    assert "1 open concern" in tab.banner.text()
    assert form.status_buttons[ConcernStatus.RESOLVED].isVisible()
    assert not form.status_buttons[ConcernStatus.OPEN].isVisible()

    # Resolving needs the outcome in writing; the refusal shows beside the outcome.
    qtbot.mouseClick(form.status_buttons[ConcernStatus.RESOLVED], Qt.MouseButton.LeftButton)
    outcome_problem = form.problems._fields["outcome"][0]
    qtbot.waitUntil(outcome_problem.isVisible)
    assert "outcome" in outcome_problem.text()
    with db.transaction() as s:
        assert s.scalar(select(Concern.status)) == ConcernStatus.OPEN

    qtbot.keyClicks(form.outcome, "Now walks the landing without being asked.")
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        qtbot.mouseClick(form.status_buttons[ConcernStatus.RESOLVED], Qt.MouseButton.LeftButton)
    with db.transaction() as s:
        row = s.scalars(select(Concern)).one()
        assert row.status == ConcernStatus.RESOLVED and row.closed_at is not None
        assert row.outcome == "Now walks the landing without being asked."
    assert tab.model.data(tab.model.index(0, STATUS)) == "Resolved"
    assert tab.banner.text() == "No open concerns"
    assert form.status_buttons[ConcernStatus.OPEN].isVisible()

    # Reopened and escalated: handed on to the academy, not settled, so still open (flagged,
    # as everywhere) and not closed; the academy may resolve it.
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        qtbot.mouseClick(form.status_buttons[ConcernStatus.OPEN], Qt.MouseButton.LeftButton)
    form.outcome.clear()
    qtbot.keyClicks(form.outcome, "Handed to the academy's placement lead.")
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        qtbot.mouseClick(form.status_buttons[ConcernStatus.ESCALATED], Qt.MouseButton.LeftButton)
    assert tab.banner.text() == "⚑ 1 escalated concern"
    assert "stays open until it is resolved" in form.status_label.text()
    assert tab.model.data(tab.model.index(0, STATUS)).startswith("⚑")
    assert form.status_buttons[ConcernStatus.RESOLVED].isVisible()
    with db.transaction() as s:
        row = s.scalars(select(Concern)).one()
        assert row.status == ConcernStatus.ESCALATED and row.closed_at is None


def test_the_student_reads_but_does_not_act(student_ctx, cast: Cast, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        concerns.raise_concern(
            s,
            cast.mentor,
            cast.placement_id,
            concerns.ConcernInput(
                date.today(), "Late for roll check.", "Set two alarms.", date.today()
            ),
        )
    tab = ConcernsTab(student_ctx)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.set_placement(cast.placement_id)
    assert tab.model.rowCount() == 1
    assert not tab.new_button.isVisibleTo(tab) and not tab.concern_form.save_button.isVisibleTo(tab)
    # Read, not changed: read-only text in its own colours (not greyed out as disabled).
    description = tab.concern_form.description
    assert description.isEnabled() and description.isReadOnly()
    assert not any(b.isVisibleTo(tab) for b in tab.concern_form.status_buttons.values())
