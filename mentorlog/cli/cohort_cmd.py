"""``mentorlog cohort add NAME [--start DATE] [--end DATE] [--framework KEY]`` and
``mentorlog cohort list``."""

from __future__ import annotations

import argparse
from typing import Any

from mentorlog.cli.common import parse_date, run_as_actor
from mentorlog.i18n import msg


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("cohort", help="add or list cohorts (coordinators add)")
    actions = p.add_subparsers(dest="cohort_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a cohort")
    add.add_argument("name")
    add.add_argument("--start", type=parse_date, metavar="DATE")
    add.add_argument("--end", type=parse_date, metavar="DATE")
    add.add_argument("--framework", metavar="KEY", help="its framework (default: the active one)")
    add.set_defaults(func=run_add)
    actions.add_parser("list", help="one tab-separated line per cohort").set_defaults(func=run_list)


def run_add(args: argparse.Namespace) -> int:
    from mentorlog.services.cohorts import add_cohort
    from mentorlog.services.framework_files import list_frameworks

    def work(session: Any, actor: Any) -> Any:
        version = None
        if args.framework:
            from mentorlog.services.errors import NotFoundError

            matches = [r for r in list_frameworks(session) if r.key == args.framework]
            if not matches:
                raise NotFoundError(
                    msg("There is no framework {framework}.", framework=args.framework)
                )
            version = matches[0].version_id
        return add_cohort(
            session,
            actor,
            args.name,
            starts_on=args.start,
            ends_on=args.end,
            framework_version_id=version,
        )

    row = run_as_actor(args, work)
    print(f"{row.id}\t{row.name}")  # type: ignore[attr-defined]
    return 0


def run_list(args: argparse.Namespace) -> int:
    from mentorlog.services.cohorts import list_cohorts

    for r in run_as_actor(args, list_cohorts, write=False):  # type: ignore[attr-defined]
        print(
            "\t".join(
                [
                    str(r.id),
                    r.name,
                    r.starts_on.isoformat() if r.starts_on else "",
                    r.ends_on.isoformat() if r.ends_on else "",
                    r.framework,
                    str(r.placements),
                ]
            )
        )
    return 0
