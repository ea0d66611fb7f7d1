"""Checking a database is sound: its schema revision and SQLite's integrity check."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text

from mentorlog.storage.migrate import current_revision
from mentorlog.storage.schema_version import HEAD_REVISION


@dataclass(frozen=True)
class HealthReport:
    revision: str | None
    expected_revision: str
    integrity: list[str]  # "ok" alone when sound; SQLite's findings otherwise

    @property
    def schema_ok(self) -> bool:
        return self.revision == self.expected_revision

    @property
    def integrity_ok(self) -> bool:
        return self.integrity == ["ok"]

    @property
    def ok(self) -> bool:
        return self.schema_ok and self.integrity_ok


def integrity_check(engine: Engine, quick: bool = False) -> list[str]:
    if engine.dialect.name != "sqlite":
        return ["ok"]  # a server checks its own pages; nothing comparable to run here
    pragma = "quick_check" if quick else "integrity_check"
    with engine.connect() as conn:
        return [row[0] for row in conn.execute(text(f"PRAGMA {pragma}"))]


def check_health(engine: Engine) -> HealthReport:
    return HealthReport(current_revision(engine), HEAD_REVISION, integrity_check(engine))
