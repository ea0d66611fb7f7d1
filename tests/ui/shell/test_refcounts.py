"""PySide6 6.12.0 loses a reference to None on every void Qt call; the UI package makes
that harmless before any widget exists (mentorlog/ui/refcounts.py)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_thousands_of_qt_calls_do_not_wear_none_down(qapp) -> None:  # type: ignore[no-untyped-def]
    import mentorlog.ui  # noqa: F401  (importing the UI applies the guard)

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(20_000):  # several times what None starts with on CPython 3.11
        label.setText("x")
    # Whatever this PySide6 does, None keeps far more references than any session uses.
    assert sys.getrefcount(None) > 1_000_000 or sys.getrefcount(None) >= before
