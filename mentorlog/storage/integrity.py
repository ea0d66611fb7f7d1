"""Checking a database is sound, on SQLite and PostgreSQL alike, and saying which checks
were run: the schema revision, SQLite's own integrity and foreign-key checks, that every
constraint the models rely on is there (unique keys, one-shot facts, CHECKs), and that the
audit trail's append-only guard triggers are in place. The audit chain itself is checked
by services/health.py, which knows the trail."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import CheckConstraint, Connection, Engine, Index, UniqueConstraint, inspect, text

from mentorlog.storage.engine import reading
from mentorlog.storage.migrate import current_revision
from mentorlog.storage.schema_version import HEAD_REVISION


@dataclass(frozen=True)
class CheckResult:
    name: str  # what was checked, in words
    ok: bool
    findings: tuple[str, ...] = ()  # what is wrong, when not ok


@dataclass(frozen=True)
class HealthReport:
    revision: str | None
    expected_revision: str
    integrity: list[str]  # "ok" alone when sound; SQLite's findings otherwise
    checks: tuple[CheckResult, ...] = field(default_factory=tuple)

    @property
    def schema_ok(self) -> bool:
        return self.revision == self.expected_revision

    @property
    def integrity_ok(self) -> bool:
        return self.integrity == ["ok"]

    @property
    def ok(self) -> bool:
        return self.schema_ok and self.integrity_ok and all(c.ok for c in self.checks)


def integrity_check(engine: Engine, quick: bool = False) -> list[str]:
    if engine.dialect.name != "sqlite":
        return ["ok"]  # a server checks its own pages; nothing comparable to run here
    pragma = "quick_check" if quick else "integrity_check"
    with reading(engine).connect() as conn:
        return [row[0] for row in conn.execute(text(f"PRAGMA {pragma}"))]


def foreign_key_findings(conn: Connection) -> list[str]:
    rows = conn.execute(text("PRAGMA foreign_key_check")).all()
    return [f"{r[0]} row {r[1]} refers to a missing {r[2]}" for r in rows[:20]]


def expected_constraints() -> dict[str, set[str]]:
    """The named unique and check constraints and unique indexes, by table, that the
    models (and so the migrations) define."""
    from mentorlog.models import Base

    wanted: dict[str, set[str]] = {}
    for table in Base.metadata.sorted_tables:
        names = wanted.setdefault(table.name, set())
        for constraint in table.constraints:
            if isinstance(constraint, UniqueConstraint | CheckConstraint) and constraint.name:
                names.add(str(constraint.name))
        for index in table.indexes:
            if isinstance(index, Index) and index.unique and index.name:
                names.add(str(index.name))
    return wanted


def missing_constraints(conn: Connection) -> list[str]:
    inspector = inspect(conn)
    present_tables = set(inspector.get_table_names())
    missing = []
    for table, names in expected_constraints().items():
        if table not in present_tables:
            missing.append(f"the table {table} is missing")
            continue
        found = {c["name"] for c in inspector.get_unique_constraints(table)}
        found |= {c["name"] for c in inspector.get_check_constraints(table)}
        found |= {i["name"] for i in inspector.get_indexes(table)}
        missing += [f"{table}: {name}" for name in sorted(names - {n for n in found if n})]
    return missing


def missing_guard_triggers(conn: Connection) -> list[str]:
    """The audit trail's append-only triggers that are not there (storage/audit_guard.py
    is where they are made and named)."""
    from mentorlog.storage.audit_guard import missing_guards

    return missing_guards(conn)


def check_health(engine: Engine) -> HealthReport:
    """Every check above that this kind of database has; see the module docstring."""
    revision = current_revision(engine)
    verdict = integrity_check(engine)
    checks = [CheckResult("schema revision", revision == HEAD_REVISION)]
    with reading(engine).connect() as conn:
        if engine.dialect.name == "sqlite":
            checks.append(CheckResult("SQLite integrity check", verdict == ["ok"], tuple(verdict)))
            keys = foreign_key_findings(conn)
            checks.append(CheckResult("foreign keys", not keys, tuple(keys)))
        if revision is not None:
            missing = missing_constraints(conn)
            checks.append(CheckResult("constraints and unique keys", not missing, tuple(missing)))
            triggers = missing_guard_triggers(conn)
            checks.append(
                CheckResult(
                    "audit trail guard triggers",
                    not triggers,
                    tuple(f"trigger {t} is missing" for t in triggers),
                )
            )
    return HealthReport(revision, HEAD_REVISION, verdict, tuple(checks))
