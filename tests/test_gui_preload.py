"""The modules signing in and the first screen need (services/warm_up.py) are loaded on
the sign-in screen's worker, or before PySide6 when the database opens first (PySide6
reads the source of every module imported after it): the list must stay importable, and
Qt-free, as modules move."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import importlib, sys
from mentorlog.services.warm_up import MODULES
for name in MODULES:
    importlib.import_module(name)
assert "PySide6" not in sys.modules, "a first-screen module imports Qt"
assert "mentorlog.models" in sys.modules
"""


def test_first_screen_modules_import_without_qt() -> None:
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
