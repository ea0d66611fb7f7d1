"""What a report may show, as SQL: the one place that keeps private notes and drafts out.

Every query behind a PDF builds on these clauses, so a private mentor note, a draft, a
deleted entry or a superseded version can never reach a report, whoever asks for it.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import QueryableAttribute, Session

from mentorlog.models import (
    Observation,
    PhaseExpectation,
    Reflection,
    SignOff,
    SignOffKind,
)
from mentorlog.services.access import shared_current_observation, shared_reflection


def shared_observations(date_from: date | None, date_to: date | None) -> ColumnElement[bool]:
    """Observations a report may show: published, shared with the student, current, kept."""
    clauses = [shared_current_observation()]
    if date_from is not None:
        clauses.append(Observation.observed_on >= date_from)
    if date_to is not None:
        clauses.append(Observation.observed_on <= date_to)
    return and_(*clauses)


def shared_reflections(date_from: date | None, date_to: date | None) -> ColumnElement[bool]:
    """Reflections the student shared, not deleted, written in the period."""
    clauses = [shared_reflection(), Reflection.deleted_at.is_(None)]
    if date_from is not None:
        clauses.append(Reflection.written_on >= date_from)
    if date_to is not None:
        clauses.append(Reflection.written_on <= date_to)
    return and_(*clauses)


def signs_record(
    record_type: str,
    record_id: ColumnElement[uuid.UUID] | QueryableAttribute[uuid.UUID],
    lineage_id: ColumnElement[uuid.UUID] | QueryableAttribute[uuid.UUID],
) -> ColumnElement[bool]:
    """A sign-off on a versioned record, whether it names the row or its lineage."""
    return and_(
        SignOff.record_type == record_type,
        or_(SignOff.record_id == record_id, SignOff.record_id == lineage_id),
    )


RESPONSE_KINDS = (SignOffKind.ACKNOWLEDGED, SignOffKind.DISAGREED)


def expected_values(session: Session) -> dict[tuple[uuid.UUID, str], int]:
    """(framework version, phase) -> the level expected by the end of that phase."""
    rows = session.execute(
        select(
            PhaseExpectation.framework_version_id,
            PhaseExpectation.phase,
            PhaseExpectation.expected_value,
        )
    )
    return {(vid, str(phase)): value for vid, phase, value in rows}
