"""``mentorlog list students``: one tab-separated line per student the user may see; a tab,
line break or backslash inside a field is written as ``\\t``, ``\\n``, ``\\\\``."""

from __future__ import annotations

import argparse
from typing import Any

from mentorlog.cli.common import actor_for_command, open_for_command


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("list", help="list records, one tab-separated line each")
    p.add_argument("what", choices=["students"], help="what to list")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mentorlog.services.directory import list_students
    from mentorlog.services.text_rules import escape_for_line

    db = open_for_command(args)
    try:
        with db.session() as session:
            rows = list_students(session, actor_for_command(args, session))
    finally:
        db.close()
    for row in rows:
        fields = [str(row.person_id), row.name, row.prison, row.cohort, row.status]
        print("\t".join(escape_for_line(f) for f in fields))
    return 0
