"""Where mentorlog finds its own files and keeps the user's data.

In a source checkout ``migrations/`` and ``resources/`` sit beside the package; in an
installed wheel they travel inside it as ``_migrations`` and ``_resources``.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

APP_NAME = "mentorlog"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _locate(installed_name: str, checkout_name: str) -> Path:
    for candidate in (_PACKAGE_DIR / installed_name, _PACKAGE_DIR.parent / checkout_name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"mentorlog's {checkout_name} folder is missing from this installation "
        f"(looked in {_PACKAGE_DIR / installed_name} and {_PACKAGE_DIR.parent / checkout_name})"
    )


@cache
def migrations_dir() -> Path:
    return _locate("_migrations", "migrations")


@cache
def resources_dir() -> Path:
    return _locate("_resources", "resources")


def resource(*parts: str) -> Path:
    """Path of a file shipped under resources/, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"mentorlog resource not found: {'/'.join(parts)}")
    return path


def data_dir() -> Path:
    """The user's data directory (overridable with MENTORLOG_DATA_DIR, used by tests)."""
    override = os.environ.get("MENTORLOG_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return data_dir() / "mentorlog.db"
