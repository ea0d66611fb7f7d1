"""One of several workstations saving into the same database at once, for
tests/crash/test_many_hands.py: it publishes new observations, signs and acknowledges the
same shared ones as the others, and edits the same draft from the copy it last read, each
through ``Database.attempt`` as the app's worker does (trying again while the write lock
is held elsewhere). At the end it prints one JSON line of what it was told.

It prints READY once the database is open, then waits for a line on stdin, so that the
workers start together.

Usage: python -m tests.crash.many_hands TARGET SETUP_JSON WORKER ROUNDS
(an encrypted SQLite file's key in hex in $MENTORLOG_TEST_KEY)
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import sys
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from mentorlog.models import Role, Shift
from mentorlog.services.access import Actor
from mentorlog.services.errors import ServiceError, StaleEditError
from mentorlog.services.observations import (
    ObservationInput,
    RatingInput,
    get_observation,
    publish,
    save_draft,
)
from mentorlog.services.signoff import acknowledge, sign_observation
from mentorlog.storage.database import open_database
from mentorlog.storage.faults import explain


def main(target: str, setup_file: str, worker: str, rounds: str) -> None:
    setup = json.loads(Path(setup_file).read_text(encoding="utf-8"))
    key = os.environ.get("MENTORLOG_TEST_KEY")
    db = open_database(target, key=bytes.fromhex(key) if key else None)
    mentor = Actor(uuid.UUID(setup["mentor_id"]), "Mari Tamm", frozenset({Role.MENTOR}))
    student = Actor(uuid.UUID(setup["student_id"]), "Ольга Иванова", frozenset({Role.STUDENT}))
    placement = uuid.UUID(setup["placement_id"])
    draft = uuid.UUID(setup["draft_id"])
    competency = uuid.UUID(setup["competency_id"])
    shared = [uuid.UUID(s) for s in setup["shared"]][: int(rounds)]
    n = int(worker)
    rng = random.Random(n)
    ops: list[tuple[str, Any]] = [("publish", i) for i in range(int(rounds))]
    ops += [("sign", s) for s in shared] + [("ack", s) for s in shared]
    ops += [("edit", i) for i in range(int(rounds))]
    rng.shuffle(ops)
    report: dict[str, Any] = {
        "published": [],
        "signed": 0,
        "already_signed": 0,
        "acknowledged": 0,
        "already_acknowledged": 0,
        "edits": [],
        "stale": 0,
        "errors": [],
        "latencies": [],
    }
    print("READY", flush=True)
    sys.stdin.readline()

    def edit(i: int) -> None:
        base = db.attempt(lambda s: get_observation(s, mentor, draft), reads_only=True)
        line = f"worker {n} edit {i}"
        data = dataclasses.replace(base.as_input(), narrative=f"{base.narrative}\n{line}")
        saved = db.attempt(
            lambda s: save_draft(
                s, mentor, placement, data, draft, expected_version=base.row_version
            )
        )
        report["edits"].append([saved.row_version, line])

    for op, arg in ops:
        started = time.perf_counter()
        try:
            if op == "publish":
                data = ObservationInput(
                    observed_on=date(2026, 3, 1 + arg % 28),
                    shift=Shift.LATE,
                    narrative=f"Worker {n} shift {arg}: the student ran the evening count.",
                    ratings=(RatingInput(competency, 3),),
                )
                view = db.attempt(lambda s, d=data: publish(s, mentor, placement, d))
                report["published"].append(str(view.id))
            elif op == "sign":
                db.attempt(lambda s, o=arg: sign_observation(s, mentor, o))
                report["signed"] += 1
            elif op == "ack":
                db.attempt(lambda s, o=arg: acknowledge(s, student, o, True))
                report["acknowledged"] += 1
            else:
                edit(arg)
        except StaleEditError:
            report["stale"] += 1
        except ServiceError as exc:
            kind = {"sign": "already_signed", "ack": "already_acknowledged"}.get(op)
            if kind and "already" in str(exc):
                report[kind] += 1
            else:
                report["errors"].append(f"{op}: {exc}")
        except Exception as exc:
            report["errors"].append(f"{op}: {type(exc).__name__}: {explain(exc)}")
        report["latencies"].append(time.perf_counter() - started)
    db.close()
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:5])
