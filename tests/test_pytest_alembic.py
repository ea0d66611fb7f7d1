"""pytest-alembic's built-in migration tests, on a fresh SQLite file and on PostgreSQL.

The tool hands ``migrations/env.py`` an Engine (mentorlog itself hands a Connection), and
its autogenerate check must find the models and the migrated schema alike, the search
objects the models do not know left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_alembic import Config
from pytest_alembic.tests import (
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import Engine

from mentorlog.storage.engine import make_engine, resolve_url
from mentorlog.storage.migrate import alembic_config as mentorlog_alembic_config

__all__ = [
    "test_model_definitions_match_ddl",
    "test_single_head_revision",
    "test_up_down_consistency",
    "test_upgrade",
]


@pytest.fixture
def alembic_config() -> Config:
    return Config(alembic_config=mentorlog_alembic_config())


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def alembic_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        target = str(tmp_path / "alembic.db")
    else:
        target = request.getfixturevalue("pg_url")
    engine = make_engine(resolve_url(target))
    yield engine
    engine.dispose()
