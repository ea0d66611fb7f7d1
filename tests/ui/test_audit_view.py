"""The audit trail window: events newest first, filtered in SQL, and the chain check."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import text

from mentorlog.models import Role
from mentorlog.services import audit
from mentorlog.services.access import Actor
from mentorlog.services.audit_trail import AuditRow
from mentorlog.storage.audit_guard import guard_lifted
from mentorlog.ui.audit_view import AuditModel, AuditView

COORDINATOR = Actor(uuid.uuid4(), "Mette Kjær", frozenset({Role.COORDINATOR}))
MENTOR = Actor(uuid.uuid4(), "Jüri Õunapuu", frozenset({Role.MENTOR}))


def record_some(db) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    with db.transaction() as s:
        audit.record(s, MENTOR, "sign_in", workstation="prison-ws-3", now=now - timedelta(days=40))
        audit.record(s, None, "sign_in.failed", detail={"username": "ghost"}, now=now)
        audit.record(s, MENTOR, "observation.publish", entity_type="observation", now=now)
        audit.record(s, COORDINATOR, "person.unlock", entity_type="person", now=now)


def test_model_words_each_column() -> None:
    row = AuditRow(
        7,
        datetime(2026, 3, 2, 8, 0, tzinfo=UTC),
        None,
        "(not signed in)",
        "ws-1",
        "sign_in.failed",
        "username",
        None,
        None,
        {"username": "ghost", "failures": 2},
    )
    model = AuditModel()
    model.set_rows([row])
    assert model.rowCount() == 1 and model.columnCount() == 6

    def cell(col: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.data(model.index(0, col), role)

    assert cell(AuditModel.WHO) == "(not signed in)"
    assert cell(AuditModel.ACTION) == "Sign-in failed"
    assert cell(AuditModel.DETAIL) == "Username: ghost · Failed attempts: 2"
    assert cell(AuditModel.RECORD) == "Username"  # a kind this build does not know: readable
    assert "Event 7" in str(cell(AuditModel.ACTION, Qt.ItemDataRole.ToolTipRole))
    assert cell(AuditModel.ACTION, Qt.ItemDataRole.ForegroundRole) is not None
    model.add_rows([row])
    assert model.rowCount() == 2


def test_details_and_record_kinds_are_worded_not_shown_as_codes() -> None:
    from mentorlog.ui import trust_labels

    old = "3f2b8c1e-0d4a-4c7e-9b1a-2e5f6a7b8c9d"
    assert trust_labels.detail({"version": 2, "replaces": old, "reason": "Wrong date"}) == (
        "Version: 2 · Replaces: 3f2b8c1e… · Reason: Wrong date"
    )
    assert trust_labels.detail({"username": "liis", "roles": ["mentor", "student"]}) == (
        "Username: liis · Roles: Mentor, Student"
    )
    assert trust_labels.detail({"unlocked": True}) == "Account: unlocked as well"
    # A new password for an account that was not locked: said so, not "unlocked: no".
    assert trust_labels.detail({"unlocked": False}) == "Account: was not locked"
    assert trust_labels.detail({"key": "idle_lock_minutes", "from": 5, "to": 12}) == (
        "Setting: minutes before an untouched window locks · From: 5 · To: 12"
    )
    changed = {"watched_names": {"added": ["Ivar Lie"], "removed": []}}
    assert trust_labels.detail({"key": "sensitive_text", "changed": changed}) == (
        "Setting: privacy check · Changed: names watched for (added Ivar Lie)"
    )
    for code, words in (
        ("concern.raise", "Cause for concern raised"),
        ("concern.status", "Cause for concern moved on"),
        ("concern.respond", "Student answered a cause for concern"),
        ("goal.note", "Progress note added to a goal"),
    ):
        assert trust_labels.action(code) == words
    assert trust_labels.detail({"removed": {"observations": 3}, "students_removed": 1}) == (
        "Removed: 3 observations · Students removed: 1"
    )
    assert trust_labels.record_kind("concern") == "Cause for concern"


def test_database_events_are_worded_not_shown_as_codes() -> None:
    from mentorlog.ui import trust_labels

    # Every demo and every newly encrypted database puts these on the trail.
    assert trust_labels.action("database.encrypted") == "Database encrypted"
    assert trust_labels.action("database.demo_loaded") == "Demonstration data loaded"


def test_signed_imports_and_endings_are_worded_not_shown_as_codes() -> None:
    from mentorlog.ui import trust_labels

    assert trust_labels.action("framework.import") == "Framework imported"
    assert trust_labels.action("placement.end") == "Placement ended"
    assert trust_labels.action("placement.final_sign_off") == "Placement completed and signed off"
    detail = {"framework": "dynamic-security", "version": 2, "file": "ds.json", "digest": "ab"}
    assert trust_labels.detail(detail) == (
        "Framework: dynamic-security · Version: 2 · File: ds.json"
    )


def open_view(ctx, qtbot) -> AuditView:  # type: ignore[no-untyped-def]
    ctx.set_actor(COORDINATOR)
    view = AuditView(ctx)
    qtbot.addWidget(view)
    view.show()
    return view


def test_events_show_newest_first_and_filter(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    record_some(ctx.db)
    view = open_view(ctx, qtbot)
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    assert view.model.row_at(0).action == "person.unlock"
    assert "4 of 4" in view.count.text()
    qtbot.keyClicks(view.search, "mette")  # QTest types ASCII only
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    view.search.setText("õunapuu")  # any case, Latin or not
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=3000)
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    view.period.setCurrentIndex(view.period.findData(6))  # last 7 days
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    qtbot.waitUntil(lambda: view.action_filter.findData("sign_in.failed") > 0)
    view.action_filter.setCurrentIndex(view.action_filter.findData("sign_in.failed"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.action_filter.setCurrentIndex(view.action_filter.findData("sign_in"))
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.empty)
    assert "No events match" in view.empty.text()


def test_an_empty_trail_says_what_will_appear(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_view(ctx, qtbot)
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.empty)
    assert "Sign-ins and changes will appear here" in view.empty.text()


def test_new_events_appear_after_a_change(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.ui.ops import Op

    view = open_view(ctx, qtbot)
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.empty)
    Op(None, lambda s: audit.record(s, MENTOR, "goal.create")).run(ctx)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.data(view.model.index(0, AuditModel.ACTION)) == "Goal created"


def verify_dialog(view, qtbot):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
    dialog = view.verify_dialog
    qtbot.addWidget(dialog)
    return dialog


def test_verify_records_reports_nothing_wrong_then_names_the_altered_event(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    record_some(ctx.db)
    view = open_view(ctx, qtbot)
    dialog = verify_dialog(view, qtbot)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Nothing is wrong"), timeout=10_000)
    assert "4 events" in dialog.status.text() and dialog.table.isHidden()
    with ctx.db.engine.begin() as conn, guard_lifted(conn):
        conn.execute(text("UPDATE audit_event SET actor_name = 'Nobody' WHERE seq = 3"))
    dialog.full.setChecked(True)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "problem" in dialog.status.text(), timeout=10_000)
    assert dialog.status.text().startswith("1 problem found")
    assert not dialog.table.isHidden() and dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, 0)) == "Trail broken"
    assert "altered" in dialog.model.data(dialog.model.index(0, 2))
    assert "event 3" in dialog.model.data(dialog.model.index(0, 1))


def test_verify_records_can_be_cancelled(ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    from mentorlog.services import trail_check

    waiting = threading.Event()

    def slow_check(session, actor, *, full, progress):  # type: ignore[no-untyped-def]
        waiting.wait(10)
        progress(1, 10, "Checking the trail's events")  # raises: it was cancelled
        raise AssertionError("not cancelled")

    monkeypatch.setattr(trail_check, "check_trail", slow_check)
    view = open_view(ctx, qtbot)
    dialog = verify_dialog(view, qtbot)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.running and not dialog.start_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    waiting.set()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Stopped"), timeout=10_000)
    assert not dialog.running and dialog.start_button.isEnabled()


def test_a_refused_operation_is_put_on_the_trail(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from mentorlog.models import AuditEvent
    from mentorlog.services import audit_trail
    from mentorlog.services.errors import PermissionDeniedError
    from mentorlog.ui.ops import Op

    ctx.set_actor(MENTOR)
    errors: list[BaseException] = []
    Op(None, lambda s: audit_trail.list_events(s, MENTOR)).failure(errors.append).run(ctx)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], PermissionDeniedError)
    with ctx.db.session() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "permission.refused"))
        assert event is not None and event.actor_name == "Jüri Õunapuu"
        assert "Only a coordinator or administrator" in event.detail["message"]
