"""``mentorlog report student|cohort``: PDF progress reports from the command line.

    mentorlog report student "Jüri Õunapuu-Kask" --out jyri.pdf [--from 2025-02-01] [--to ...]
    mentorlog report student "Jüri Õunapuu-Kask" --placement ID --out jyri-spring.pdf
    mentorlog report cohort "Kevad 2025" --out reports/ [--csv kevad-2025.csv]

A student's report covers all their placements, newest first, unless ``--placement`` (or
a placement's id as the name) picks one. ``--csv`` also writes the cohort's rows as the
attention dashboard has them, one per placement with its attention level.

Every failure is one line on stderr and a non-zero exit; no file is left half-written.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from mentorlog.cli.common import CommandError, actor_for_command, open_for_command
from mentorlog.i18n import LANGUAGES, current_language, msg, word
from mentorlog.i18n.messages import gettext, ngettext


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
    student.add_argument(
        "--placement",
        metavar="ID",
        help="only this placement of the student (default: all, newest first)",
    )
    cohort = kinds.add_parser("cohort", help="a report per student and a cohort summary")
    cohort.add_argument("cohort", metavar="NAME_OR_ID", help="the cohort's name or id")
    cohort.add_argument("--out", required=True, type=Path, metavar="DIR")
    cohort.add_argument(
        "--csv",
        type=Path,
        metavar="FILE.csv",
        help="also write the cohort's dashboard rows (one per placement) as CSV",
    )
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
        sub.add_argument(
            "--language",
            choices=LANGUAGES,
            # Not set here unless given: ``mentorlog --language`` before the command counts.
            default=argparse.SUPPRESS,
            help="the reader's language for the report and messages (default: English, "
            "or mentorlog --language)",
        )
    p.set_defaults(func=run)


def _check_target(args: argparse.Namespace) -> None:
    """Refuse an unusable output path before any work is done."""
    out: Path = args.out
    if args.report_kind == "student":
        if out.is_dir():
            raise CommandError(
                msg(
                    "{out} is a folder; give a file name such as {example}",
                    out=out,
                    example=out / "report.pdf",
                )
            )
        if not out.parent.is_dir():
            raise CommandError(msg("The folder {parent} does not exist.", parent=out.parent))
    else:
        from mentorlog.services.errors import ServiceError
        from mentorlog.services.report_export import prepare_folder

        try:
            prepare_folder(out)
        except ServiceError as exc:
            raise CommandError(exc) from exc
        csv_out: Path | None = args.csv
        if csv_out is not None and (csv_out.is_dir() or not csv_out.parent.is_dir()):
            raise CommandError(
                msg("Cannot write {csv_out}: give a file in a folder that exists.", csv_out=csv_out)
            )


def run(args: argparse.Namespace) -> int:
    from mentorlog.services.errors import PermissionDeniedError, ServiceError
    from mentorlog.services.report_export import ExportOptions, export_cohort
    from mentorlog.services.report_targets import AmbiguousNameError, find_cohort

    _check_target(args)
    db = open_for_command(args)
    # Opening the database settles the language (--language, else the signed-in person's
    # own, else the site's, where the database says them): the report's reader's.
    options = ExportOptions(
        date_from=args.date_from, date_to=args.date_to, language=current_language()
    )
    try:
        with db.session() as session:
            actor = actor_for_command(args, session)
        # A long read: no write lock is held while the reports are made; each report's
        # audit event is a short transaction of its own.
        with db.session() as session:
            if args.report_kind == "student":
                done = _student(session, actor, args, options)
                print(
                    ngettext(
                        "{path}: {title}, {n} page",
                        "{path}: {title}, {n} pages",
                        done.pages,
                        path=done.path,
                        title=done.title,
                    )
                )
                return 0
            cohort = find_cohort(session, actor, args.cohort)
            result = export_cohort(
                session, actor, cohort.cohort_id, args.out, options, _terminal_progress
            )
            if args.csv is not None:
                from mentorlog.services.attention import DashboardFilter
                from mentorlog.services.dashboard_csv import export_csv

                rows = export_csv(
                    session,
                    actor,
                    args.csv,
                    DashboardFilter(cohort_id=cohort.cohort_id, include_ended=True),
                )
                print(
                    ngettext("{path}: {n} placement", "{path}: {n} placements", rows, path=args.csv)
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
        print(gettext("skipped: {reason}", reason=reason), file=sys.stderr)
    pages = sum(f.pages for f in result.files)
    print(
        gettext(
            "{pdfs} in {folder}",
            pdfs=ngettext(
                "{n} PDF, {pages} pages", "{n} PDFs, {pages} pages", len(result.files), pages=pages
            ),
            folder=args.out,
        )
    )
    return 0


def _student(session: Any, actor: Any, args: argparse.Namespace, options: Any) -> Any:
    """All the student's placements, newest first; one, given --placement or its id."""
    from mentorlog.services.errors import NotFoundError
    from mentorlog.services.report_export import export_student, export_student_placements
    from mentorlog.services.report_targets import find_student, placements_of

    target = find_student(session, actor, args.student)
    placements = placements_of(session, actor, target.student_id)
    if args.placement:
        wanted = [p for p in placements if str(p.placement_id) == args.placement.strip()]
        if not wanted:
            raise NotFoundError(
                f"{target.student} has no placement {args.placement} that you may see; "
                "theirs are:\n  "
                + "\n  ".join(f"{p.placement_id}  {p.describe()}" for p in placements)
            )
        return export_student(session, actor, wanted[0].placement_id, args.out, options)
    # A placement's id given as the name picks that placement alone.
    named_placement = args.student.strip().lower() == str(target.placement_id)
    if named_placement or len(placements) == 1:
        return export_student(session, actor, target.placement_id, args.out, options)
    return export_student_placements(
        session, actor, [p.placement_id for p in placements], args.out, options
    )


def _terminal_progress(done: int, total: int, what: str) -> None:
    if what:
        print(f"[{done + 1}/{total}] {what}", file=sys.stderr, flush=True)
