"""Data-protection duties from the command line.

mentorlog export-person "Ольга Иванова" --out DIR   # an access request: JSON + PDF
mentorlog retention                                  # what is past its retention date
mentorlog retention --purge [--yes]                  # remove it, leaving no trace
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from mentorlog.cli.common import CommandError, actor_for_command, open_for_command
from mentorlog.i18n import msg


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "export-person", help="everything held about one student (access request): JSON + PDF"
    )
    p.add_argument("person", metavar="NAME_OR_ID", help="the student's name, part of it, or id")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="an existing folder")
    p.set_defaults(func=run_export)
    p = subparsers.add_parser(
        "retention", help="show placements past their retention date; --purge removes them"
    )
    p.add_argument("--purge", action="store_true", help="remove what is listed")
    p.add_argument("--yes", action="store_true", help="do not ask before removing")
    p.add_argument("--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS)
    p.set_defaults(func=run_retention)


def run_export(args: argparse.Namespace) -> int:
    from mentorlog.reports.subject_access import render_subject_access
    from mentorlog.services.errors import ServiceError
    from mentorlog.services.report_export import safe_filename, write_atomically
    from mentorlog.services.report_targets import find_student
    from mentorlog.services.subject_access import export_subject

    if not args.out.is_dir():
        raise CommandError(msg("The folder {out} does not exist.", out=args.out))
    db = open_for_command(args)
    try:
        with db.session() as session:
            actor = actor_for_command(args, session)
        with db.session() as session:  # a long read; its audit event is written apart
            target = find_student(session, actor, args.person)
            export = export_subject(session, actor, target.student_id, datetime.now(UTC))
        pdf, pages = render_subject_access(
            export.student_name, export.generated_at, export.sections, audit_head=export.audit_head
        )
        stem = args.out / f"{safe_filename(export.student_name)} - personal data"
        write_atomically(stem.with_suffix(".json"), export.to_json().encode("utf-8"))
        write_atomically(stem.with_suffix(".pdf"), pdf)
    except ServiceError as exc:
        raise CommandError(exc) from exc
    finally:
        db.close()
    print(f"wrote {stem.with_suffix('.json')}")
    print(f"wrote {stem.with_suffix('.pdf')} ({pages} pages)")
    return 0


def run_retention(args: argparse.Namespace) -> int:
    from mentorlog.services.errors import ServiceError
    from mentorlog.services.retention import plan_purge, purge_and_scrub

    today = args.today or date.today()
    db = open_for_command(args)
    try:
        with db.session() as session:
            actor = actor_for_command(args, session)
            plan = plan_purge(session, actor, today)
        if plan.empty:
            print(f"Nothing is past its retention date on {today}.")
            return 0
        print(f"Past their retention date on {today}:")
        for p in plan.placements:
            print(f"  {p.student}\t{p.prison}\tended {p.ended_on}\tkept until {p.retain_until}")
        print("A purge removes: " + ", ".join(f"{n} {k}" for k, n in plan.counts.items() if n))
        if plan.students_removed:
            print("People with nothing left, removed too: " + ", ".join(plan.students_removed))
        if db.path is not None:
            print(
                "Backups made before the purge still hold this data; they are replaced by "
                "one new verified backup."
            )
        if not args.purge:
            print("Nothing was removed. Run again with --purge to remove it.")
            return 0
        if not args.yes:
            if not sys.stdin.isatty():
                raise CommandError(msg("Add --yes to purge without a question."))
            if input("Remove all of this for good? Type 'purge' to go on: ").strip() != "purge":
                print("Nothing was removed.")
                return 1
        result = purge_and_scrub(db, actor, plan)
    except ServiceError as exc:
        raise CommandError(exc) from exc
    finally:
        db.close()
    print(
        f"Removed {result.placements} placements; {len(result.backups_removed)} older "
        f"backups replaced by {result.new_backup}."
    )
    return 0
