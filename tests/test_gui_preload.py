"""The GUI's start imports the first screen's Qt-free modules before PySide6 (PySide6
reads the source of every module imported after it): the list must stay importable, and
Qt-free, as modules move."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import importlib, sys
from mentorlog.cli.gui import FIRST_SCREEN_MODULES
for name in FIRST_SCREEN_MODULES:
    importlib.import_module(name)
assert "PySide6" not in sys.modules, "a first-screen module imports Qt"
assert "mentorlog.models" in sys.modules
"""


def test_first_screen_modules_import_without_qt() -> None:
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
