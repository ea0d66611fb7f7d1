"""Revision 0012 (a framework's wording in several languages) on a filled database, on
SQLite and PostgreSQL: down and up again, every rating and framework row kept, and a
version's signed content unchanged for a version in English only."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from mentorlog.models import FrameworkVersion, Role
from mentorlog.services.framework_content import framework_versions
from mentorlog.services.frameworks import framework_info
from mentorlog.services.startup import prepare_database
from mentorlog.storage.migrate import alembic_config, current_revision, downgrade, upgrade
from mentorlog.storage.schema_version import HEAD_REVISION
from tests.factories import Factory

TABLES = ("framework_version", "domain", "competency", "scale_level", "competency_anchor")


def _before_0012(engine) -> str:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        script = ScriptDirectory.from_config(alembic_config(conn))
    down = script.get_revision("0012").down_revision
    assert isinstance(down, str)
    return down


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("pg", marks=pytest.mark.postgres)])
def test_0012_down_and_up_keeps_every_row(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    target = str(tmp_path / "filled.db") if kind == "sqlite" else request.getfixturevalue("pg_url")
    db = prepare_database(target)  # the default framework, in every language it has
    try:
        with db.transaction() as s:
            f = Factory(s)
            version_id = f.version_id
            mentor = f.person("Liis", "Tamm", Role.MENTOR)
            p = f.placement(f.person("Mari", "Kask", Role.STUDENT), [mentor])
            f.observation(p, mentor, date(2025, 3, 1), "Kept.", ratings={"COM-1": 3, "SUR-2": 4})
            english = framework_info(s, version_id, "en")
        assert english.languages == ("en", "nb", "fi", "et", "fr", "nl")
        english = replace(english, languages=("en",))  # the way down drops the others

        def counts() -> dict[str, int]:
            with db.engine.connect() as conn:
                return {
                    t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()
                    for t in (*TABLES, "rating", "phase_expectation")
                }

        before = counts()
        downgrade(db.engine, _before_0012(db.engine))
        assert counts() == before
        for table in TABLES:
            columns = {c["name"] for c in inspect(db.engine).get_columns(table)}
            assert "translations" not in columns and "language" not in columns, table
        upgrade(db.engine)
        assert current_revision(db.engine) == HEAD_REVISION
        assert counts() == before
        with db.transaction() as s:
            version = s.get_one(FrameworkVersion, version_id)
            assert version.language == "en" and version.translations is None
            assert framework_info(s, version_id, "en") == english
            assert framework_info(s, version_id, "nb") == english  # English only, as before
            # what is signed for a version in English only reads as it did before 0012
            content = framework_versions(s, [version_id])
        assert '"translations"' not in json.dumps(content)
        assert '"language"' not in json.dumps(content)
    finally:
        db.close()
