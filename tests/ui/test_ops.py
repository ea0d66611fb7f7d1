"""The background-operation helper: results on the GUI thread, errors, change notices."""

from __future__ import annotations

import threading
import uuid

import pytest
from sqlalchemy import func, select

from mentorlog.models import Competency
from mentorlog.services import site_settings
from mentorlog.services.access import SYSTEM
from mentorlog.services.changes import ChangeKind
from mentorlog.services.errors import ServiceError
from mentorlog.ui.ops import Op
from tests.test_changes import one_observation


def test_result_arrives_on_gui_thread(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}
    gui_thread = threading.current_thread()
    notices: list[object] = []
    ctx.changed.connect(notices.append)

    def work(session):  # type: ignore[no-untyped-def]
        seen["worker"] = threading.current_thread()
        return session.scalar(select(func.count()).select_from(Competency))

    def done(count: int) -> None:
        seen["count"] = count
        seen["callback"] = threading.current_thread()

    Op(None, work).success(done).run(ctx)
    qtbot.waitUntil(lambda: "count" in seen)
    assert seen["count"] == 30
    assert seen["worker"] is not gui_thread
    assert seen["callback"] is gui_thread
    assert notices == []  # a read changes nothing


def test_a_write_broadcasts_what_its_service_changed(ctx, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.services import observations

    pid, author, oid = one_observation(db)
    with qtbot.waitSignal(ctx.changed, timeout=5000) as changed:
        Op(None, lambda s: observations.delete_observation(s, author, oid)).run(ctx)
    changes = changed.args[0]
    assert changes.ids(ChangeKind.OBSERVATION) == {oid}
    assert changes.touches(ChangeKind.OBSERVATION, placement_id=pid)
    assert not changes.touches(ChangeKind.OBSERVATION, placement_id=uuid.uuid4())
    assert changes.touches(ChangeKind.AUDIT_EVENT)
    assert not changes.touches(ChangeKind.PLACEMENT, ChangeKind.PERSON)
    with pytest.raises(ValueError):
        changes.touches("observations")  # a typo is an error, not a silent never

    with qtbot.waitSignal(ctx.changed, timeout=5000) as changed:
        Op(None, lambda s: site_settings.set_idle_lock_minutes(s, SYSTEM, 12)).run(ctx)
    assert changed.args[0].kinds == {ChangeKind.SITE_SETTING, ChangeKind.AUDIT_EVENT}


def test_failure_goes_to_handler_and_announces_nothing(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []
    notices: list[object] = []
    ctx.changed.connect(notices.append)

    def work(session):  # type: ignore[no-untyped-def]
        raise ServiceError("That placement no longer exists.")

    Op(None, work).failure(errors.append).run(ctx)
    qtbot.waitUntil(lambda: bool(errors))
    assert str(errors[0]) == "That placement no longer exists."
    assert notices == []
