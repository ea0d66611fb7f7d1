"""The modules signing in and the first screen need (services/warm_up.py) are loaded on
the sign-in screen's worker, or before PySide6 when the database opens first (PySide6
reads the source of every module imported after it): the list must stay importable, and
Qt-free, as modules move."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
from mentorlog.services.warm_up import warm_up
warm_up(encryption=True)
assert "PySide6" not in sys.modules, "a first-screen module imports Qt"
assert "mentorlog.models" in sys.modules and "sqlcipher3" in sys.modules
"""


def test_warm_up_loads_the_first_screens_modules_without_qt() -> None:
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
