"""``mentorlog demo``: fill an empty database with the deterministic demo data set."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from mentorlog.cli.common import CommandError, open_for_command
from mentorlog.i18n import msg

# Builds this big report their progress on stderr; small ones finish before it matters.
PROGRESS_FROM = 10_000


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "demo",
        help="fill an empty database with demo data (accounts admin, coordinator, mentor, "
        "student; password demo)",
    )
    p.add_argument("--students", type=int, default=40, metavar="N", help="students (default 40)")
    p.add_argument(
        "--observations",
        type=int,
        default=4000,
        metavar="M",
        help="observations in all (default 4000)",
    )
    p.add_argument(
        "--seed", type=int, default=1, metavar="S", help="the same seed gives the same data"
    )
    p.add_argument(
        "--if-empty",
        action="store_true",
        help="if the database already has data, leave it alone and succeed",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mentorlog.services.demo import build_demo, has_people
    from mentorlog.services.errors import ServiceError
    from mentorlog.services.opening import (
        DatabaseKind,
        create_demo_database,
        database_kind,
        discard_unfinished_site,
        stage_demo_slots,
    )

    kind = database_kind(args.db)
    if kind == DatabaseKind.ENCRYPTED:
        # Only a site with people in it has key slots: it is not empty.
        if args.if_empty:
            print("The database already has data (it is encrypted); left it alone.")
            return 0
        raise CommandError(
            msg(
                "The database already has people in it; demo data goes only into an empty "
                "database. Nothing was changed. Choose a new file with --db."
            )
        )
    # A new file is encrypted, with key slots for the demo accounts (password "demo").
    db = create_demo_database(args.db) if kind == DatabaseKind.NEW else open_for_command(args)
    try:
        with db.session() as session:
            occupied = has_people(session)
        if occupied and args.if_empty:
            print(f"{db.describe()} already has data; left it alone.")
            return 0
        if occupied:
            raise CommandError(
                msg(
                    "{database} already has people in it; demo data goes only into an empty "
                    "database. Nothing was changed. Choose a new file with --db.",
                    database=db.describe(),
                )
            )
        progress = _print_progress if args.observations >= PROGRESS_FROM else None
        started = time.perf_counter()
        try:
            with db.transaction() as session:
                stage_demo_slots(session)  # a new encrypted file: written at commit
                summary = build_demo(
                    session,
                    students=args.students,
                    observations=args.observations,
                    seed=args.seed,
                    progress=progress,
                )
        except ServiceError as exc:
            if kind == DatabaseKind.NEW:
                discard_unfinished_site(db, made_just_now=True)
            raise CommandError(exc) from exc
        seconds = time.perf_counter() - started
    finally:
        db.close()
    if progress is not None and sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Demo data loaded into {db.describe()} in {seconds:.1f} s:")
    print(f"  {summary.academy}, {summary.prisons} training prisons")
    print(
        f"  {summary.students} students, {summary.mentors} mentors, {summary.placements} placements"
    )
    print(
        f"  {summary.observations} observations with {summary.ratings} ratings, "
        f"{summary.acknowledgements} acknowledged by students"
    )
    print(
        f"  {summary.reflections} reflections, {summary.goals} goals, "
        f"{summary.reviews} reviews, {summary.concerns} causes for concern"
    )
    print(f"Sign in with password '{summary.password}' as:")
    for account in summary.accounts:
        print(f"  {account.username:<12} {account.name} ({account.role})")
    return 0


def _print_progress(done: int, total: int, message: str) -> None:
    # On a terminal one line rewritten in place; in a log, one line each.
    if sys.stderr.isatty():
        print(f"\r{message}", end="", file=sys.stderr, flush=True)
    else:
        print(message, file=sys.stderr, flush=True)
