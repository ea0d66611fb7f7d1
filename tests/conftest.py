"""Shared fixtures: a migrated template database copied per test, and PostgreSQL."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # A desk's 1920 x 1080 (where windows open), and the small screens of a prison
    # workstation (1024 x 768) and a laptop (1366 x 768) beside it, which
    # tests/ui/shell/test_screens.py opens windows on.
    SCREENS = Path(__file__).resolve().parent / "ui" / "screens.json"
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREENS}"
# Tests make hundreds of key slots and signing keys: the documented test-only Argon2id cost
# (storage/kdf.py) keeps them fast. test_kdf.py checks the strong default without it.
os.environ.setdefault("MENTORLOG_KDF_PROFILE", "test-only-weak")

PG_URL_VAR = "MENTORLOG_TEST_PG_URL"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user's data directory or inherits a MENTORLOG_DB."""
    monkeypatch.setenv("MENTORLOG_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MENTORLOG_DB", raising=False)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file migrated to head with the default framework, made once."""
    from mentorlog.services.startup import prepare_database

    path = tmp_path_factory.mktemp("template") / "template.db"
    db = prepare_database(path)
    db.close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "mentorlog.db"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator:
    from mentorlog.storage.database import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database on the server named by MENTORLOG_TEST_PG_URL.

    `scripts/test.sh` (and so `.ci/run`) starts a server and sets the variable. Run bare
    pytest with ``-m "not postgres"`` to leave these out knowingly.
    """
    base = os.environ.get(PG_URL_VAR)
    if not base:
        pytest.fail(
            f"{PG_URL_VAR} is not set: run scripts/test.sh, which starts PostgreSQL, "
            'or deselect these tests with -m "not postgres"'
        )
    name = f"mentorlog_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(base).set(database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each storage test runs on a fresh SQLite file and on a real PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "fresh.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def search_db(request: pytest.FixtureRequest, db):  # type: ignore[no-untyped-def]
    """A migrated database on SQLite and on PostgreSQL, for what both engines answer
    (full-text search, accent-folded filters)."""
    if request.param == "sqlite":
        yield db
        return
    from mentorlog.services.startup import prepare_database

    pg = prepare_database(request.getfixturevalue("pg_url"))
    yield pg
    pg.close()
