"""Opening mentorlog's database for use: migrate, then make sure defaults exist."""

from __future__ import annotations

from mentorlog.services.frameworks import ensure_default_framework
from mentorlog.storage.database import Database, open_database
from mentorlog.storage.keyring import Keyring
from mentorlog.storage.locate import Target


def prepare_database(
    target: Target = None, *, keyring: Keyring | None = None
) -> Database:
    """Open and migrate the database (encrypted when a keyring is given), and load the
    default framework on first start."""
    db = open_database(target, keyring=keyring)
    if not db.read_only:
        with db.transaction() as session:
            ensure_default_framework(session)
    return db
