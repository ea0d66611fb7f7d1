"""The PDF of a student's access request: every section, every record, every field.

Rendered from plain data (section title -> list of records as field -> value), so it knows
nothing of the database; the same data is also written out as JSON.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from mentorlog.reports.content import AuditHead
from mentorlog.reports.page import PageFrame, build_pdf, content_width
from mentorlog.reports.styles import LIST_TABLE, label, styles, text

Records = Mapping[str, Sequence[Mapping[str, Any]]]


def _value(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, indent=1)
    return str(value)


def _record_table(record: Mapping[str, Any], width: float) -> Table:
    st = styles()
    rows = [
        [Paragraph(text(label(key)), st.cell_small), Paragraph(text(_value(v)), st.cell)]
        for key, v in record.items()
    ]
    table = Table(rows, colWidths=[42 * mm, width - 42 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([*LIST_TABLE[2:], ("LINEABOVE", (0, 0), (-1, 0), 0.8, "#5F6B7A")]))
    return table


def render_subject_access(
    subject: str,
    generated_at: datetime,
    sections: Records,
    *,
    academy: str = "",
    audit_head: AuditHead | None = None,
) -> tuple[bytes, int]:
    """The access-request PDF and its page count."""
    frame = PageFrame(
        academy=academy,
        title="Personal data held by mentorlog",
        subject=subject,
        place="",
        period="all records",
        generated_at=generated_at,
        audit_head=audit_head,
    )
    st = styles()
    width = content_width(frame)
    story: list[Flowable] = [
        Paragraph(text("Personal data held by mentorlog"), st.title),
        Paragraph(text(subject), st.subtitle),
        Paragraph(
            text(
                "Everything mentorlog holds about this person, including mentors' private "
                "notes and unfinished drafts about them and the audit events about them, as "
                "at " + generated_at.strftime("%Y-%m-%d %H:%M UTC") + ". Passwords and "
                "sign-in counters are never exported."
            ),
            st.note,
        ),
    ]
    for title, records in sections.items():
        story.append(Paragraph(text(f"{title} ({len(records)})"), st.h1))
        if not records:
            story.append(Paragraph(text("None held."), st.muted))
            continue
        for record in records:
            story += [KeepTogether([_record_table(record, width)]), Spacer(1, 3 * mm)]
    return build_pdf(story, frame, subject="Subject access export")
