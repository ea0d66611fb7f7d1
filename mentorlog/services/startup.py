"""Opening mentorlog's database for use: migrate, then make sure defaults exist."""

from __future__ import annotations

import os

from mentorlog.services.frameworks import ensure_default_framework
from mentorlog.storage.database import Database, open_database


def prepare_database(target: str | os.PathLike[str] | None = None) -> Database:
    """Open and migrate the database, and load the default framework on first start."""
    db = open_database(target)
    with db.transaction() as session:
        ensure_default_framework(session)
    return db
