"""Saves observations under a file-size limit until the disk is "full", then reports what
the user would be told, as one JSON line. Run by tests/crash/test_full_disk.py.

Usage: python -m tests.crash.full_disk_writer DB_PATH PLACEMENT_ID MENTOR_ID LIMIT_BYTES
"""

from __future__ import annotations

import json
import resource
import signal
import sys
import uuid
from datetime import date

from sqlalchemy import select

from mentorlog.models import Competency, Role, Shift
from mentorlog.services.access import Actor
from mentorlog.services.observations import ObservationInput, RatingInput, publish
from mentorlog.storage.database import open_database
from mentorlog.storage.faults import explain


def main(db_path: str, placement_id: str, mentor_id: str, limit: str) -> None:
    db = open_database(db_path)
    actor = Actor(uuid.UUID(mentor_id), "full-disk mentor", frozenset({Role.MENTOR}))
    # A write past the limit then fails with EFBIG, as on a full disk, instead of a signal.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(limit), int(limit)))
    with db.session() as session:
        competency = session.scalars(select(Competency.id).order_by(Competency.key)).first()
    saved = []
    for n in range(10_000):
        data = ObservationInput(
            observed_on=date(2026, 3, 1 + n % 28),
            shift=Shift.LATE,
            narrative=f"Full-disk shift {n}. " + "The student checked the landing. " * 400,
            ratings=(RatingInput(competency, 3),),
        )
        try:
            with db.transaction() as session:
                view = publish(session, actor, uuid.UUID(placement_id), data)
            saved.append(str(view.id))  # only once the commit has returned
        except Exception as exc:
            print(
                json.dumps(
                    {
                        "saved": saved,
                        "message": str(explain(exc)),
                        "type": type(exc).__name__,
                    }
                ),
                flush=True,
            )
            return
    print(json.dumps({"saved": saved, "message": "never filled"}), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:5])
