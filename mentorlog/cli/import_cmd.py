"""``mentorlog import people|placements FILE [--dry-run] [--sheet FILE]``.

FILE is CSV (UTF-8 with or without BOM, ``;`` or ``,``) or XLSX. ``--dry-run`` prints what
would be made, changed and left alone and writes nothing. A real import of new people
needs ``--sheet``: the PDF or CSV file their one-time passwords are written to, once.
Any bad row refuses the whole file (exit status 1), naming each by row and column.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mentorlog.cli.common import CommandError, run_as_actor
from mentorlog.i18n import msg
from mentorlog.i18n.messages import gettext, ngettext


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("import", help="import people or placements from CSV or XLSX")
    p.add_argument("what", choices=["people", "placements"])
    p.add_argument("file", type=Path, help="a .csv or .xlsx file")
    p.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    p.add_argument(
        "--sheet",
        type=Path,
        metavar="FILE",
        help="people: where the new accounts' one-time passwords go (.pdf or .csv)",
    )
    p.add_argument("--quiet", action="store_true", help="print only the summary")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mentorlog.services.imports.outcome import ImportOutcome, ImportRefused
    from mentorlog.services.imports.people import import_people
    from mentorlog.services.imports.placements import import_placements
    from mentorlog.services.imports.table import ImportFileError

    if args.what == "placements" and args.sheet is not None:
        raise CommandError(msg("--sheet is for importing people (placements make no accounts)."))
    if args.sheet is not None and args.sheet.exists():
        raise CommandError(
            msg("{sheet} exists already; name a new file for the sign-in sheet.", sheet=args.sheet)
        )

    def work(session: Any, actor: Any) -> ImportOutcome:
        if args.what == "people":
            return import_people(session, actor, args.file, dry_run=args.dry_run, sheet=args.sheet)
        return import_placements(session, actor, args.file, dry_run=args.dry_run)

    try:
        outcome = run_as_actor(args, work)
    except CommandError as exc:
        if isinstance(exc.__cause__, ImportRefused | ImportFileError):
            raise CommandError(exc.__cause__) from exc
        raise
    assert isinstance(outcome, ImportOutcome)
    _print(outcome, args.quiet)
    return 0


def _print(outcome: Any, quiet: bool) -> None:
    if not quiet:
        for title, lines in (
            (gettext("New prisons, units and cohorts"), outcome.new_places),
            (gettext("Would make") if outcome.dry_run else gettext("Made"), outcome.made),
            (gettext("Would change") if outcome.dry_run else gettext("Changed"), outcome.changed),
            (gettext("Left alone"), outcome.unchanged),
        ):
            if lines:
                print(f"{title} ({len(lines)}):")
                for line in lines:
                    print(f"  {line}")
    print(outcome.summary())
    if outcome.dry_run:
        print(gettext("Dry run: nothing was written."))
    if outcome.sheet:
        print(
            ngettext(
                "The sign-in sheet with {n} one-time password is in {sheet}; mentorlog keeps no "
                "copy. Each password must be changed at the first sign-in.",
                "The sign-in sheet with {n} one-time passwords is in {sheet}; mentorlog keeps no "
                "copy. Each password must be changed at the first sign-in.",
                len(outcome.credentials),
                sheet=outcome.sheet,
            )
        )
