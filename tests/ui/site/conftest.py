"""Site windows' fixtures: every window a test opened is closed after it."""

from __future__ import annotations

from tests.site.conftest import new_site
from tests.ui.editors.conftest import _close_windows

__all__ = ["_close_windows", "new_site"]
