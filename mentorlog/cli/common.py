"""Helpers shared by the command-line commands."""

from __future__ import annotations

import argparse
import sys

from mentorlog.storage.database import Database
from mentorlog.storage.migrate import StorageError


class CommandError(Exception):
    """A command cannot go on; the message is printed without a traceback."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def fail(message: str, code: int = 1) -> int:
    print(f"mentorlog: {message}", file=sys.stderr)
    return code


def open_for_command(args: argparse.Namespace) -> Database:
    """Open and migrate the database named on the command line, or explain why not."""
    from mentorlog.services.startup import prepare_database

    try:
        return prepare_database(args.db)
    except StorageError as exc:
        raise CommandError(str(exc)) from exc
