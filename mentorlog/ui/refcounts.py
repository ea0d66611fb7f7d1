"""Keeping PySide6 6.12.0 from aborting mentorlog on CPython 3.11.

That PySide6 drops one reference to ``None`` each time Python calls a Qt method that
returns nothing (``label.setText``, ``widget.show``, ``processEvents``...), as it does to
``True`` on signal emits (see ui.editors.pyside_workarounds). ``None`` starts with a few
thousand references, so after some thousands of calls its count reaches zero and CPython
aborts with "none_dealloc": minutes into a real session. CPython 3.12 and later make
these objects immortal; here the same is done by hand, once: their counts are raised by
2**40, which no session can wear down. Only when the defect is there, only on CPython
before 3.12 (not a debug build). Remove with the PySide6 pin or fix.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

_BOOST = 1 << 40
_done = False


def void_calls_lose_none() -> bool:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    lost = before - sys.getrefcount(None)
    if lost > 0:  # give back what the probe itself took
        ctypes.c_ssize_t.from_address(id(None)).value += lost
    return lost >= 8


def immortalize_singletons() -> bool:
    """Raise the reference counts of None, True and False out of reach if this PySide6
    loses references to them; True when that was needed (and done)."""
    global _done
    if _done:
        return True
    if (
        sys.implementation.name != "cpython"
        or sys.version_info >= (3, 12)
        or hasattr(sys, "gettotalrefcount")  # a debug build lays objects out differently
        or not void_calls_lose_none()
    ):
        return False
    for singleton in (None, True, False):
        # ob_refcnt is an object's first field in a release build of CPython 3.11.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _BOOST
    _done = True
    return True
