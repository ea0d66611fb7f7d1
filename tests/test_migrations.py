"""Migrations in the spirit of pytest-alembic, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from mentorlog.models import Base
from mentorlog.storage import migrate
from mentorlog.storage.database import open_database
from mentorlog.storage.engine import make_engine, resolve_url
from mentorlog.storage.migrate import (
    MigrationFailedError,
    NewerDatabaseError,
    alembic_config,
    current_revision,
    downgrade,
    upgrade,
)
from mentorlog.storage.schema_version import HEAD_REVISION
from mentorlog.storage.search_schema import include_object


def test_single_head_matches_the_code() -> None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert heads == [HEAD_REVISION]


def test_upgrade_from_empty_reaches_head(any_db_url: str) -> None:
    engine = make_engine(resolve_url(any_db_url))
    result = upgrade(engine)
    assert result.from_revision is None
    assert current_revision(engine) == HEAD_REVISION
    assert "observation" in inspect(engine).get_table_names()
    engine.dispose()


def test_models_match_the_migrated_schema(any_db_url: str) -> None:
    engine = make_engine(resolve_url(any_db_url))
    upgrade(engine)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        diff = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diff == []


def test_downgrade_and_upgrade_round_trip(any_db_url: str) -> None:
    engine = make_engine(resolve_url(any_db_url))
    upgrade(engine)
    downgrade(engine, "base")
    assert current_revision(engine) is None
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(engine)
    assert current_revision(engine) == HEAD_REVISION
    engine.dispose()


def test_sqlite_is_configured_for_durability(db) -> None:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        pragmas = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
        }
    assert pragmas["foreign_keys"] == 1
    assert pragmas["journal_mode"] == "wal"
    assert pragmas["synchronous"] == 2  # FULL
    assert pragmas["busy_timeout"] >= 5000


@pytest.fixture
def failing_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the real migrations plus a revision that changes the schema, then fails."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.migrations_dir(), scripts)
    (scripts / "versions" / "9999_broken.py").write_text(
        f'''
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{HEAD_REVISION}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.add_column("person", sa.Column("nickname", sa.String(20)))
    raise RuntimeError("simulated failure half-way")


def downgrade():
    pass
'''
    )
    monkeypatch.setattr(migrate, "migrations_dir", lambda: scripts)
    return scripts


def test_failed_migration_leaves_database_as_before(
    db_path: Path, failing_migrations: Path
) -> None:
    engine = make_engine(resolve_url(db_path))
    before = sorted(inspect(engine).get_table_names())
    with pytest.raises(MigrationFailedError) as excinfo:
        upgrade(engine, "9999")
    assert "left exactly as it was" in str(excinfo.value)
    assert current_revision(engine) == HEAD_REVISION
    assert sorted(inspect(engine).get_table_names()) == before
    assert "nickname" not in {c["name"] for c in inspect(engine).get_columns("person")}
    engine.dispose()


def test_backup_is_taken_before_migrating(db_path: Path, failing_migrations: Path) -> None:
    engine = make_engine(resolve_url(db_path))
    with pytest.raises(MigrationFailedError):
        upgrade(engine, "9999")
    engine.dispose()
    backups = list((db_path.parent / "backups").glob("*.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,
        )
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM scale_level").fetchone()[0] > 0


def test_no_backup_when_nothing_to_migrate(db_path: Path) -> None:
    open_database(db_path).close()
    assert not (db_path.parent / "backups").exists()


def test_database_from_a_newer_mentorlog_is_refused_untouched(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError) as excinfo:
        open_database(db_path)
    assert "newer version of mentorlog" in str(excinfo.value)
    assert db_path.read_bytes() == before
    assert not (db_path.parent / "backups").exists()


def test_revision_0005_keeps_every_row_down_and_up_on_a_filled_database(db_path: Path) -> None:
    """0005 changes tables that others point at (placement, person, academy, cohort): on
    SQLite it must never rebuild them, which would cascade into their children."""
    from datetime import date

    from sqlalchemy import func, select

    from mentorlog.models import Observation, PlacementMentor, Role
    from tests.factories import Factory

    database = open_database(db_path)
    with database.transaction() as s:
        f = Factory(s)
        mentor = f.person("Liis", "Tamm", Role.MENTOR)
        cohort = f.cohort("Intake")
        p = f.placement(f.person("Mari", "Kask", Role.STUDENT), [mentor], cohort=cohort)
        f.observation(p, mentor, date(2025, 3, 1), "Kept through the migration.")
    tables = (
        "person",
        "role_assignment",
        "academy",
        "cohort",
        "placement",
        "placement_mentor",
        "observation",
        "rating",
        "audit_event",
    )

    def counts() -> dict[str, int]:
        with database.engine.connect() as conn:
            return {
                t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one() for t in tables
            }

    before = counts()
    downgrade(database.engine, "0004")
    assert counts() == before
    upgrade(database.engine)
    assert counts() == before
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
    with database.transaction() as s:
        assert s.scalar(select(func.count()).select_from(Observation)) == 1
        assert s.scalar(select(PlacementMentor.mentor_id)) == mentor.id
        row = s.get(type(p), p.id)
        assert row is not None and row.cohort_id == cohort.id and row.row_version == 1
        row.status = "interrupted"  # the widened CHECK takes the new status
    database.close()
