"""Working around PySide6 6.12.0 defects that abort the app on CPython 3.11.

1. ``SignalInstance.emit`` returns its bool without taking a reference, so every emit from
   Python takes one reference away from ``True``. ``True`` starts with a few hundred, so
   after some hundreds of emits (autosaves, background results, change notices) CPython
   3.11 aborts with "bool_dealloc: deallocating True or False". ``install()`` detects the
   defect and, only then, wraps ``emit`` to give the reference back.
2. ``QComboBox.currentData()``, ``QTreeWidgetItem.data()`` and ``QModelIndex.data()``
   return ``None`` for an empty value without a reference; the editors store "" instead
   of None as item data, so they never ask for one.

PySide6 6.11.3 has neither defect, and CPython 3.12+ makes these objects immortal. Remove
this module when the dependency is pinned or fixed.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_installed = False


class _Probe(QObject):
    ping = Signal()


def emit_loses_references() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    # Give back what the probe itself took.
    for _ in range(max(lost, 0)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost >= 8


def install() -> bool:
    """Wrap ``SignalInstance.emit`` if this PySide6 loses references; True if wrapped."""
    global _installed
    if _installed:
        return True
    if not emit_loses_references():
        return False
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        incref(result)  # the reference PySide6 6.12.0 fails to take
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _installed = True
    return True
