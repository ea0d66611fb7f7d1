"""Creating encrypted databases, and converting an unencrypted one (from an earlier
mentorlog) safely: the encrypted copy is written beside it, verified against the
original, kept as a backup, and only then takes the original's place. Earlier
unencrypted backups are converted too, so nothing readable stays beside the database."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from mentorlog.i18n import msg
from mentorlog.storage.backup import backups_dir, create_backup, inspect_file
from mentorlog.storage.errors import StorageError
from mentorlog.storage.keys import KeyFile, create_keyfile, sqlcipher_key_literal
from mentorlog.storage.sqlite_files import (
    connect,
    is_plain_sqlite,
    keyfile_path,
    plain_site_language,
)

log = logging.getLogger(__name__)


class EncryptionError(StorageError):
    pass


@dataclass(frozen=True)
class NewKeys:
    keyfile: KeyFile
    key: bytes
    recovery_key: str  # shown once to the administrator, never stored


def new_encrypted_database(db_path: Path, people: dict[str, str]) -> NewKeys:
    """Keys for a database about to be created at ``db_path``: a random key, a recovery
    slot and one slot per ``username: password``. The file itself is made when it is
    first opened with the key."""
    from mentorlog.storage.keys import new_database_key

    if db_path.exists() and db_path.stat().st_size > 0:
        raise EncryptionError(msg("{path} already exists.", path=str(db_path)))
    key = new_database_key()
    keyfile, recovery = create_keyfile(db_path, key)
    for username, password in people.items():
        keyfile.add_person(key, username, password)
    keyfile.save()
    return NewKeys(keyfile, key, recovery)


def _table_counts(path: Path, key: bytes | None) -> dict[str, int]:
    conn = connect(path, key, read_only=True)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def _export_encrypted(plain: Path, target: Path, key: bytes) -> None:
    """Copy every table, index and trigger of ``plain`` into a new encrypted ``target``."""
    import sqlcipher3

    target.unlink(missing_ok=True)
    conn = sqlcipher3.connect(str(plain))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(
            f'ATTACH DATABASE ? AS encrypted KEY "{sqlcipher_key_literal(key)}"', (str(target),)
        )
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())


def encrypt_existing(db_path: Path, people: dict[str, str]) -> NewKeys:
    """Convert the unencrypted database at ``db_path`` in place (see module docstring).

    ``people`` maps the usernames to give slots now to their passwords (at least the
    person converting); others get a slot when their password is next set.
    """
    if not is_plain_sqlite(db_path):
        raise EncryptionError(
            msg("{path} is not an unencrypted mentorlog database.", path=str(db_path))
        )
    if keyfile_path(db_path).exists():
        raise EncryptionError(
            msg(
                "{file} already exists beside {path}.",
                file=keyfile_path(db_path).name,
                path=str(db_path),
            )
        )
    if not people:
        raise EncryptionError(msg("At least one person must be able to open the database."))
    from mentorlog.storage.keys import new_database_key

    key = new_database_key()
    staging = db_path.with_name(db_path.name + ".encrypting")
    try:
        _export_encrypted(db_path, staging, key)
        verdict = inspect_file(staging, key)[1]
        if verdict != "ok" or _table_counts(staging, key) != _table_counts(db_path, None):
            raise EncryptionError(
                msg(
                    "The encrypted copy did not match the original; the database was left as it "
                    "was, unencrypted."
                )
            )
        keyfile, recovery = create_keyfile(db_path, key)
        for username, password in people.items():
            keyfile.add_person(key, username, password)
        keyfile.language = plain_site_language(db_path)  # its sign-in screen's language
        keyfile.save()  # before the swap: an encrypted file never exists without its keys
        create_backup(
            staging,
            "before-encryption",
            key=key,
            dest=backups_dir(db_path) / f"{db_path.stem}-encrypted-copy.db",
        )
        for side in ("-wal", "-shm"):
            db_path.with_name(db_path.name + side).unlink(missing_ok=True)
        os.replace(staging, db_path)
    except BaseException:
        staging.unlink(missing_ok=True)
        if not is_plain_sqlite(db_path) or not db_path.exists():
            raise
        keyfile_path(db_path).unlink(missing_ok=True)
        raise
    _encrypt_old_backups(db_path, key)
    log.info("converted %s to an encrypted database", db_path)
    return NewKeys(keyfile, key, recovery)


def _encrypt_old_backups(db_path: Path, key: bytes) -> None:
    for old in sorted(backups_dir(db_path).glob("*.db")):
        if not is_plain_sqlite(old):
            continue
        staging = old.with_name(old.name + ".encrypting")
        try:
            _export_encrypted(old, staging, key)
            if inspect_file(staging, key)[1] != "ok":
                raise EncryptionError(msg("{file} could not be encrypted", file=old.name))
            os.replace(staging, old)
        except Exception as exc:  # a broken old backup must not stop the conversion
            staging.unlink(missing_ok=True)
            log.warning("removing unencrypted backup %s that could not be converted: %s", old, exc)
            old.unlink(missing_ok=True)
