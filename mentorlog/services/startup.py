"""Opening mentorlog's database for use: migrate, then make sure defaults exist."""

from __future__ import annotations

from mentorlog.services.frameworks import ensure_default_framework
from mentorlog.services.sealing import SIGNATURES_REVISION, seal_existing
from mentorlog.storage.database import Database, open_database
from mentorlog.storage.keyholder import KeyHolder
from mentorlog.storage.keyring import Keyring
from mentorlog.storage.locate import Target
from mentorlog.storage.migrate import applied


def prepare_database(
    target: Target = None,
    *,
    keyring: Keyring | None = None,
    keyholder: KeyHolder | None = None,
) -> Database:
    """Open and migrate the database (encrypted when a keyring is given), and load the
    default framework on first start. ``keyholder``: signing keys to keep (the same
    database opened again)."""
    db = open_database(target, keyring=keyring, keyholder=keyholder)
    if not db.read_only:
        with db.transaction() as session:
            ensure_default_framework(session)
            if db.migration is not None and applied(db.migration, SIGNATURES_REVISION):
                # Sign-offs from before signatures: their digests, sealed once.
                seal_existing(session)
    return db
