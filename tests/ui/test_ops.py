"""The background-operation helper: results on the GUI thread, errors, change notices."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from mentorlog.models import Competency
from mentorlog.services.errors import ServiceError
from mentorlog.ui.ops import Op


def test_result_arrives_on_gui_thread_with_change_notice(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}
    gui_thread = threading.current_thread()

    def work(session):  # type: ignore[no-untyped-def]
        seen["worker"] = threading.current_thread()
        return session.scalar(select(func.count()).select_from(Competency))

    def done(count: int) -> None:
        seen["count"] = count
        seen["callback"] = threading.current_thread()

    with qtbot.waitSignal(ctx.changed, timeout=5000) as changed:
        Op(None, work).success(done).announces("observation").run(ctx)
    qtbot.waitUntil(lambda: "count" in seen)
    assert seen["count"] == 30
    assert seen["worker"] is not gui_thread
    assert seen["callback"] is gui_thread
    assert changed.args[0].touches("observation")


def test_failure_goes_to_handler_and_announces_nothing(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []
    notices: list[object] = []
    ctx.changed.connect(notices.append)

    def work(session):  # type: ignore[no-untyped-def]
        raise ServiceError("That placement no longer exists.")

    Op(None, work).failure(errors.append).announces("observation").run(ctx)
    qtbot.waitUntil(lambda: bool(errors))
    assert str(errors[0]) == "That placement no longer exists."
    assert notices == []
