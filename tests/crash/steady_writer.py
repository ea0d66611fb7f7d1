"""Saves observations one after another, as the app's worker does (Database.attempt, which
tries again while the server is away), until a stop file appears; for
tests/crash/test_pg_restart.py. Prints ``CONFIRMED <id>`` after each commit, ``NOTICE
<text>`` for what the app would show while it waits, and a JSON summary at the end.

Usage: python -m tests.crash.steady_writer TARGET PLACEMENT_ID MENTOR_ID COMPETENCY_ID STOP
"""

from __future__ import annotations

import json
import sys
import uuid
from datetime import date
from pathlib import Path

from mentorlog.models import Role, Shift
from mentorlog.services.access import Actor
from mentorlog.services.observations import ObservationInput, RatingInput, publish
from mentorlog.storage.database import open_database
from mentorlog.storage.faults import explain


def main(target: str, placement: str, mentor: str, competency: str, stop: str) -> None:
    db = open_database(target)
    actor = Actor(uuid.UUID(mentor), "Mari Tamm", frozenset({Role.MENTOR}))
    errors: list[str] = []
    n = 0
    while not Path(stop).exists():
        n += 1
        data = ObservationInput(
            observed_on=date(2026, 3, 1 + n % 28),
            shift=Shift.DAY,
            narrative=f"Steady shift {n}: the student escorted a visitor.",
            ratings=(RatingInput(uuid.UUID(competency), 4),),
        )

        def notice(text: str) -> None:
            if text:
                print(f"NOTICE {text}", flush=True)

        try:
            view = db.attempt(
                lambda s, d=data: publish(s, actor, uuid.UUID(placement), d), notice=notice
            )
        except Exception as exc:
            errors.append(str(explain(exc)))
            continue
        print(f"CONFIRMED {view.id}", flush=True)
    db.close()
    print(json.dumps({"errors": errors}), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:6])
