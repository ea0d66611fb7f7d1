"""Sign-off and versions in the app: a mentor signs an observation (it locks), corrects it
as an amendment with a reason, reads every version; a review is signed in turn."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QWidget
from sqlalchemy import func, select

from mentorlog.models import Observation, OverallProgress, ReviewKind, Role, Shift
from mentorlog.services import observations, reviews, signoff
from mentorlog.services.errors import ServiceError
from mentorlog.ui.dossier.reviews_model import STATUS as REVIEW_STATUS
from mentorlog.ui.dossier.reviews_tab import ReviewsTab
from mentorlog.ui.dossier.timeline_model import STATUS
from mentorlog.ui.dossier.timeline_tab import TimelineTab
from mentorlog.ui.editors import open_observation_editor, signing
from mentorlog.ui.editors.observation_editor import ObservationEditor
from mentorlog.ui.editors.versions_dialog import VersionsDialog
from tests.logbook_cast import Cast
from tests.ui.editors.driving import visible_child

FIRST = "Night round on B landing: spoke with each prisoner at the hatch."


def published(db, cast: Cast) -> observations.ObservationView:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        return observations.publish(
            s,
            cast.mentor,
            cast.placement_id,
            observations.ObservationInput(
                date.today() - timedelta(days=2),
                Shift.NIGHT,
                FIRST,
                ratings=(observations.RatingInput(cast.competency("SUR-1"), 3),),
            ),
        )


def confirm(qtbot, parent: QWidget, ctx) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: visible_child(parent, QMessageBox, "confirmSign") is not None)
    box = visible_child(parent, QMessageBox, "confirmSign")
    assert box is not None
    with qtbot.waitSignal(ctx.changed, timeout=5000):
        qtbot.mouseClick(box.findChild(QPushButton, "confirmSignButton"), Qt.MouseButton.LeftButton)


def student_confirms(qtbot, parent: QWidget, comment: str) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.ui.dossier.sign_review_dialog import SignReviewDialog

    def shown() -> SignReviewDialog | None:
        return visible_child(parent, SignReviewDialog, "confirmSignReview")

    qtbot.waitUntil(lambda: shown() is not None)
    dialog = shown()
    assert dialog is not None
    qtbot.keyClicks(dialog.comment, comment)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)


def opened(qtbot, ctx, cast: Cast, observation_id) -> ObservationEditor:  # type: ignore[no-untyped-def]
    editor = open_observation_editor(ctx, None, cast.placement_id, observation_id)
    qtbot.waitUntil(lambda: editor.isEnabled() and editor.data is not None)
    return editor


def test_the_mentor_signs_an_observation_and_it_locks(mentor_ctx, cast: Cast, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = published(db, cast)
    editor = opened(qtbot, mentor_ctx, cast, view.id)
    bar = editor.sign_bar
    assert bar.sign_button.isVisible() and not bar.amend_button.isVisible()
    assert "not signed yet" in bar.text()

    # Cancelling signs nothing.
    qtbot.mouseClick(bar.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible_child(editor, QMessageBox, "confirmSign") is not None)
    box = visible_child(editor, QMessageBox, "confirmSign")
    assert box is not None and "corrections become amendments" in box.informativeText()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    with db.transaction() as s:
        assert s.get(Observation, view.id).locked_at is None

    qtbot.mouseClick(bar.sign_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        confirm(qtbot, editor, mentor_ctx)
    assert "Signed by Ingrid Sæther on" in bar.text()
    assert "Signed observation" in editor.windowTitle()
    assert editor.narrative.isReadOnly() and not editor.fields.isEnabled()
    assert not editor.publish_button.isVisible() and not editor.delete_button.isVisible()
    assert not bar.sign_button.isVisible() and bar.amend_button.isVisible()
    with db.transaction() as s:
        assert s.get(Observation, view.id).locked_at is not None
    with db.transaction() as s, pytest.raises(ServiceError, match="signed and is locked"):
        observations.publish(
            s, cast.mentor, cast.placement_id, view.as_input(), observation_id=view.id
        )


def test_a_colleague_cannot_sign_another_mentors_observation(ctx, cast: Cast, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = published(db, cast)
    ctx.set_actor(cast.co_mentor)
    editor = opened(qtbot, ctx, cast, view.id)
    assert not editor.sign_bar.sign_button.isVisible()
    assert not editor.sign_bar.amend_button.isVisible()


def test_amend_asks_for_a_reason_and_keeps_every_version(mentor_ctx, cast: Cast, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = published(db, cast)
    with db.transaction() as s:
        signoff.sign_observation(s, cast.mentor, view.id)
        signoff.acknowledge(s, cast.student, view.id, False, "I checked the bell log too.")
    reader = opened(qtbot, mentor_ctx, cast, view.id)
    assert reader.narrative.isReadOnly()
    assert "Jüri Õunapuu disagreed with version 1 on" in reader.sign_bar.text()
    assert "“I checked the bell log too.”" in reader.sign_bar.text()
    amending = reader.amend()
    assert amending is not None and amending is not reader
    qtbot.waitUntil(lambda: amending.isEnabled() and amending.data is not None)
    assert amending.amending and amending.reason.isVisible()
    assert not amending.narrative.isReadOnly()
    assert amending.narrative.toPlainText() == FIRST  # pre-filled with the signed version
    assert "Save amendment" in amending.publish_button.text().replace("&", "")

    amending.narrative.setPlainText(FIRST + " Checked the cell bell log afterwards.")
    qtbot.mouseClick(amending.publish_button, Qt.MouseButton.LeftButton)  # no reason yet
    qtbot.waitUntil(lambda: amending.reason.problem.isVisible())
    assert amending.reason.edit.hasFocus() or not amending.isActiveWindow()
    assert "Say why" in amending.reason.problem.text()
    with db.transaction() as s:
        assert s.scalar(select(func.count(Observation.id))) == 1

    qtbot.keyClicks(amending.reason.edit, "Left out the cell bell check")
    with qtbot.waitSignal(amending.published, timeout=5000) as done:
        qtbot.mouseClick(amending.publish_button, Qt.MouseButton.LeftButton)
    new = done.args[0]
    assert new.narrative.endswith("bell log afterwards.")
    with db.transaction() as s:
        v2 = s.get(Observation, new.id)
        assert (v2.version, v2.amendment_reason) == (2, "Left out the cell bell check")
        assert v2.locked_at is not None and not s.get(Observation, view.id).is_current

    reread = opened(qtbot, mentor_ctx, cast, new.id)
    assert "Version 2, amended by Ingrid Sæther" in reread.sign_bar.text()
    assert "Left out the cell bell check" in reread.sign_bar.text()
    assert "Not yet acknowledged by the student (version 2)" in reread.sign_bar.text()
    with db.transaction() as s:
        signoff.acknowledge(s, cast.student, new.id, True)
    with qtbot.waitSignal(reread.loaded, timeout=5000):
        reread.reload()
    assert "Acknowledged by Jüri Õunapuu (version 2) on" in reread.sign_bar.text()
    assert "disagreed" not in reread.sign_bar.text()  # the answer to this version counts

    dialog = VersionsDialog(mentor_ctx, new.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2 and "bell log" in dialog.shown_text())
    rows = dialog.model.rows()
    assert [(r.version, r.is_current) for r in rows] == [(1, False), (2, True)]
    assert rows[1].amendment_reason == "Left out the cell bell check"
    dialog.table.selectRow(0)
    qtbot.waitUntil(lambda: "Version 1" in dialog.shown_text())
    assert FIRST in dialog.shown_text() and "bell log" not in dialog.shown_text()
    assert dialog.content.isReadOnly()


def test_the_timeline_marks_signed_and_amended_entries(mentor_ctx, cast: Cast, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = published(db, cast)
    with db.transaction() as s:
        signoff.sign_observation(s, cast.mentor, view.id)
        signoff.acknowledge(s, cast.student, view.id, True)
        v2 = signoff.amend_observation(s, cast.mentor, view.id, {"duration_minutes": 90}, "Length")
    tab = TimelineTab(mentor_ctx)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.set_placement(cast.placement_id)
    assert tab.model.rowCount() == 1  # the current version alone
    entry = tab.model.entry(0)
    assert (entry.entry_id, entry.version, entry.signed) == (v2, 2, True)
    status = tab.model.data(tab.model.index(0, STATUS))
    assert "Amended (v2)" in status and "Signed" in status
    tooltip = tab.model.data(tab.model.index(0, STATUS), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == status.replace("\n", ", ")
    assert "Acknowledged" not in status  # that answered version 1: version 2 is new

    with db.transaction() as s:
        signoff.acknowledge(s, cast.student, v2, False, "It was shorter.")
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.refresh()
    assert "Student disagreed" in tab.model.data(tab.model.index(0, STATUS))

    menu = QMenu()
    tab._add_sign_actions(menu, entry)
    assert [a.text() for a in menu.actions()] == ["A&mend…", "V&ersions…"]


def publish_review(db, cast: Cast):  # type: ignore[no-untyped-def]
    data = reviews.ReviewInput(
        kind=ReviewKind.MIDPOINT,
        held_on=date.today(),
        overall_progress=OverallProgress.ON_TRACK,
        summary="Steady progress; talks with prisoners readily.",
    )
    with db.transaction() as s:
        return reviews.publish_review(s, cast.mentor, cast.placement_id, data).id


def test_a_review_is_signed_by_mentor_student_and_coordinator(ctx, cast: Cast, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    review_id = publish_review(db, cast)
    ctx.set_actor(cast.student)
    tab = ReviewsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.set_placement(cast.placement_id)
    form = tab.review_form

    def act_as(actor) -> None:  # type: ignore[no-untyped-def]
        with qtbot.waitSignal(tab.loaded, timeout=5000):
            ctx.set_actor(actor)
        assert tab.current_row() is not None and tab.current_row().id == review_id

    def sign() -> None:
        assert form.sign_button.isEnabled()
        qtbot.mouseClick(form.sign_button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(tab.loaded, timeout=5000):
            if ctx.actor == cast.student:  # the student's question takes a comment
                student_confirms(qtbot, tab, "Agreed with the plan.")
            else:
                confirm(qtbot, tab, ctx)

    def status() -> str:  # in full, as its tooltip says it; the column says whose turn
        return tab.model.data(
            tab.model.index(tab.model.row_of(review_id), REVIEW_STATUS),
            Qt.ItemDataRole.ToolTipRole,
        )

    # The student and the coordinator wait for the mentor.
    assert form.sign_button.isVisible() and not form.sign_button.isEnabled()
    assert "Waiting for the mentor’s signature" in form.signatures.text()
    act_as(cast.coordinator)
    assert not form.sign_button.isEnabled()
    act_as(cast.mentor)
    assert not form.summary.isReadOnly()  # not yet signed: the mentor may still change it
    sign()
    assert "Signed by Ingrid Sæther (mentor)" in form.signatures.text()
    assert status() == "Signed 1 of 3 (awaiting student)"
    cell = tab.model.index(tab.model.row_of(review_id), REVIEW_STATUS)
    assert tab.model.data(cell) == "Student to sign"
    assert "Waiting for the student’s signature" in form.signatures.text()
    assert not form.sign_button.isEnabled()
    assert form.summary.isReadOnly() and not form.publish_button.isVisible()  # locked
    assert not tab.delete_button.isEnabled()

    act_as(cast.coordinator)
    assert not form.sign_button.isEnabled()  # the student signs first
    act_as(cast.student)
    sign()
    assert "Jüri Õunapuu (student)" in form.signatures.text()
    assert status() == "Signed 2 of 3 (awaiting coordinator)"
    act_as(cast.mentor)
    assert not form.sign_button.isEnabled()
    act_as(cast.coordinator)
    sign()
    assert "Signed by mentor, student and coordinator" in form.signatures.text()
    assert status() == "Signed by all"
    assert not form.sign_button.isVisible()
    with db.session() as s:
        roles = [x.role for x in signoff.sign_offs(s, cast.coordinator, "review", review_id)]
    assert roles == [Role.MENTOR, Role.STUDENT, Role.COORDINATOR]
    with db.session() as s:
        comments = [x.comment for x in signoff.sign_offs(s, cast.coordinator, "review", review_id)]
    assert comments == ["", "Agreed with the plan.", ""]


def sign_elsewhere(qtbot, ctx, cast: Cast, observation_id) -> None:  # type: ignore[no-untyped-def]
    """Sign as the timeline's menu does, from another window."""
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    signing.sign_observation(ctx, elsewhere, observation_id)
    confirm(qtbot, elsewhere, ctx)


def test_an_open_editor_notices_its_observation_signed_elsewhere(  # type: ignore[no-untyped-def]
    mentor_ctx, cast: Cast, db, qtbot
) -> None:
    view = published(db, cast)
    editor = opened(qtbot, mentor_ctx, cast, view.id)
    assert editor.sign_bar.sign_button.isVisible() and not editor.narrative.isReadOnly()
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        sign_elsewhere(qtbot, mentor_ctx, cast, view.id)
    assert editor.narrative.isReadOnly() and not editor.publish_button.isVisible()
    assert "Signed by Ingrid Sæther on" in editor.sign_bar.text()
    assert editor.sign_bar.amend_button.isVisible()
    assert editor.restored.isVisible()
    assert "signed this observation while it was open here" in editor.restored.text()
    assert visible_child(editor, QMessageBox, "signedMeanwhile") is None  # nothing was lost


def test_unsaved_changes_are_kept_for_an_amendment_when_signed_elsewhere(  # type: ignore[no-untyped-def]
    mentor_ctx, cast: Cast, db, qtbot
) -> None:
    view = published(db, cast)
    editor = opened(qtbot, mentor_ctx, cast, view.id)
    editor.narrative.setPlainText(FIRST + " Found a lighter in cell 12.")  # not yet saved
    sign_elsewhere(qtbot, mentor_ctx, cast, view.id)
    qtbot.waitUntil(lambda: visible_child(editor, QMessageBox, "signedMeanwhile") is not None)
    box = visible_child(editor, QMessageBox, "signedMeanwhile")
    assert box is not None and "your changes were not saved" in box.text()
    qtbot.waitUntil(lambda: editor.narrative.isReadOnly())
    assert editor.narrative.toPlainText() == FIRST  # what was signed
    assert "they are kept for Amend" in editor.restored.text()
    with db.transaction() as s:
        assert s.get(Observation, view.id).narrative == FIRST

    qtbot.mouseClick(box.findChild(QPushButton, "amendNowButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())
    amending = open_observation_editor(mentor_ctx, None, cast.placement_id, view.id, amend=True)
    qtbot.waitUntil(lambda: amending.isEnabled() and amending.data is not None)
    assert amending.amending and amending.isVisible()
    assert amending.narrative.toPlainText() == FIRST + " Found a lighter in cell 12."
    assert amending.reason.isVisible() and amending.reason.text() == ""


def test_sign_from_the_timeline_menu(mentor_ctx, cast: Cast, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = published(db, cast)
    tab = TimelineTab(mentor_ctx)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.set_placement(cast.placement_id)
    menu = QMenu()
    tab._add_sign_actions(menu, tab.model.entry(0))
    sign = next(a for a in menu.actions() if a.text() == "Si&gn…")
    with qtbot.waitSignal(tab.loaded, timeout=5000):  # the timeline refreshes itself
        sign.trigger()
        confirm(qtbot, tab, mentor_ctx)
    with db.transaction() as s:
        assert s.get(Observation, view.id).locked_at is not None
    assert tab.model.entry(0).signed and "Signed" in tab.model.data(tab.model.index(0, STATUS))
    menu = QMenu()
    tab._add_sign_actions(menu, tab.model.entry(0))
    assert [a.text() for a in menu.actions()] == ["A&mend…", "V&ersions…"]
