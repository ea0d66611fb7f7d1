"""Working around PySide6 6.12.0 on CPython 3.11, which drains the references of None
and True until the interpreter aborts ("none_dealloc" / "bool_dealloc").

PySide6 6.12.0 ships abi3 wheels whose ``Py_RETURN_NONE``/``Py_True`` paths take no
reference (as CPython 3.12+, where these objects are immortal, allows). On 3.11 every
call of a void method (``setText``, ``setEnabled``, ``processEvents`` ...) takes a
reference away from None, and every ``signal.emit`` one from True. True starts with a
few hundred, None with some tens of thousands: the app aborts after some hundreds of
emits, or tens of thousands of widget calls. PySide6 6.11.3 does not do this, nor does
any PySide6 on CPython 3.12+. The real fix is one of those two (the project's call);
until then:

1. ``install()`` detects the emit defect and wraps ``SignalInstance.emit`` to give True
   its reference back: that moves the first abort from hundreds of emits to tens of
   thousands of calls. Nothing can be done here for the void methods.
2. ``QComboBox.currentData()``, ``QTreeWidgetItem.data()`` and ``QModelIndex.data()``
   also hand back an empty value as None without a reference; the editors store "" as
   item data instead of None.

Remove this module once the dependency is pinned below 6.12 or Python is 3.12+.
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
