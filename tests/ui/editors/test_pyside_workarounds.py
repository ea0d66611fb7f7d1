"""Signals emitted from Python must not use up references to True (PySide6 6.12.0 does)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from mentorlog.ui.editors import pyside_workarounds


class Emitter(QObject):
    fired = Signal(object)


def test_thousands_of_emits_leave_true_alone(qapp) -> None:  # type: ignore[no-untyped-def]
    pyside_workarounds.install()
    emitter = Emitter()
    seen: list[object] = []
    emitter.fired.connect(seen.append)
    before = sys.getrefcount(True)
    for n in range(3000):
        emitter.fired.emit(n)
    assert len(seen) == 3000
    # Without the workaround on 6.12.0 this drops by 3000 (and CPython 3.11 aborts first).
    assert abs(sys.getrefcount(True) - before) < 10
    assert not pyside_workarounds.emit_loses_references()
