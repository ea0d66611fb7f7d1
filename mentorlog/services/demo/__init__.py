"""Demo data: a realistic, deterministic training year, written in bulk.

``build_demo(session, students=40, observations=4000, seed=1, today=None)`` fills an empty
database with an academy, training prisons in Norway, Estonia, Finland and Belgium, their
mentors and students, and a year of placements: shift logs, observations with ratings,
acknowledgements, self-assessments, reflections, goals, reviews and causes for concern.

The same seed and ``today`` give the same rows, keys included: ids come from a seeded
``random.Random`` and every timestamp is derived from the generated dates, never from the
clock. Only the framework (loaded at start-up) and the password hash's salt differ.

Rows go in by chunks, not one ORM object per row (bulk.py): made on a helper thread while
the previous chunk is written; on SQLite as multi-row INSERTs straight to the driver with
the search index brought up to date after each chunk (sqlite_insert.py, sqlite_load.py),
elsewhere with Core ``insert(table)`` executemany. All of it runs in the caller's
transaction, so a load that fails or is cancelled leaves nothing behind. This is start-up
work done as the system (no signed-in person): it refuses a database that already has
people in it. The demo's sign-offs are then given digests and signatures, and sealed by
the load's audit event (demo/signatures.py).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from mentorlog.i18n import msg
from mentorlog.models import Domain, Person, SiteSetting
from mentorlog.services import audit, changes
from mentorlog.services.access import SYSTEM
from mentorlog.services.demo.bulk import BulkWriter, Ids, record
from mentorlog.services.demo.development import DevelopmentWriter
from mentorlog.services.demo.logbook import LogbookWriter
from mentorlog.services.demo.names import ACADEMY_NAME, DEMO_PEOPLE
from mentorlog.services.demo.plan import PlacementPlan, Planner, at
from mentorlog.services.demo.records import Scale
from mentorlog.services.demo.signatures import sign_demo
from mentorlog.services.demo.sqlite_load import IndexWritten, bulk_load
from mentorlog.services.errors import ServiceError, ValidationError
from mentorlog.services.frameworks import (
    active_version_id,
    ensure_default_framework,
    framework_info,
)
from mentorlog.services.passwords import hash_password
from mentorlog.storage.keyholder import holder_for

DEMO_PASSWORD = "demo"
DEMO_SETTING_KEY = "demo_database"
MIN_STUDENTS = 3
MIN_OBSERVATIONS = 20

# progress(done, total, message): ``done`` and ``total`` count observations written. It
# matches ui.ops.Progress.update, which raises to cancel (the caller's transaction then
# rolls back and nothing is left behind).
ProgressCallback = Callable[[int, int, str], None]


@dataclass(frozen=True)
class DemoAccount:
    username: str
    name: str
    role: str


@dataclass(frozen=True)
class DemoSummary:
    academy: str
    prisons: int
    students: int
    mentors: int
    placements: int
    observations: int
    ratings: int
    acknowledgements: int
    reflections: int
    goals: int
    reviews: int
    concerns: int
    accounts: tuple[DemoAccount, ...]
    password: str = DEMO_PASSWORD


def has_people(session: Session) -> bool:
    """True when anyone is in the database: demo data goes only into an empty one."""
    return session.scalar(select(Person.id).limit(1)) is not None


def build_demo(
    session_or_connection: Session | Connection,
    *,
    students: int = 40,
    observations: int = 4000,
    seed: int = 1,
    today: date | None = None,
    progress: ProgressCallback | None = None,
) -> DemoSummary:
    """Fill an empty database with demo data; see the module docstring.

    Runs in the caller's transaction and does not commit. Raises ServiceError when the
    database already has people, ValidationError for sizes too small to show everything.
    """
    problems = {}
    if students < MIN_STUDENTS:
        problems["students"] = msg("The demo needs at least {n} students.", n=MIN_STUDENTS)
    if observations < MIN_OBSERVATIONS:
        problems["observations"] = msg(
            "The demo needs at least {n} observations.",
            n=MIN_OBSERVATIONS,
        )
    if problems:
        raise ValidationError(problems)
    if isinstance(session_or_connection, Connection):
        with Session(bind=session_or_connection) as session:
            return build_demo(
                session,
                students=students,
                observations=observations,
                seed=seed,
                today=today,
                progress=progress,
            )
    session = session_or_connection
    if has_people(session):
        raise ServiceError(
            msg(
                "This database already has people in it. Demo data is only loaded into an "
                "empty database, so nothing was changed."
            )
        )
    with bulk_load(session) as index_written:
        return _build(
            session, students, observations, seed, today or date.today(), progress, index_written
        )


def _build(
    session: Session,
    students: int,
    observations: int,
    seed: int,
    today: date,
    progress: ProgressCallback | None,
    index_written: IndexWritten,
) -> DemoSummary:
    report = progress or (lambda done, total, message: None)
    report(0, observations, "Preparing demo data")
    ensure_default_framework(session)
    scale = _scale(session)
    rng = random.Random(seed)
    ids = Ids(rng, at(today, 0))

    def flushed() -> None:
        index_written()  # while the helper thread makes the next chunk
        done = out.counts["observation"]
        report(done, observations, f"Writing observations: {done:,} of {observations:,}")

    out = BulkWriter(session, on_flush=flushed)
    password_hash = hash_password(DEMO_PASSWORD)

    def generate() -> tuple[Planner, LogbookWriter]:
        planner = Planner(
            rng,
            ids,
            out,
            today,
            list(scale.competency_ids),
            scale.framework_version_id,
            password_hash,
        )
        planner.organisation()
        plans = planner.placements(planner.students(students))
        writers = (rng, ids, out, scale, today, planner.accounts["coordinator"])
        logbook, development = LogbookWriter(*writers), DevelopmentWriter(*writers)
        for plan, count in zip(plans, _allocate(rng, plans, observations), strict=True):
            if plan.last_day is not None:
                development.write(plan, logbook.write(plan, count))
        out.add(
            SiteSetting.__table__,
            record(planner.ids(), None, at(planner.epoch, 9), key=DEMO_SETTING_KEY, value=True),
        )
        return planner, logbook

    planner, logbook = out.write_while(generate)
    summary = _summary(out, planner, logbook, students)
    report(observations, observations, "Signing the demo's records")
    accounts = {person.id: username for username, person in planner.accounts.items()}
    seal = sign_demo(session, seed, accounts, DEMO_PASSWORD)
    _audit(session, summary, seal)
    # Its keys were held to sign the load; whoever signs in next holds their own.
    holder_for(session).forget_all()
    report(observations, observations, "Demo data loaded")
    return summary


def _scale(session: Session) -> Scale:
    version_id = active_version_id(session)
    if version_id is None:
        raise ServiceError(msg("There is no active competency framework to rate against."))
    info = framework_info(session, version_id)
    rows = session.execute(
        select(Domain.key, Domain.id).where(Domain.framework_version_id == version_id)
    )
    domain_ids = {key: domain_id for key, domain_id in rows}
    keys_by_domain: dict[str, list[str]] = {}
    for comp in info.competencies:
        keys_by_domain.setdefault(comp.domain_key, []).append(comp.key)
    return Scale(
        framework_version_id=version_id,
        level_ids={lv.value: lv.id for lv in info.levels},
        requires_comment=frozenset(lv.value for lv in info.levels if lv.requires_comment),
        competency_ids={c.key: c.id for c in info.competencies},
        domains=tuple((domain_ids[k], tuple(v)) for k, v in keys_by_domain.items()),
    )


def _allocate(rng: random.Random, plans: list[PlacementPlan], total: int) -> list[int]:
    """Share ``total`` observations among placements by days elapsed (largest remainder),
    at least one each where there are enough, and a few more for the demo student."""
    weights = [p.elapsed_days * rng.uniform(0.7, 1.3) for p in plans]
    floor = [0 if w == 0 else 1 for w in weights]
    for i, p in enumerate(plans):
        if p.student.showcase == "demo" and weights[i] > 0:
            weights[i] *= 1.5
            floor[i] = 5
    if sum(floor) > total:
        floor = [min(f, 1) for f in floor]
    left = total - sum(floor)
    scale = left / sum(weights)
    shares = [w * scale for w in weights]
    counts = [f + int(s) for f, s in zip(floor, shares, strict=True)]
    order = sorted(range(len(plans)), key=lambda i: (-(shares[i] - int(shares[i])), i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _summary(
    out: BulkWriter, planner: Planner, logbook: LogbookWriter, students: int
) -> DemoSummary:
    c = out.counts
    roles = {"admin": "administrator", "coordinator": "academy coordinator"}
    return DemoSummary(
        academy=ACADEMY_NAME,
        prisons=c["prison"],
        students=students,
        mentors=sum(len(p.mentors) for p in planner.prisons),
        placements=c["placement"],
        observations=c["observation"],
        ratings=c["rating"],
        acknowledgements=logbook.acknowledgements,
        reflections=c["reflection"],
        goals=c["goal"],
        reviews=c["review"],
        concerns=c["concern"],
        accounts=tuple(
            DemoAccount(username, planner.accounts[username].name, roles.get(username, username))
            for username in DEMO_PEOPLE
        ),
    )


def _audit(session: Session, summary: DemoSummary, seal: dict[str, object]) -> None:
    """One event on the audit trail for the whole load (after the events that issued the
    demo people's keys), sealing the demo's sign-offs (demo/signatures.py); the rows
    themselves are demo data made by the system, not anybody's work."""
    audit.record(
        session,
        SYSTEM,
        "database.demo_loaded",
        entity_type="database",
        detail={
            "students": summary.students,
            "observations": summary.observations,
            "sealed": seal,
        },
    )
    changes.note_everything(session)  # people, placements and their records, all new
