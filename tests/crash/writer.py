"""A mentorlog process that records observations as fast as it can, for the kill test.

After each save is committed (durably: WAL with synchronous=FULL) it prints
``CONFIRMED <id>``; the test kills it with SIGKILL at a random point and checks that
every confirmed save survived and the file is sound.

Usage: python -m tests.crash.writer DB_PATH PLACEMENT_ID MENTOR_ID
"""

from __future__ import annotations

import sys
import uuid
from datetime import date

from sqlalchemy import select

from mentorlog.models import Competency, Role, Shift
from mentorlog.services.access import Actor
from mentorlog.services.observations import ObservationInput, RatingInput, publish
from mentorlog.storage.database import open_database


def main(db_path: str, placement_id: str, mentor_id: str) -> None:
    db = open_database(db_path)
    actor = Actor(uuid.UUID(mentor_id), "crash-test mentor", frozenset({Role.MENTOR}))
    with db.session() as session:
        competencies = session.scalars(select(Competency.id).order_by(Competency.key)).all()
    n = 0
    while True:
        n += 1
        ratings = tuple(RatingInput(competencies[(n + i) % len(competencies)], 3) for i in range(5))
        data = ObservationInput(
            observed_on=date(2026, 3, 1 + n % 28),
            shift=Shift.EARLY,
            narrative=f"Crash-test shift number {n}: the student ran the evening count.",
            duration_minutes=480,
            ratings=ratings,
        )
        with db.transaction() as session:
            view = publish(session, actor, uuid.UUID(placement_id), data)
        print(f"CONFIRMED {view.id}", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
