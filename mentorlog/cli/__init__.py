"""The ``mentorlog`` command: the desktop app with no arguments, or a subcommand.

Each subcommand lives in its own module with ``register(subparsers)``; the parser is built
from them all. Heavy imports stay inside the command functions so ``--version``
and start-up stay fast.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from mentorlog import __version__, i18n, startup_gc
from mentorlog.cli import (
    audit_cmd,
    backup_cmd,
    check_cmd,
    cohort_cmd,
    demo_cmd,
    framework_cmd,
    import_cmd,
    init_cmd,
    list_cmd,
    placement_cmd,
    prison_cmd,
    privacy_cmd,
    report_cmd,
    settings_cmd,
    verify_report_cmd,
)
from mentorlog.cli.common import REFUSED, CommandError, fail, record_refusal
from mentorlog.services.errors import PermissionDeniedError, ServiceError
from mentorlog.storage.locate import locate

COMMAND_MODULES = (
    list_cmd,
    check_cmd,
    demo_cmd,
    backup_cmd,
    audit_cmd,
    report_cmd,
    privacy_cmd,
    settings_cmd,
    verify_report_cmd,
    init_cmd,
    import_cmd,
    prison_cmd,
    cohort_cmd,
    placement_cmd,
    framework_cmd,
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
    parser.add_argument(
        "--language",
        metavar="CODE",
        type=_language,
        help="the language to speak, whoever signs in: "
        + ", ".join(i18n.LANGUAGES)
        + " (default: the person's own choice, else the site's default, else the system's)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def _language(code: str) -> str:
    from mentorlog.i18n.choice import known

    language = known(code)
    if language is None:
        raise argparse.ArgumentTypeError(
            f"{code!r} is not one of mentorlog's languages ({', '.join(i18n.LANGUAGES)})"
        )
    return language


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.language:
        i18n.set_language(args.language)  # at once: even an opening failure is worded in it
    # The database is named once (--db, else $MENTORLOG_DB, else the data folder's file)
    # and every command hands the resolved target down.
    args.db = locate(args.db)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        if args.command is None:
            from mentorlog.cli.gui import run_gui

            return run_gui(args)
        startup_gc.resume()  # paused while `python -m mentorlog` imported
        from mentorlog.logfile import log_to_file

        args.log_path = log_to_file()
        return int(args.func(args) or 0)
    except CommandError as exc:
        return fail(exc, exc.exit_code)
    except PermissionDeniedError as exc:
        record_refusal(args, str(exc))  # the audit trail keeps the English
        return fail(exc, REFUSED)
    except ServiceError as exc:  # a refusal in the user's terms (a stale save, bad input)
        return fail(exc)
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except BrokenPipeError:
        # Whoever read the output stopped early (``mentorlog list students | head``): not
        # a failure of the command. Python's recipe: point stdout at nothing, so the
        # flush at exit does not raise again; the exit status is a pipe's (128 + SIGPIPE).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except Exception as exc:
        return fail(explain_failure(args, exc))


def explain_failure(args: argparse.Namespace, exc: BaseException) -> str:
    """One line for a command that failed: a database error in the user's terms (a
    damaged file with its newest verified backup), anything else as a pointer to the log.
    The driver's text, SQL and record text go to the log file only."""
    from mentorlog.storage.errors import StorageError
    from mentorlog.storage.faults import explain, log_detail

    told = explain(exc, _file_of(args))
    if told is not exc or isinstance(exc, StorageError):
        return str(told)
    log_detail(exc)
    where = getattr(args, "log_path", None)
    return "the command failed unexpectedly; nothing more was done." + (
        f" The details are in {where}." if where else ""
    )


def _file_of(args: argparse.Namespace) -> Path | None:
    try:
        return locate(getattr(args, "db", None)).sqlite_file()
    except Exception:
        return None


if __name__ == "__main__":
    sys.exit(main())
