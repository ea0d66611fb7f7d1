"""The dashboard's figures, kept per placement (models/dashboard.DashboardFigures) and kept
right by the writes that change them.

- **Kept right**: every change a service notes for the change feed (services/changes.py,
  beside its audit event) removes, in the same transaction, the kept rows of the
  placements it touched (``forget``); the framework, or "everything" (a restore, the
  demo), removes them all. So no row ever counts less than the records hold.
- **Worked out again when asked**: ``keep_current`` computes the missing or outdated rows
  of the placements a dashboard lists (services/attention_figures.py) and stores them in
  a short write of its own, before the dashboard reads; ``figures_source`` is what it
  reads: the kept rows that hold for the day, and, for any that do not (a database that
  can only be read, or a reader that began before the rows were stored), the figures
  worked out there and then. Either way the answer is the same.

A running placement's row holds for the day it was worked out for; one ended long
before keeps its row until a concern's review date comes round (``valid_until``).
"""

from __future__ import annotations

import logging
import uuid
from datetime import date
from typing import Any

from sqlalchemy import Date, Select, and_, bindparam, delete, exists, not_, select, union_all
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from mentorlog.models import Concern, DashboardFigures, Observation, Review, ShiftLog
from mentorlog.services.attention_figures import STORED, figures_query
from mentorlog.services.changes import ChangeKind
from mentorlog.services.expectations import Expectations, load_expectations

log = logging.getLogger(__name__)

_TABLE = DashboardFigures.__table__
# Changes to these records change a placement's figures (names, prisons and cohorts are
# read from their own tables as the dashboard is read, so their changes need nothing).
_PER_PLACEMENT: dict[ChangeKind, Any] = {
    ChangeKind.OBSERVATION: Observation,  # its ratings, signatures and answers too
    ChangeKind.REVIEW: Review,
    ChangeKind.CONCERN: Concern,
    ChangeKind.SHIFT_LOG: ShiftLog,
    ChangeKind.PLACEMENT: None,  # the record is the placement
}
_EVERY_PLACEMENT = frozenset({ChangeKind.FRAMEWORK})  # levels and the levels expected
COLUMNS = ("placement_id", "as_of", "valid_until", *STORED)


def forget(
    session: Session,
    kind: ChangeKind,
    record_id: uuid.UUID | None,
    placement_id: uuid.UUID | None,
) -> None:
    """A record of ``kind`` changed (services/changes.note): its placement's kept figures
    no longer hold. Unknown placement: read from the record, else every row goes."""
    if kind in _EVERY_PLACEMENT:
        forget_all(session)
        return
    if kind not in _PER_PLACEMENT:
        return
    if placement_id is None and kind == ChangeKind.PLACEMENT:
        placement_id = record_id
    model = _PER_PLACEMENT[kind]
    if placement_id is None and record_id is not None and model is not None:
        placement_id = session.scalar(select(model.placement_id).where(model.id == record_id))
    if placement_id is None:
        forget_all(session)
        return
    session.execute(delete(_TABLE).where(_TABLE.c.placement_id == placement_id))


def forget_all(session: Session) -> None:
    session.execute(delete(_TABLE))


def _holds(today: Any) -> Any:
    return and_(_TABLE.c.as_of <= today, _TABLE.c.valid_until >= today)


def _unkept(placement_ids: Select, today: date) -> Select:
    """Those of ``placement_ids`` (a SELECT of ids) with no kept row that holds today."""
    ids = placement_ids.subquery("dashboard_asked")
    pid = ids.c[0]
    held = select(_TABLE.c.placement_id).where(_TABLE.c.placement_id == pid, _holds(today))
    return select(pid.label("id")).where(not_(exists(held)))


def unkept_ids(
    session: Session, today: date, placement_ids: Select, params: dict[str, Any]
) -> list[uuid.UUID]:
    """Those of ``placement_ids`` (executed with ``params``) that this session sees no
    kept row for that holds ``today``."""
    return list(session.scalars(_unkept(placement_ids, today), params))


def keep_current(
    session: Session, today: date, placement_ids: Select, params: dict[str, Any] | None = None
) -> int:
    """Work out and store the figures of those of ``placement_ids`` (executed with
    ``params``) whose kept rows do not hold ``today``; how many were stored. Written in a
    short transaction of its own when ``session`` only reads (call it before that session
    reads anything, so that it reads them), so the dashboard's read never holds the write
    lock; not at all on a database that can only be read (the reader works them out)."""
    from mentorlog.storage.engine import READS_ONLY, writing

    bind = session.get_bind()
    assert isinstance(bind, Engine)
    params = params or {}
    if not bind.get_execution_options().get(READS_ONLY):
        return _store(session, today, placement_ids, params)
    with Session(bind) as look:  # a glance first: most times nothing is missing
        if look.scalar(select(exists(_unkept(placement_ids, today))), params) is not True:
            return 0
    try:
        with Session(writing(bind)) as own, own.begin():
            return _store(own, today, placement_ids, params)
    except Exception as exc:
        from mentorlog.storage.faults import Fault, fault_of

        if fault_of(exc) not in (Fault.READ_ONLY, Fault.BUSY, Fault.DISK_FULL):
            raise
        log.info("dashboard figures not stored (%s): worked out as read", fault_of(exc))
        return 0


def _store(session: Session, today: date, placement_ids: Any, params: dict[str, Any]) -> int:
    missing = unkept_ids(session, today, placement_ids, params)
    if not missing:
        return 0
    expectations = load_expectations(session)
    found = session.execute(figures_query(expectations, today), {"placement_ids": missing})
    rows = [dict(r) for r in found.mappings()]
    dialect = sqlite if session.get_bind().dialect.name == "sqlite" else postgresql
    insert = dialect.insert(_TABLE)
    # Another workstation may store the same placement meanwhile (PostgreSQL): its row,
    # worked out from the same records, is replaced by this one.
    upsert = insert.on_conflict_do_update(
        index_elements=["placement_id"],
        set_={name: insert.excluded[name] for name in COLUMNS[1:]},
    )
    session.execute(upsert, rows)
    return len(rows)


def kept_figures() -> Any:
    """The kept rows that hold on the day given as the parameter ``dashboard_day``."""
    return (
        select(*(_TABLE.c[name] for name in COLUMNS))
        .where(_holds(bindparam("dashboard_day", type_=Date)))
        .subquery("dashboard_figures_kept")
    )


def figures_source(expectations: Expectations, today: date, unkept: list[uuid.UUID]) -> Any:
    """``kept_figures``, and the figures of the ``unkept`` placements worked out from the
    records (those stored after the reader began, or not storable): the same COLUMNS."""
    kept = select(*(_TABLE.c[name] for name in COLUMNS)).where(
        _holds(bindparam("dashboard_day", type_=Date))
    )
    worked_out = (
        figures_query(expectations, today)
        .params(placement_ids=unkept)
        .subquery("dashboard_worked_out")
    )
    now = select(*(worked_out.c[name] for name in COLUMNS))
    return union_all(kept, now).subquery("dashboard_figures_now")
