"""Icons shipped as SVG files under resources/icons, found through one helper."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from mentorlog.paths import resources_dir


@cache
def icon(name: str) -> QIcon:
    """``icon("find")`` is resources/icons/find.svg; an empty icon if it is missing."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
