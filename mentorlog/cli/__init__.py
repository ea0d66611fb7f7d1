"""The ``mentorlog`` command: the desktop app with no arguments, or a subcommand.

Each subcommand lives in its own module with ``register(subparsers)``; the parser is built
from COMMAND_MODULES. Heavy imports stay inside the command functions so ``--version``
and start-up stay fast.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from mentorlog import __version__, startup_gc
from mentorlog.cli.common import REFUSED, CommandError, fail, record_refusal
from mentorlog.services.errors import PermissionDeniedError

COMMAND_MODULES = (
    "mentorlog.cli.list_cmd",
    "mentorlog.cli.check_cmd",
    "mentorlog.cli.demo_cmd",
    "mentorlog.cli.backup_cmd",
    "mentorlog.cli.audit_cmd",
    "mentorlog.cli.report_cmd",
    "mentorlog.cli.privacy_cmd",
    "mentorlog.cli.settings_cmd",
    "mentorlog.cli.verify_report_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mentorlog",
        description="Mentored on-the-job training of prison officers. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"mentorlog {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database: an SQLite file path or a SQLAlchemy URL such as "
        "postgresql+psycopg://user@host/mentorlog (default: $MENTORLOG_DB, else the "
        "file in your data folder)",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="act as this person, with their permissions; the password is read from "
        "$MENTORLOG_PASSWORD or asked for (default: the system account)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        if args.command is None:
            from mentorlog.cli.gui import run_gui

            return run_gui(args)
        startup_gc.resume()  # paused while `python -m mentorlog` imported
        return int(args.func(args) or 0)
    except CommandError as exc:
        return fail(str(exc), exc.exit_code)
    except PermissionDeniedError as exc:
        record_refusal(args, str(exc))
        return fail(str(exc), REFUSED)
    except KeyboardInterrupt:
        return fail("interrupted", 130)


if __name__ == "__main__":
    sys.exit(main())
