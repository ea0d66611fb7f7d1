"""Reading back the audit head a mentorlog PDF report was made with, and checking it.

Every report keeps its head in its keywords (reports/page.py); ``mentorlog verify-report``
finds it there, without a PDF library, and checks that the database's trail still holds
that event with that hash and at least that many events (trail_check with the report as
one more anchor), and names the export that wrote the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.models import AuditEvent
from mentorlog.reports.content import AUDIT_KEYWORD, AuditHead

_PATTERN = re.compile(
    re.escape(AUDIT_KEYWORD).encode("ascii") + rb" seq=(\d+) hash=([0-9a-f]{64}) events=(\d+)"
)


def read_report_head(path: Path) -> AuditHead | None:
    """The head in the report at ``path``, or None when it carries none (not a mentorlog
    report, or one from before heads were kept)."""
    found = _PATTERN.search(path.read_bytes())
    if found is None:
        return None
    return AuditHead(int(found[1]), found[2].decode("ascii"), int(found[3]))


@dataclass(frozen=True)
class Export:
    seq: int
    actor_name: str
    occurred_at: object


def export_event(session: Session, head: AuditHead, file_name: str) -> Export | None:
    """The first ``report.export`` after the head that names ``file_name``."""
    rows = session.execute(
        select(AuditEvent.seq, AuditEvent.actor_name, AuditEvent.occurred_at, AuditEvent.detail)
        .where(AuditEvent.action == "report.export", AuditEvent.seq > head.seq)
        .order_by(AuditEvent.seq)
        .limit(500)
    )
    for seq, actor_name, occurred_at, detail in rows:
        if isinstance(detail, dict) and detail.get("file") == file_name:
            return Export(seq, actor_name, occurred_at)
    return None
