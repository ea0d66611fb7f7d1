"""``mentorlog report student|cohort``: PDF progress reports from the command line.

    mentorlog report student "Jüri Õunapuu-Kask" --out jyri.pdf [--from 2025-02-01] [--to ...]
    mentorlog report cohort "Kevad 2025" --out reports/

Every failure is one line on stderr and a non-zero exit; no file is left half-written.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from mentorlog.cli.common import CommandError, actor_for_command, open_for_command
from mentorlog.i18n import word


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2025-03-31"
        ) from None


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("report", help="write PDF progress reports")
    kinds = p.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    student = kinds.add_parser("student", help="one student's progress report")
    student.add_argument(
        "student",
        metavar="NAME_OR_ID",
        help="the student's full name, part of it, or a person/placement id",
    )
    student.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    cohort = kinds.add_parser("cohort", help="a report per student and a cohort summary")
    cohort.add_argument("cohort", metavar="NAME_OR_ID", help="the cohort's name or id")
    cohort.add_argument("--out", required=True, type=Path, metavar="DIR")
    for sub in (student, cohort):
        sub.add_argument(
            "--from",
            dest="date_from",
            type=_day,
            metavar="DATE",
            help="first day to report (default: the placement's start)",
        )
        sub.add_argument(
            "--to",
            dest="date_to",
            type=_day,
            metavar="DATE",
            help="last day to report (default: the placement's end)",
        )
    p.set_defaults(func=run)


def _check_target(args: argparse.Namespace) -> None:
    """Refuse an unusable output path before any work is done."""
    out: Path = args.out
    if args.report_kind == "student":
        if out.is_dir():
            raise CommandError(f"{out} is a folder; give a file name such as {out / 'report.pdf'}")
        if not out.parent.is_dir():
            raise CommandError(f"The folder {out.parent} does not exist.")
    else:
        from mentorlog.services.errors import ServiceError
        from mentorlog.services.report_export import prepare_folder

        try:
            prepare_folder(out)
        except ServiceError as exc:
            raise CommandError(exc) from exc


def run(args: argparse.Namespace) -> int:
    from mentorlog.services.errors import PermissionDeniedError, ServiceError
    from mentorlog.services.report_export import ExportOptions, export_cohort, export_student
    from mentorlog.services.report_targets import AmbiguousNameError, find_cohort, find_student

    _check_target(args)
    options = ExportOptions(date_from=args.date_from, date_to=args.date_to)
    db = open_for_command(args)
    try:
        with db.session() as session:
            actor = actor_for_command(args, session)
        # A long read: no write lock is held while the reports are made; each report's
        # audit event is a short transaction of its own.
        with db.session() as session:
            if args.report_kind == "student":
                target = find_student(session, actor, args.student)
                done = export_student(session, actor, target.placement_id, args.out, options)
                print(f"{done.path}: {done.title}, {done.pages} pages")
                return 0
            cohort = find_cohort(session, actor, args.cohort)
            result = export_cohort(
                session, actor, cohort.cohort_id, args.out, options, _terminal_progress
            )
    except AmbiguousNameError as exc:
        raise CommandError("\n  ".join([word(exc), *exc.candidates])) from exc
    except PermissionDeniedError:
        raise
    except ServiceError as exc:
        raise CommandError(exc) from exc
    finally:
        db.close()
    for reason in result.skipped:
        print(f"skipped: {reason}", file=sys.stderr)
    pages = sum(f.pages for f in result.files)
    print(f"{len(result.files)} PDFs, {pages} pages in {args.out}")
    return 0


def _terminal_progress(done: int, total: int, what: str) -> None:
    if what:
        print(f"[{done + 1}/{total}] {what}", file=sys.stderr, flush=True)
