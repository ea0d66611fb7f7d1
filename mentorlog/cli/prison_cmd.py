"""``mentorlog prison add NAME [--country CC] [--city CITY] [--unit NAME ...]`` and
``mentorlog prison list`` (administrators add)."""

from __future__ import annotations

import argparse
from typing import Any

from mentorlog.cli.common import run_as_actor


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("prison", help="add or list training prisons")
    actions = p.add_subparsers(dest="prison_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a training prison (administrators)")
    add.add_argument("name")
    add.add_argument("--country", default="", metavar="CC", help="two-letter code, e.g. EE")
    add.add_argument("--city", default="")
    add.add_argument("--unit", action="append", default=[], metavar="NAME", help="repeatable")
    add.set_defaults(func=run_add)
    actions.add_parser("list", help="one tab-separated line per prison").set_defaults(func=run_list)


def run_add(args: argparse.Namespace) -> int:
    from mentorlog.services.site import add_prison

    row = run_as_actor(
        args,
        lambda s, a: add_prison(
            s, a, args.name, country=args.country, city=args.city, units=tuple(args.unit)
        ),
    )
    print(f"{row.id}\t{row.name}")  # type: ignore[attr-defined]
    return 0


def run_list(args: argparse.Namespace) -> int:
    from mentorlog.services.site import list_prisons

    for r in run_as_actor(args, list_prisons, write=False):  # type: ignore[attr-defined]
        units = "; ".join(u.name + (" (retired)" if u.retired else "") for u in r.units)
        state = "retired" if r.retired else "in use"
        print("\t".join([str(r.id), r.name, r.country, r.city, state, units, str(r.placements)]))
    return 0
