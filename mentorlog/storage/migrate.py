"""Bring a database to the schema this code expects, safely.

Before any migration of an SQLite file, it is backed up with the backup API; the whole
upgrade then runs in one transaction (DDL included), so a failure leaves the database
exactly as it was. A database written by a newer mentorlog is refused, never written.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, inspect, text

from mentorlog.i18n import msg
from mentorlog.paths import migrations_dir
from mentorlog.storage.backup import backup_sqlite
from mentorlog.storage.engine import reading, sqlite_path
from mentorlog.storage.errors import StorageError
from mentorlog.storage.schema_version import HEAD_REVISION

log = logging.getLogger(__name__)

__all__ = ["MigrationFailedError", "NewerDatabaseError", "StorageError", "upgrade"]


class NewerDatabaseError(StorageError):
    pass


class MigrationFailedError(StorageError):
    pass


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup_path: Path | None

    @property
    def migrated(self) -> bool:
        return self.from_revision != self.to_revision


def current_revision(engine: Engine) -> str | None:
    with reading(engine).connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(connection: Any = None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def applied(result: MigrationResult, revision: str) -> bool:
    """True when the migration ``result`` describes went through ``revision`` (from an
    earlier revision, not from an empty database)."""
    if not result.migrated or result.from_revision is None:
        return False
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    passed = script.iterate_revisions(result.to_revision, result.from_revision)
    return any(rev.revision == revision for rev in passed)


def _has_user_tables(engine: Engine) -> bool:
    with reading(engine).connect() as conn:
        return bool(inspect(conn).get_table_names())


def migration_due(engine: Engine) -> bool:
    return current_revision(engine) != HEAD_REVISION


def upgrade(engine: Engine, target: str = "head", key: bytes | None = None) -> MigrationResult:
    """Migrate to ``target`` (default: head) if needed; see the module docstring."""
    before = current_revision(engine)
    if before == HEAD_REVISION and target == "head":
        return MigrationResult(before, before, None)
    if before is not None and before not in known_revisions():
        raise NewerDatabaseError(
            msg(
                "This database was written by a newer version of mentorlog (schema {before}). It "
                "has not been changed. Please update mentorlog to open it.",
                before=before,
            )
        )
    backup_path = None
    db_file = sqlite_path(engine.url)
    if db_file is not None and db_file.exists() and _has_user_tables(engine):
        engine.dispose()  # the backup reads a settled file
        backup_path = backup_sqlite(db_file, reason=f"before-migration-{before or 'none'}", key=key)
        log.info("backed up %s to %s before migrating", db_file, backup_path)
    from alembic import command

    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), target)
    except Exception as exc:
        if backup_path:
            text = msg(
                "Updating the database to this version of mentorlog failed ({detail}). The "
                "database was left exactly as it was. A backup taken just before is at {path}.",
                detail=str(exc),
                path=str(backup_path),
            )
        else:
            text = msg(
                "Updating the database to this version of mentorlog failed ({detail}). The "
                "database was left exactly as it was.",
                detail=str(exc),
            )
        raise MigrationFailedError(text) from exc
    after = current_revision(engine)
    log.info("migrated database from %s to %s", before, after)
    return MigrationResult(before, after or "", backup_path)


def downgrade(engine: Engine, target: str) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), target)
