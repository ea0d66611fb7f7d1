"""``mentorlog check``: every check this kind of database has, and the audit chain.

storage/integrity.py checks what storage knows (schema revision, SQLite's integrity and
foreign keys, constraints, the audit guard triggers); the audit trail's hash chain is
walked here, in the same read-only session, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from mentorlog.services import audit
from mentorlog.storage.database import Database
from mentorlog.storage.integrity import CheckResult, HealthReport, check_health


def check_database(db: Database) -> HealthReport:
    """Check ``db`` without changing it; the report names each check it ran."""
    report = check_health(db.engine)
    if report.revision is None:
        return report
    with db.session() as session:
        chain = audit.verify_chain(session)
    bad = chain.first_bad
    finding = () if bad is None else (f"event {bad.seq} ({bad.action}) {bad.problem}",)
    name = f"audit chain ({chain.events_checked} events)"
    return HealthReport(
        report.revision,
        report.expected_revision,
        report.integrity,
        (*report.checks, CheckResult(name, bad is None, finding)),
    )
