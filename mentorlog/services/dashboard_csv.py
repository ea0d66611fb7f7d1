"""The dashboard's rows as CSV, for the academy's own records: one row per placement with
the dashboard's columns and its attention level, written whole and put on the audit trail.

The same file comes from **Export…** in the dashboard (its filters as shown) and from
``mentorlog report cohort NAME --csv FILE`` (every placement of the cohort).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from mentorlog.services import audit
from mentorlog.services.access import Actor
from mentorlog.services.attention import DashboardFilter, dashboard_rows
from mentorlog.services.attention_row import AttentionRow
from mentorlog.services.attention_rules import LEVEL_WORDS
from mentorlog.services.report_export import write_atomically

COLUMNS = (
    "attention",
    "score",
    "reasons",
    "student",
    "prison",
    "unit",
    "cohort",
    "academy",
    "lead_mentor",
    "phase",
    "status",
    "starts_on",
    "ends_on",
    "days_left",
    "latest_review",
    "outcome",
    "open_concerns",
    "escalated_concerns",
    "midpoint_review_overdue",
    "final_review_due",
    "nrt",
    "nrt_last_4_weeks",
    "remedial_minutes",
    "disagreements",
    "waiting_for_student",
    "waiting_for_mentor",
    "last_observed_on",
    "days_since_observed",
    "hours_logged",
    "target_hours",
    "hours_expected_by_now",
    "level_expected_by_now",
    "competencies_below_expected",
    "placement_id",
)


def _values(row: AttentionRow) -> list[object]:
    return [
        LEVEL_WORDS[row.level],
        row.score,
        "; ".join(row.reason_texts()),
        row.student,
        row.prison,
        row.unit,
        row.cohort,
        row.academy,
        row.lead_mentor,
        row.phase,
        row.status,
        row.starts_on.isoformat(),
        row.ends_on.isoformat(),
        row.days_left,
        row.latest_review_kind,
        row.final_progress or row.latest_progress,
        row.open_concerns,
        row.escalated_concerns,
        "yes" if row.midpoint_review_overdue else "no",
        "yes" if row.final_review_due else "no",
        row.nrt,
        row.recent_nrt,
        row.remedial_minutes,
        row.disagreements,
        row.awaiting_answer,
        row.awaiting_signature,
        row.last_observed_on.isoformat() if row.last_observed_on else "",
        "" if row.days_since_observed is None else row.days_since_observed,
        f"{row.hours_logged:g}",
        row.target_hours,
        f"{row.hours_expected:.1f}",
        "" if row.expected_level is None else f"{row.expected_level:.2f}",
        row.below_expected,
        str(row.placement_id),
    ]


def csv_text(rows: Iterable[AttentionRow]) -> str:
    """The rows as CSV text (a header line, then one line per placement)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(_values(row))
    return out.getvalue()


def export_csv(
    session: Session,
    actor: Actor,
    path: Path,
    filters: DashboardFilter,
    *,
    today: date | None = None,
) -> int:
    """Write the dashboard's rows for ``filters`` to ``path`` (UTF-8 with a byte-order
    mark, which spreadsheet programs need to read ø and Cyrillic right); the row count."""
    rows = dashboard_rows(session, actor, filters, today=today)
    write_atomically(path, csv_text(rows).encode("utf-8-sig"))
    audit.record_after_reading(
        session,
        actor,
        "report.export",
        entity_type="cohort" if filters.cohort_id else "",
        entity_id=filters.cohort_id,
        detail={"file": path.name, "rows": len(rows), "format": "csv", "of": "dashboard"},
    )
    return len(rows)
